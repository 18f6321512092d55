#include "context.h"

#include "default_db_path.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/file_location.h"

#include <cstdlib>
#include <iostream>
#include <ctime>

namespace crm::cli {

namespace {

std::tm localNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local;
}

bool allDigits(std::string_view text) {
    return !text.empty() &&
           text.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

std::filesystem::path Context::databasePath() const {
    if (!m_databaseOption.empty())
        return m_databaseOption;
    const auto path = defaultDatabasePath(std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
    if (!path)
        throw CommandError("no place for the default database: HOME is not set; "
                           "use --db FILE or set CRM_DB");
    return *path;
}

Database Context::openDatabase() const {
    const auto mode = usesDefaultDatabase() ? OpenMode::CreateIfMissing : OpenMode::OpenExisting;
    const std::filesystem::path path = databasePath();
    if (const auto share = networkFileSystem(path))
        std::cerr << "crm: warning: " << networkShareWarning(*share) << '\n';
    return Database::open(path, mode);
}

Date Context::today() const {
    const std::tm local = localNow();
    return Date(static_cast<unsigned short>(local.tm_year + 1900),
                static_cast<unsigned short>(local.tm_mon + 1),
                static_cast<unsigned short>(local.tm_mday));
}

int Context::minuteOfDayNow() const {
    const std::tm local = localNow();
    return local.tm_hour * 60 + local.tm_min;
}

Date parseDateOption(const std::string& field, const std::string& text) {
    if (auto date = parseIsoDate(text))
        return *date;
    throw ValidationError({{field, "'" + text + "' is not a date (expected YYYY-MM-DD)"}});
}

Date dateOrToday(const Context& context, const std::string& field, const std::string& text) {
    return text.empty() ? context.today() : parseDateOption(field, text);
}

Money parseMoneyOption(const std::string& field, const std::string& text,
                       const Currency& currency) {
    if (auto amount = parseMoney(text, currency.decimals))
        return *amount;
    const std::string example = currency.decimals > 0
                                    ? "1234." + std::string(static_cast<std::size_t>(currency.decimals), '5')
                                    : std::string("1234");
    throw ValidationError({{field, "'" + text + "' is not an amount of " + currency.code +
                                       " (like " + example + " or -" + example + ")"}});
}

Currency currencyFromCode(const std::string& code) {
    const auto decimals = currencyDecimals(code);
    if (!decimals)
        throw ValidationError(
            {{"currency", "'" + code + "' is not an ISO 4217 currency code we know"}});
    return Currency{code, *decimals};
}

int parseTimeOption(const std::string& field, const std::string& text) {
    const auto colon = text.find(':');
    if (colon != std::string::npos && colon > 0 && colon <= 2 && text.size() - colon == 3) {
        const std::string hours = text.substr(0, colon);
        const std::string minutes = text.substr(colon + 1);
        if (allDigits(hours) && allDigits(minutes)) {
            const int h = std::stoi(hours);
            const int m = std::stoi(minutes);
            if (h < 24 && m < 60)
                return h * 60 + m;
        }
    }
    throw ValidationError({{field, "'" + text + "' is not a time (expected HH:MM, 00:00 to 23:59)"}});
}

std::string timeText(int minuteOfDay) {
    const auto twoDigits = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    return twoDigits(minuteOfDay / 60) + ":" + twoDigits(minuteOfDay % 60);
}

std::int64_t customerIdForCode(const Database& db, const std::string& code) {
    return CustomerStore(db).idForCode(code);
}

} // namespace crm::cli
