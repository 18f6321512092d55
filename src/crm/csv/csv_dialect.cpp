#include "crm/csv/csv_dialect.h"

#include <array>
#include <vector>

namespace crm::csv {

namespace {

constexpr std::size_t kSampleRecords = 30;

// Delimiters outside quotes in each of the first records of `sample`. A last
// record cut off by the end of the sample is left out,
// unless it is the only one.
std::vector<int> countsPerRecord(std::string_view sample, char delimiter) {
    std::vector<int> counts;
    bool quoted = false;
    int count = 0;
    bool any = false;
    for (std::size_t i = 0; i < sample.size() && counts.size() < kSampleRecords; ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted; // "" inside a quoted field toggles twice
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++count;
        } else if (c == '\n' || c == '\r') {
            if (any || count > 0)
                counts.push_back(count);
            count = 0;
            any = false;
            continue;
        }
        any = true;
    }
    if (counts.empty() && !quoted && (any || count > 0))
        counts.push_back(count); // a one-line sample without its line end
    return counts;
}

struct Score {
    bool consistent = false;
    int perRecord = 0; // the count when consistent, else on the first record
};

Score score(std::string_view sample, char delimiter) {
    const std::vector<int> counts = countsPerRecord(sample, delimiter);
    if (counts.empty())
        return {};
    Score s{true, counts.front()};
    for (int c : counts)
        s.consistent = s.consistent && c == counts.front();
    s.consistent = s.consistent && counts.front() > 0;
    return s;
}

bool better(const Score& a, const Score& b) {
    if (a.consistent != b.consistent)
        return a.consistent;
    return a.perRecord > b.perRecord;
}

} // namespace

char detectDelimiter(std::string_view sample) {
    constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
    char best = ',';
    Score bestScore = score(sample, ',');
    for (char candidate : kCandidates) {
        const Score s = score(sample, candidate);
        if (better(s, bestScore)) {
            best = candidate;
            bestScore = s;
        }
    }
    return bestScore.perRecord > 0 ? best : ',';
}

} // namespace crm::csv
