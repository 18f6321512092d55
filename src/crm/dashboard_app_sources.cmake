# The managers' dashboard (issue 6): its numbers from the domain (Qt-free),
# so they can be tested and benchmarked without the app.
target_sources(crm_domain PRIVATE
  crm/analytics/dashboard.cpp
  crm/analytics/dashboard_panels.cpp
  crm/analytics/dashboard_figures.cpp
  crm/store/dashboard_query.cpp
  crm/store/dashboard_customers.cpp
  crm/store/dashboard_stages.cpp
  crm/store/dashboard_purchases.cpp
  crm/store/dashboard_risk.cpp
  crm/store/dashboard_halves.cpp
  crm/store/dashboard_background.cpp
)
