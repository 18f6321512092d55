# Sources of the lifecycle analytics area (added to crm_domain).
target_sources(crm_domain PRIVATE
  crm/analytics/lifecycle_settings.cpp
  crm/analytics/lifecycle_merge.cpp
  crm/store/lifecycle_meta.cpp
  crm/store/lifecycle_rules_store.cpp
  crm/store/lifecycle_rows.cpp
  crm/store/lifecycle_timeline.cpp
  crm/store/lifecycle_report.cpp
)
# The full replay derives one batch on a second thread while the next is read.
find_package(Threads REQUIRED)
target_link_libraries(crm_domain PRIVATE Threads::Threads)
