#pragma once
// Test support: the CDNOW sample (tests/data/cdnow) as purchases per customer.
#include "crm/analytics/clv_summary.h"

#include <string>
#include <vector>

namespace crm::clv::test {

// Purchases of customer i (sample id i + 1), in file order. Throws on a bad line.
std::vector<std::vector<Purchase>> loadCdnow(const std::string& path);

std::string cdnowPath();

// Summaries of all customers as of 1997-09-30 (the usual calibration period), in weeks.
std::vector<CustomerSummary> cdnowCalibrationSummaries();

} // namespace crm::clv::test
