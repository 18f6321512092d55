# Sources of the behaviour groups and early-warning area (added to crm_domain).
target_sources(crm_domain PRIVATE
  crm/analytics/clusters.cpp
  crm/analytics/clusters_silhouette.cpp
  crm/analytics/clusters_profile.cpp
  crm/analytics/at_risk.cpp
  crm/store/cluster_features.cpp
  crm/store/at_risk_scan.cpp
  crm/store/at_risk_query.cpp
)
