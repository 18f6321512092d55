#include "import_fixture.h"

#include "crm/store/customer_store.h"

#include <fstream>
#include <sstream>

namespace crm::test {

std::filesystem::path csvData(const std::string& name) {
    return std::filesystem::path(CRM_TEST_DATA_DIR) / "csv" / name;
}

std::filesystem::path writeTemp(const std::string& name, const std::string& content) {
    const auto dir = std::filesystem::path(CRM_TEST_TMP_DIR);
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
    return path;
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

csv::ImportOptions defaultImportOptions() {
    csv::ImportOptions options;
    options.today = Date(2026, 7, 1);
    return options;
}

ImportRun runImport(const Database& db, csv::ImportKind kind, const std::filesystem::path& file,
                    csv::ImportOptions options) {
    ImportRun run;
    options.onProblem = [&run](const std::string& p) { run.problems.push_back(p); };
    run.summary = csv::importCsv(db, kind, file, options);
    return run;
}

void addTwoCustomers(const Database& db) {
    Customer org;
    org.code = "C-001";
    org.name = "北京星辰科技有限公司";
    org.createdOn = Date(2024, 3, 1);
    Customer person;
    person.code = "C-002";
    person.kind = CustomerKind::Person;
    person.name = "Zoë Müller";
    person.createdOn = Date(2025, 6, 30);
    CustomerStore(db).addBatch(std::vector{org, person});
}

} // namespace crm::test
