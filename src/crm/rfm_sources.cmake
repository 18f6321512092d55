# Sources of the rfm analytics area (added to crm_domain).
