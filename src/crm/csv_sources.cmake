# Sources of the CSV import/export area (added to crm_domain).
target_sources(crm_domain PRIVATE crm/csv/text_encoding.cpp)
