// libFuzzer target over the CSV reader, the header mapping and row
// validation. Each input is written to a file and read with CsvReader; the
// first record is mapped as a header to the customer and transaction fields,
// and every later record is turned into a Customer and a Transaction the way
// the importers do (dates, amounts, kinds, tags, formula-guard undo) and
// checked with crm::validate. The first byte picks a forced delimiter or
// encoding and the reader's chunk size (small chunks cut characters, quotes
// and line ends at every place). docs/csv.md, "Fuzzing", says how to run it.
#include "crm/csv/csv_error.h"
#include "crm/csv/csv_reader.h"
#include "crm/csv/import_mapping.h"
#include "crm/csv/import_values.h"
#include "crm/names.h"
#include "crm/validation.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace crm;
using namespace crm::csv;

const std::vector<FieldSpec> kFields{
    {"code", true, {"customer_id", "客户编号"}}, {"name", false, {"客户名称"}},
    {"kind", false, {}},  {"email", false, {"邮箱"}}, {"created", false, {"created_on"}},
    {"date", false, {"日期"}}, {"amount", false, {"金额"}}, {"tags", false, {}}};

CsvReadOptions optionsFrom(std::uint8_t control) {
    CsvReadOptions options;
    options.chunkBytes = 16 + control % 61;
    if (control & 0x40)
        options.delimiter = ";,\t"[control % 3];
    if (control & 0x80)
        options.encoding = static_cast<TextEncoding>((control >> 3) % 4);
    return options;
}

std::string cell(const CsvRecord& r, const HeaderMapping& m, std::size_t field) {
    const int column = m.columnOf[field];
    if (column < 0 || static_cast<std::size_t>(column) >= r.fields.size())
        return {};
    return unguarded(std::string(trimmed(r.fields[static_cast<std::size_t>(column)])));
}

void validateRow(const CsvRecord& r, const HeaderMapping& m) {
    Customer c;
    c.code = cell(r, m, 0);
    c.name = cell(r, m, 1);
    c.kind = parseCustomerKind(cell(r, m, 2)).value_or(CustomerKind::Organisation);
    c.email = cell(r, m, 3);
    c.createdOn = parseImportDate(cell(r, m, 4)).value_or(Date(2026, 1, 1));
    c.tags = splitTags(cell(r, m, 7));
    (void)validate(c);
    Transaction t;
    t.date = parseImportDate(cell(r, m, 5)).value_or(Date(2026, 1, 1));
    t.amount = parseImportAmount(cell(r, m, 6), 2).value_or(0);
    t.reference = c.code;
    (void)validate(t);
    (void)parseYesNo(cell(r, m, 1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    static const fs::path file =
        fs::temp_directory_path() / ("crm-csv-fuzz-" + std::to_string(::getpid()) + ".csv");
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    try {
        CsvReader reader(file, optionsFrom(data[0]));
        CsvRecord record;
        if (!reader.next(record))
            return 0;
        const HeaderMapping mapping = mapHeader(kFields, record.fields, nullptr);
        while (reader.next(record))
            validateRow(record, mapping);
    } catch (const CsvError&) {
        // not a table: refused with a message, as it should be
    }
    return 0;
}
