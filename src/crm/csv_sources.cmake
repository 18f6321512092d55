# Sources of the CSV import/export area (added to crm_domain).
target_sources(crm_domain PRIVATE crm/csv/text_encoding.cpp)
target_sources(crm_domain PRIVATE crm/csv/csv_text_input.cpp crm/csv/csv_dialect.cpp crm/csv/csv_reader.cpp
  crm/csv/import_values.cpp crm/csv/import_mapping.cpp crm/csv/import_rows.cpp
  crm/csv/rejects_file.cpp crm/csv/customer_codes.cpp crm/csv/import.cpp
  crm/csv/import_customers.cpp crm/csv/import_transactions.cpp crm/csv/import_records.cpp)
target_link_libraries(crm_domain PRIVATE csv)
target_sources(crm_domain PRIVATE crm/csv/atomic_file.cpp crm/csv/csv_writer.cpp crm/csv/export_common.cpp crm/csv/export_scores.cpp crm/csv/export_customers.cpp)
target_sources(crm_domain PRIVATE crm/csv/export_paging.cpp crm/csv/export_transactions.cpp crm/csv/export_contacts.cpp crm/csv/export_interactions.cpp)
target_sources(crm_domain PRIVATE crm/csv/import_preview.cpp)
