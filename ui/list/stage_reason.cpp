#include "list/stage_reason.h"

#include "list/domain_text.h"

#include "crm/names.h"

#include <QRegularExpression>

namespace crm::ui {

namespace {

// One stored form: its pattern and how it is said (the captures fill %1...).
struct Form {
    QRegularExpression pattern;
    const char* said; // source text for tr()
};

// Kept in step with lifecycle.cpp's reasonFor; stage_reason_test checks
// every reason of the demo database is recognised.
const std::vector<Form>& forms() {
    static const std::vector<Form> all{
        {QRegularExpression(QStringLiteral("^no purchase yet$")), QT_TRANSLATE_NOOP("crm::ui::StageReason", "no purchase yet")},
        {QRegularExpression(QStringLiteral("^no purchase for (\\d+) days; usually buys every (\\d+) days$")),
         QT_TRANSLATE_NOOP("crm::ui::StageReason", "no purchase for %1 days; usually buys every %2 days")},
        {QRegularExpression(QStringLiteral("^no purchase for (\\d+) days$")),
         QT_TRANSLATE_NOOP("crm::ui::StageReason", "no purchase for %1 days")},
        {QRegularExpression(QStringLiteral("^revenue last (\\d+) days (\\S+) vs (\\S+) average: (-?\\d+)%$")),
         QT_TRANSLATE_NOOP("crm::ui::StageReason", "revenue last %1 days %2 vs %3 average: %4%")},
        {QRegularExpression(QStringLiteral("^(\\d+) purchases, first (\\d+) days ago; bought in (\\d+) of the last 4 quarters$")),
         QT_TRANSLATE_NOOP("crm::ui::StageReason", "%1 purchases, first %2 days ago; bought in %3 of the last 4 quarters")},
        {QRegularExpression(QStringLiteral("^(\\d+) purchases, first (\\d+) days ago$")),
         QT_TRANSLATE_NOOP("crm::ui::StageReason", "%1 purchases, first %2 days ago")},
        {QRegularExpression(QStringLiteral("^bought again after being lost: a new relationship$")),
         QT_TRANSLATE_NOOP("crm::ui::StageReason", "bought again after being lost: a new relationship")},
    };
    return all;
}

// "... (on the way to Stability)": a step towards a stage further on.
const QRegularExpression& onTheWay() {
    static const QRegularExpression pattern(QStringLiteral("^(.*) \\(on the way to (\\w+)\\)$"));
    return pattern;
}

QString said(const QString& stored) {
    for (const Form& form : forms()) {
        const auto match = form.pattern.match(stored);
        if (!match.hasMatch())
            continue;
        QString text = StageReason::tr(form.said);
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            text = text.arg(match.captured(i));
        return text;
    }
    return stored;
}

} // namespace

QString StageReason::text(const std::string& stored) {
    const QString reason = toQ(stored);
    if (const auto match = onTheWay().match(reason); match.hasMatch())
        if (const auto target = parseStage(toStd(match.captured(2))))
            return tr("%1 (on the way to %2)").arg(said(match.captured(1)), stageName(*target));
    return said(reason);
}

} // namespace crm::ui
