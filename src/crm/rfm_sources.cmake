# Sources of the rfm analytics area (added to crm_domain).
target_sources(crm_domain PRIVATE
  crm/analytics/rfm_cutpoints.cpp
  crm/analytics/rfm_history.cpp
  crm/analytics/rfm_migration.cpp
  crm/store/rfm_snapshot.cpp
  crm/store/rfm_history_query.cpp
  crm/store/rfm_report.cpp
  crm/store/rfm_scan.cpp
)
