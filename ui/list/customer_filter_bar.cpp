#include "list/customer_filter_bar.h"

#include "crm/store/database.h"
#include "list/domain_text.h"
#include "today/segment_filter_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace crm::ui {

namespace {

// Typing pauses shorter than this are one search.
constexpr int kTypingPauseMs = 40;
constexpr int kPairsPerRow = 4;

void fillChoices(QComboBox* box, const std::vector<std::string>& values) {
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(QCoreApplication::translate("crm::ui::CustomerFilterBar", "All"), QString());
    for (const auto& v : values)
        box->addItem(toQ(v), toQ(v));
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

std::string choice(const QComboBox* box) { return toStd(box->currentData().toString()); }

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget* parent) : QWidget(parent) {
    m_loading = true; // no filter signals while the choices are built
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, code, email, phone or contact (Ctrl+F)"));
    m_search->setToolTip(tr("Type two or more characters (or one Chinese character) to search."));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 0, 0, 1, 8);
    m_stage = addChoice(tr("&Stage"), QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All"), -1);
    for (int s = 0; s < kStageCount; ++s)
        m_stage->addItem(stageName(static_cast<Stage>(s)), s);
    m_segment = new SegmentFilterBox(this);
    addChoice(tr("S&egment"), m_segment->objectName(), m_segment);
    m_kind = addChoice(tr("&Kind"), QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All"), -1);
    m_kind->addItem(kindName(CustomerKind::Organisation), 0);
    m_kind->addItem(kindName(CustomerKind::Person), 1);
    m_owner = addChoice(tr("&Owner"), QStringLiteral("ownerFilter"));
    m_tag = addChoice(tr("&Tag"), QStringLiteral("tagFilter"));
    m_region = addChoice(tr("&Region"), QStringLiteral("regionFilter"));
    m_industry = addChoice(tr("&Industry"), QStringLiteral("industryFilter"));
    m_mine = new QCheckBox(tr("&My customers"), this);
    m_mine->setObjectName(QStringLiteral("myCustomers"));
    layout->addWidget(m_mine, 2, 6, 1, 2);
    m_loading = false;

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &CustomerFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_mine, &QCheckBox::toggled, this, &CustomerFilterBar::emitFilter);
    connect(m_segment, &SegmentFilterBox::membersReady, this, [this] {
        if (!m_loading)
            emitFilter();
    });
}

QComboBox* CustomerFilterBar::addChoice(const QString& label, const QString& objectName, QComboBox* box) {
    auto* layout = static_cast<QGridLayout*>(this->layout());
    const auto pairs = static_cast<int>(findChildren<QComboBox*>().size()) - (box ? 1 : 0);
    if (!box)
        box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(box);
    // Two rows of four label + choice pairs under the search field.
    const int row = 1 + pairs / kPairsPerRow;
    const int column = (pairs % kPairsPerRow) * 2;
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->setMinimumContentsLength(8);
    layout->addWidget(caption, row, column);
    layout->addWidget(box, row, column + 1);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emitFilter();
    });
    return box;
}

struct CustomerFilterBar::Choices {
    std::vector<std::string> owners, tags, regions, industries;

    static Choices read(const Database& db) {
        const CustomerQuery query(db);
        return {query.distinctValues(CustomerField::Owner), query.distinctValues(CustomerField::Tag),
                query.distinctValues(CustomerField::Region),
                query.distinctValues(CustomerField::Industry)};
    }
};

void CustomerFilterBar::loadChoices(const Database& db) {
    m_segment->setDatabasePath(QString::fromStdString(db.path().string()));
    fillAll(Choices::read(db));
}

void CustomerFilterBar::loadChoicesInBackground(const QString& databasePath) {
    m_segment->setDatabasePath(databasePath);
    auto* watcher = new QFutureWatcher<Choices>(this);
    connect(watcher, &QFutureWatcher<Choices>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            fillAll(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = databasePath.toStdString()] {
        try {
            return Choices::read(Database::open(path));
        } catch (const std::exception&) {
            return Choices{}; // the list itself reports a damaged file
        }
    }));
}

void CustomerFilterBar::fillAll(const Choices& choices) {
    m_loading = true;
    fillChoices(m_owner, choices.owners);
    fillChoices(m_tag, choices.tags);
    fillChoices(m_region, choices.regions);
    fillChoices(m_industry, choices.industries);
    m_loading = false;
    emit choicesLoaded();
}

bool CustomerFilterBar::isSearchable(const QString& text) {
    return text.size() >= 2 || (text.size() == 1 && text.at(0).unicode() >= 0x2E80);
}

CustomerFilter CustomerFilterBar::filter() const {
    CustomerFilter f;
    if (const int stage = m_stage->currentData().toInt(); stage >= 0)
        f.stage = static_cast<Stage>(stage);
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = static_cast<CustomerKind>(kind);
    f.owner = m_mine->isChecked() && !m_currentUser.isEmpty() ? toStd(m_currentUser) : choice(m_owner);
    f.tag = choice(m_tag);
    f.region = choice(m_region);
    f.industry = choice(m_industry);
    if (const QString text = m_search->text().trimmed(); isSearchable(text))
        f.search = toStd(text);
    if (m_segment->segment()) // members still being computed: nobody yet
        f.ids = m_segment->members().value_or(std::vector<std::int64_t>{});
    return f;
}

void CustomerFilterBar::setSearchText(const QString& text) {
    m_search->setText(text);
    m_typing->stop();
    emitFilter();
}

void CustomerFilterBar::clear() {
    m_loading = true;
    for (QComboBox* box : {m_stage, static_cast<QComboBox*>(m_segment), m_kind, m_owner, m_tag,
                            m_region, m_industry})
        box->setCurrentIndex(0);
    m_mine->setChecked(false);
    m_search->clear();
    m_loading = false;
    m_typing->stop();
    emitFilter();
}

void CustomerFilterBar::emitFilter() {
    if (!m_segment->isComputing()) // else membersReady() emits it
        emit filterChanged(filter());
}

} // namespace crm::ui
