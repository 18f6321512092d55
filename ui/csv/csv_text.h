#pragma once
// What the CSV dialogs call things, translated: kinds of records, the
// fields of an import and the columns of an export, encodings, delimiters.
#include "crm/csv/import.h"
#include "crm/csv/text_encoding.h"

#include <QString>

#include <optional>
#include <string_view>

namespace crm::ui {

QString recordKindName(csv::ImportKind kind);
// "Last purchase" for "last_purchase"; the key itself when it has no label.
QString csvFieldLabel(std::string_view key);
// "UTF-8", "GB18030", "UTF-16 LE"; nullopt (all ASCII so far) is UTF-8.
QString encodingName(std::optional<csv::TextEncoding> encoding);
QString delimiterName(char delimiter);
QString countText(quint64 count);

} // namespace crm::ui
