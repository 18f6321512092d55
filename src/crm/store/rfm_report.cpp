#include "crm/store/rfm_report.h"

#include <array>
#include <charconv>

namespace crm {

namespace {

constexpr std::size_t kFlushAt = 1 << 16;
constexpr std::string_view kLineEnd = "\r\n"; // RFC 4180, like every CSV of crm

void appendInt(std::string& buffer, std::int64_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    buffer.append(digits, end);
}

void appendMoney(std::string& buffer, Money amount, int decimals) {
    buffer += formatMoney(amount, decimals);
}

const std::array<std::string, rfm::kSegmentCount>& segmentFields() {
    static const auto fields = [] {
        std::array<std::string, rfm::kSegmentCount> out;
        for (int s = 0; s < rfm::kSegmentCount; ++s)
            out[static_cast<std::size_t>(s)] = rfmCsvField(rfm::label(static_cast<rfm::Segment>(s)));
        return out;
    }();
    return fields;
}

void appendRow(std::string& buffer, const RfmRow& row, int decimals) {
    const auto& s = row.score;
    buffer += rfmCsvField(row.code);
    buffer += ',';
    appendInt(buffer, s.behaviour.recencyDays);
    buffer += ',';
    appendInt(buffer, s.behaviour.frequency);
    buffer += ',';
    appendMoney(buffer, s.behaviour.monetary, decimals);
    for (const int score : {s.r, s.f, s.m}) {
        buffer += ',';
        buffer += static_cast<char>('0' + score);
    }
    buffer += ',';
    buffer += segmentFields()[static_cast<std::size_t>(s.segment)];
    buffer += kLineEnd;
}

} // namespace

std::string rfmCsvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void writeRfmCsv(std::ostream& out, std::span<const RfmRow> rows, int decimals) {
    std::string buffer;
    buffer.reserve(kFlushAt + 256);
    buffer.append(kRfmCsvHeader);
    buffer += kLineEnd;
    for (const auto& row : rows) {
        appendRow(buffer, row, decimals);
        if (buffer.size() >= kFlushAt) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

} // namespace crm
