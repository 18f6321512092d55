#include "cdnow_data.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace crm::clv::test {

namespace {

Date parseCompactDate(const std::string& text) {
    if (text.size() != 8)
        throw std::runtime_error("bad CDNOW date: " + text);
    return Date(static_cast<unsigned short>(std::stoi(text.substr(0, 4))),
                static_cast<unsigned short>(std::stoi(text.substr(4, 2))),
                static_cast<unsigned short>(std::stoi(text.substr(6, 2))));
}

} // namespace

std::string cdnowPath() { return std::string(CRM_TEST_DATA_DIR) + "/cdnow/CDNOW_sample.txt"; }

std::vector<std::vector<Purchase>> loadCdnow(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::vector<std::vector<Purchase>> customers;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        std::istringstream fields(line);
        std::string masterId, date, dollars;
        int sampleId = 0, cds = 0;
        if (!(fields >> masterId >> sampleId >> date >> cds >> dollars) || sampleId < 1)
            throw std::runtime_error("bad CDNOW line: " + line);
        const std::optional<Money> cents = parseMoney(dollars, 2);
        if (!cents)
            throw std::runtime_error("bad CDNOW amount: " + dollars);
        if (customers.size() < static_cast<std::size_t>(sampleId))
            customers.resize(static_cast<std::size_t>(sampleId));
        customers[static_cast<std::size_t>(sampleId) - 1].push_back(
            {parseCompactDate(date), *cents});
    }
    return customers;
}

std::vector<CustomerSummary> cdnowCalibrationSummaries() {
    const Date asOf(1997, 9, 30);
    std::vector<CustomerSummary> summaries;
    for (const std::vector<Purchase>& purchases : loadCdnow(cdnowPath())) {
        if (const auto summary = summarize(purchases, asOf, TimeUnit::Week))
            summaries.push_back(*summary);
    }
    return summaries;
}

} // namespace crm::clv::test
