#pragma once
// What every command of `crm` shares: the chosen database file, the output
// stream, today's date (the clock is read here, never in the domain), and the
// parsing of option values into domain values with errors naming the option.
#include "crm/date.h"
#include "crm/money.h"
#include "crm/store/database.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace crm::cli {

// A request the tool refuses (missing --yes, init over an existing file...):
// exit code 1 like a usage error.
class CommandError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Context {
public:
    explicit Context(std::ostream& out) : m_out(out) {}

    std::ostream& out() const { return m_out; }
    // Bound to --db (and CRM_DB); empty means the default file.
    std::string& databaseOption() { return m_databaseOption; }
    // The file the command works on.
    std::filesystem::path databasePath() const;
    // Opens it: the default file is created on first use; a file named with
    // --db or CRM_DB must exist (`crm init` or `crm demo` creates it).
    Database openDatabase() const;
    bool usesDefaultDatabase() const { return m_databaseOption.empty(); }

    // Local date and minute of the day, read once per run.
    Date today() const;
    int minuteOfDayNow() const;

private:
    std::ostream& m_out;
    std::string m_databaseOption;
};

// Option values into domain values; each throws ValidationError naming `field`.
Date parseDateOption(const std::string& field, const std::string& text);
// Empty text means "not given": today.
Date dateOrToday(const Context& context, const std::string& field, const std::string& text);
Money parseMoneyOption(const std::string& field, const std::string& text,
                       const Currency& currency);
// A known ISO 4217 code with its minor-unit digits.
Currency currencyFromCode(const std::string& code);
// "HH:MM" into minutes since midnight.
int parseTimeOption(const std::string& field, const std::string& text);
std::string timeText(int minuteOfDay);

// The id of the customer with `code`; throws NotFoundError "no customer with code 'X'".
std::int64_t customerIdForCode(const Database& db, const std::string& code);

} // namespace crm::cli
