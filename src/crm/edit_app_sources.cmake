# Domain queries the desktop app's edit area added (Qt-free).
target_sources(crm_domain PRIVATE
  crm/store/record_restore.cpp
  crm/store/record_restore_read.cpp
)
