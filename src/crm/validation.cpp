#include "crm/validation.h"

#include "crm/names.h"

#include <cctype>

namespace crm {

namespace {

constexpr std::size_t kMaxNameLength = 300;
constexpr std::size_t kMaxCodeLength = 64;

bool isBlank(std::string_view text) {
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            return false;
    return true;
}

// Bytes that never belong in a one-line field: control characters.
bool hasControlCharacters(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    return false;
}

// Well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xc2 && c <= 0xdf) { extra = 1; cp = c & 0x1fu; }
        else if (c >= 0xe0 && c <= 0xef) { extra = 2; cp = c & 0x0fu; }
        else if (c >= 0xf0 && c <= 0xf4) { extra = 3; cp = c & 0x07u; }
        else return false;
        if (i + static_cast<std::size_t>(extra) >= text.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xc0u) != 0x80u)
                return false;
            cp = (cp << 6) | (cc & 0x3fu);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

class Checker {
public:
    void required(std::string_view field, std::string_view value) {
        if (isBlank(value))
            add(field, "is required");
    }
    void text(std::string_view field, std::string_view value, std::size_t maxBytes,
              bool multiLine = false) {
        if (!isValidUtf8(value))
            add(field, "is not valid UTF-8 text");
        else if (value.size() > maxBytes)
            add(field, "is longer than " + std::to_string(maxBytes) + " bytes");
        else if (!multiLine && hasControlCharacters(value))
            add(field, "contains control characters");
        else if (multiLine && value.find('\0') != std::string_view::npos)
            add(field, "contains a NUL byte");
    }
    void email(std::string_view value) {
        if (!value.empty() && !isEmailShape(value))
            add("email", "'" + std::string(value) + "' is not an email address");
    }
    void phone(std::string_view value) {
        if (!value.empty() && !isPhoneShape(value))
            add("phone", "'" + std::string(value) + "' is not a phone number");
    }
    void add(std::string_view field, std::string message) {
        m_errors.push_back({std::string(field), std::move(message)});
    }
    std::vector<FieldError> take() { return std::move(m_errors); }

private:
    std::vector<FieldError> m_errors;
};

constexpr std::size_t kMaxTextLength = 1 << 20; // notes and interaction text: 1 MiB

} // namespace

bool isEmailShape(std::string_view text) {
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    const auto domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size())
        return false;
    for (char c : text)
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '<' ||
            c == '>' || c == '"')
            return false;
    return domain.find("..") == std::string_view::npos && isValidUtf8(text);
}

// Digits with the usual separators and an optional leading '+', and an
// extension: "+86 10 6552 8899", "(021) 555-0100 ext. 12", "138-0013-8000".
bool isPhoneShape(std::string_view text) {
    int digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c)))
            ++digits;
        else if (c == '+' && i == 0)
            continue;
        else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/')
            continue;
        else if (text.substr(i).starts_with("ext") || text.substr(i).starts_with("x") ||
                 text.substr(i).starts_with("#"))
            return digits >= 5 && digits <= 20;
        else
            return false;
    }
    return digits >= 5 && digits <= 20;
}

// Codes are what imports match on: letters, digits and - _ . / only.
bool isCodeShape(std::string_view text) {
    if (text.empty() || text.size() > kMaxCodeLength)
        return false;
    for (char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' &&
            c != '/')
            return false;
    return true;
}

std::vector<FieldError> validate(const Customer& customer) {
    Checker check;
    if (customer.code.empty())
        check.add("code", "is required");
    else if (!isCodeShape(customer.code))
        check.add("code", "'" + customer.code +
                              "' must be 1 to 64 letters, digits or - _ . / (no spaces)");
    check.required("name", customer.name);
    check.text("name", customer.name, kMaxNameLength);
    for (auto [field, value] : {std::pair{"industry", &customer.industry},
                                {"region", &customer.region}, {"address", &customer.address},
                                {"owner", &customer.owner}})
        check.text(field, *value, kMaxNameLength);
    check.text("notes", customer.notes, kMaxTextLength, true);
    check.email(customer.email);
    check.phone(customer.phone);
    for (const auto& tag : customer.tags)
        if (isBlank(tag) || tag.size() > 64 || hasControlCharacters(tag) || !isValidUtf8(tag))
            check.add("tags", "'" + tag + "' is not a usable tag (1 to 64 characters)");
    if (customer.createdOn.is_special())
        check.add("created", "is not a date");
    const bool person = customer.kind == CustomerKind::Person;
    if (person && customer.companyStage)
        check.add("company_stage", "applies to organisations only");
    if (person && customer.annualCategorySpend)
        check.add("annual_spend", "applies to organisations only");
    if (!person && customer.birthday)
        check.add("birthday", "applies to persons only");
    if (customer.annualCategorySpend && *customer.annualCategorySpend < 0)
        check.add("annual_spend", "cannot be negative");
    return check.take();
}

std::vector<FieldError> validate(const Contact& contact) {
    Checker check;
    check.required("name", contact.name);
    check.text("name", contact.name, kMaxNameLength);
    check.email(contact.email);
    check.phone(contact.phone);
    return check.take();
}

std::vector<FieldError> validate(const Transaction& transaction) {
    Checker check;
    if (transaction.date.is_special())
        check.add("date", "is not a date");
    if (transaction.cost && *transaction.cost < 0)
        check.add("cost", "cannot be negative");
    check.text("product", transaction.product, kMaxNameLength);
    check.text("reference", transaction.reference, kMaxNameLength);
    return check.take();
}

std::vector<FieldError> validate(const Interaction& interaction) {
    Checker check;
    if (interaction.date.is_special())
        check.add("date", "is not a date");
    if (interaction.minuteOfDay < 0 || interaction.minuteOfDay > 1439)
        check.add("time", "must be between 00:00 and 23:59");
    check.text("subject", interaction.subject, kMaxNameLength);
    check.text("text", interaction.text, kMaxTextLength, true);
    check.text("outcome", interaction.outcome, kMaxTextLength, true);
    check.text("logged_by", interaction.loggedBy, kMaxNameLength);
    check.text("resolution", interaction.resolution, kMaxTextLength, true);
    const bool complaint = interaction.type == InteractionType::Complaint;
    if (!complaint && interaction.complaintStatus)
        check.add("status", "only complaints have a status");
    if (!complaint && !interaction.resolution.empty())
        check.add("resolution", "only complaints have a resolution");
    if (isBlank(interaction.subject) && isBlank(interaction.text))
        check.add("subject", "a subject or a text is required");
    return check.take();
}

std::vector<FieldError> validate(const FollowUp& followUp) {
    Checker check;
    check.required("subject", followUp.subject);
    check.text("subject", followUp.subject, kMaxNameLength);
    if (followUp.due.is_special())
        check.add("due", "is not a date");
    if (followUp.done && followUp.done->is_special())
        check.add("done", "is not a date");
    return check.take();
}

void throwIfInvalid(std::vector<FieldError> errors) {
    if (!errors.empty())
        throw ValidationError(std::move(errors));
}

} // namespace crm
