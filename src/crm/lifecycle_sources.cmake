# Sources of the lifecycle analytics area (added to crm_domain).
