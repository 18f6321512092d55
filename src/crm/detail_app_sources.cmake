# Domain queries the desktop app's detail area added (Qt-free).
target_sources(crm_domain PRIVATE
  crm/store/customer_detail.cpp
  crm/store/customer_scores.cpp
)
