# Sources of the CSV import/export area (added to crm_domain).
target_sources(crm_domain PRIVATE crm/csv/text_encoding.cpp)
target_sources(crm_domain PRIVATE crm/csv/atomic_file.cpp crm/csv/csv_writer.cpp crm/csv/export_common.cpp crm/csv/export_scores.cpp crm/csv/export_customers.cpp)
target_sources(crm_domain PRIVATE crm/csv/export_paging.cpp crm/csv/export_transactions.cpp crm/csv/export_contacts.cpp crm/csv/export_interactions.cpp)
