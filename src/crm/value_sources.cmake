# Sources of the value analytics area (added to crm_domain).
