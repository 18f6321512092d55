#include "csv/csv_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace crm::ui {

namespace {

QString translated(const char* source) { return QCoreApplication::translate("CsvText", source); }

// Keys of import fields and export columns (src/crm/csv) with their labels.
constexpr std::pair<std::string_view, const char*> kFieldLabels[] = {
    {"code", QT_TRANSLATE_NOOP("CsvText", "Code")},
    {"name", QT_TRANSLATE_NOOP("CsvText", "Name")},
    {"kind", QT_TRANSLATE_NOOP("CsvText", "Kind")},
    {"industry", QT_TRANSLATE_NOOP("CsvText", "Industry")},
    {"region", QT_TRANSLATE_NOOP("CsvText", "Region")},
    {"address", QT_TRANSLATE_NOOP("CsvText", "Address")},
    {"phone", QT_TRANSLATE_NOOP("CsvText", "Phone")},
    {"email", QT_TRANSLATE_NOOP("CsvText", "Email")},
    {"owner", QT_TRANSLATE_NOOP("CsvText", "Owner")},
    {"tags", QT_TRANSLATE_NOOP("CsvText", "Tags")},
    {"created", QT_TRANSLATE_NOOP("CsvText", "Created on")},
    {"notes", QT_TRANSLATE_NOOP("CsvText", "Notes")},
    {"company_stage", QT_TRANSLATE_NOOP("CsvText", "Company stage")},
    {"annual_spend", QT_TRANSLATE_NOOP("CsvText", "Annual category spend")},
    {"birthday", QT_TRANSLATE_NOOP("CsvText", "Birthday")},
    {"stage", QT_TRANSLATE_NOOP("CsvText", "Lifecycle stage")},
    {"segment", QT_TRANSLATE_NOOP("CsvText", "RFM segment")},
    {"r", QT_TRANSLATE_NOOP("CsvText", "R score")},
    {"f", QT_TRANSLATE_NOOP("CsvText", "F score")},
    {"m", QT_TRANSLATE_NOOP("CsvText", "M score")},
    {"first_purchase", QT_TRANSLATE_NOOP("CsvText", "First purchase")},
    {"last_purchase", QT_TRANSLATE_NOOP("CsvText", "Last purchase")},
    {"purchases", QT_TRANSLATE_NOOP("CsvText", "Purchases")},
    {"net_amount", QT_TRANSLATE_NOOP("CsvText", "Net amount")},
    {"clv", QT_TRANSLATE_NOOP("CsvText", "Lifetime value (CLV)")},
    {"last_interaction", QT_TRANSLATE_NOOP("CsvText", "Last interaction")},
    {"customer", QT_TRANSLATE_NOOP("CsvText", "Customer code")},
    {"customer_code", QT_TRANSLATE_NOOP("CsvText", "Customer code")},
    {"date", QT_TRANSLATE_NOOP("CsvText", "Date")},
    {"amount", QT_TRANSLATE_NOOP("CsvText", "Amount")},
    {"cost", QT_TRANSLATE_NOOP("CsvText", "Cost")},
    {"product", QT_TRANSLATE_NOOP("CsvText", "Product")},
    {"reference", QT_TRANSLATE_NOOP("CsvText", "Reference")},
    {"role", QT_TRANSLATE_NOOP("CsvText", "Role")},
    {"primary", QT_TRANSLATE_NOOP("CsvText", "Primary contact")},
    {"time", QT_TRANSLATE_NOOP("CsvText", "Time")},
    {"type", QT_TRANSLATE_NOOP("CsvText", "Type")},
    {"contact", QT_TRANSLATE_NOOP("CsvText", "Contact")},
    {"subject", QT_TRANSLATE_NOOP("CsvText", "Subject")},
    {"text", QT_TRANSLATE_NOOP("CsvText", "Text")},
    {"body", QT_TRANSLATE_NOOP("CsvText", "Text")},
    {"outcome", QT_TRANSLATE_NOOP("CsvText", "Outcome")},
    {"logged_by", QT_TRANSLATE_NOOP("CsvText", "Logged by")},
    {"status", QT_TRANSLATE_NOOP("CsvText", "Complaint status")},
    {"complaint_status", QT_TRANSLATE_NOOP("CsvText", "Complaint status")},
    {"resolution", QT_TRANSLATE_NOOP("CsvText", "Resolution")},
    {"row", QT_TRANSLATE_NOOP("CsvText", "Row")},
};

} // namespace

QString recordKindName(csv::ImportKind kind) {
    switch (kind) {
    case csv::ImportKind::Customers: return translated(QT_TRANSLATE_NOOP("CsvText", "Customers"));
    case csv::ImportKind::Transactions:
        return translated(QT_TRANSLATE_NOOP("CsvText", "Transactions"));
    case csv::ImportKind::Contacts: return translated(QT_TRANSLATE_NOOP("CsvText", "Contacts"));
    case csv::ImportKind::Interactions:
        return translated(QT_TRANSLATE_NOOP("CsvText", "Interactions"));
    }
    return {};
}

QString csvFieldLabel(std::string_view key) {
    for (const auto& [k, label] : kFieldLabels)
        if (k == key)
            return translated(label);
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString encodingName(std::optional<csv::TextEncoding> encoding) {
    switch (encoding.value_or(csv::TextEncoding::Utf8)) {
    case csv::TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case csv::TextEncoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case csv::TextEncoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    case csv::TextEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

QString delimiterName(char delimiter) {
    switch (delimiter) {
    case ';': return translated(QT_TRANSLATE_NOOP("CsvText", "Semicolon"));
    case '\t': return translated(QT_TRANSLATE_NOOP("CsvText", "Tab"));
    default: return translated(QT_TRANSLATE_NOOP("CsvText", "Comma"));
    }
}

QString countText(quint64 count) { return QLocale().toString(count); }

} // namespace crm::ui
