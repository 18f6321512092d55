# Domain queries the desktop app's today area added (Qt-free).
target_sources(crm_domain PRIVATE
  crm/store/today_queries.cpp
  crm/store/segment_members.cpp
  crm/store/lifecycle_rules_update.cpp
)
