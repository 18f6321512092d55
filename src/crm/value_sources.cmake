# Sources of the value analytics area (added to crm_domain): lifetime value
# from the store, potential value, and the 80/20 (Pareto) analysis.
target_sources(crm_domain PRIVATE
  crm/analytics/pareto.cpp
  crm/analytics/potential_value.cpp
  crm/store/clv_history.cpp
  crm/store/clv_model_store.cpp
  crm/store/clv_valuation.cpp
  crm/store/pareto_query.cpp
)
