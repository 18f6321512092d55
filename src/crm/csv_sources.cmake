# Sources of the CSV import/export area (added to crm_domain).
