// The lazy customer list: a valid model (QAbstractItemModelTester), that
// filters and searches like the store, sorts, and reads the end of the list
// without loading what lies before it.
#include "ui_test_support.h"

#include "crm/store/customer_query.h"
#include "crm/store/database.h"
#include "list/customer_list_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crm;
using crm::ui::CustomerListModel;

class CustomerListModelTest : public QObject {
    Q_OBJECT
    std::optional<Database> m_db;

    QString text(const CustomerListModel& model, int row, int column) {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void initTestCase() {
        m_db.emplace(Database::open(ui::test::demoDatabase(QStringLiteral("list")).toStdString()));
    }

    void passesTheModelTester() {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&*m_db);
        QCOMPARE(model.rowCount(), 400);
        model.sort(CustomerListModel::NetAmountColumn, Qt::DescendingOrder);
        CustomerFilter filter;
        filter.stage = Stage::Stability;
        model.setFilter(filter);
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsComeInTheStoresOrder() {
        CustomerListModel model;
        model.setDatabase(&*m_db);
        PageRequest request;
        request.limit = 400;
        const auto rows = CustomerQuery(*m_db).page(request).rows;
        QCOMPARE(model.rowCount(), static_cast<int>(rows.size()));
        // Read the end first: the model loads it backwards by itself.
        for (int row : {399, 398, 250, 0, 1, 199, 200, 201}) {
            QCOMPARE(model.customerId(row), rows[static_cast<std::size_t>(row)].id);
            QCOMPARE(text(model, row, CustomerListModel::NameColumn),
                     QString::fromStdString(rows[static_cast<std::size_t>(row)].name));
        }
    }

    void searchNarrowsTheList() {
        CustomerListModel model;
        model.setDatabase(&*m_db);
        const QString name = text(model, 17, CustomerListModel::NameColumn);
        CustomerFilter filter;
        filter.search = name.toStdString();
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() < 400);
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row)
            found = found || text(model, row, CustomerListModel::NameColumn) == name;
        QVERIFY(found);
        QCOMPARE(model.totalCount(), CustomerQuery(*m_db).count(filter));
    }

    void filtersCombine() {
        CustomerListModel model;
        model.setDatabase(&*m_db);
        const QString region = text(model, 3, CustomerListModel::RegionColumn);
        CustomerFilter filter;
        filter.region = region.toStdString();
        filter.kind = CustomerKind::Organisation;
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(text(model, row, CustomerListModel::RegionColumn), region);
            QCOMPARE(model.data(model.index(row, CustomerListModel::KindColumn),
                                CustomerListModel::RawValueRole).toInt(),
                     static_cast<int>(CustomerKind::Organisation));
        }
    }

    void sortsByNetAmountDescending() {
        CustomerListModel model;
        model.setDatabase(&*m_db);
        model.sort(CustomerListModel::NetAmountColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 amount = model.data(model.index(row, CustomerListModel::NetAmountColumn),
                                             CustomerListModel::RawValueRole).toLongLong();
            QVERIFY2(amount <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = amount;
        }
    }

    void unsortableColumnKeepsTheOrder() {
        CustomerListModel model;
        model.setDatabase(&*m_db);
        const qint64 first = model.customerId(0);
        QVERIFY(!CustomerListModel::isSortable(CustomerListModel::PhoneColumn));
        model.sort(CustomerListModel::PhoneColumn, Qt::AscendingOrder);
        QCOMPARE(model.customerId(0), first);
    }
};

QTEST_MAIN(CustomerListModelTest)
#include "customer_list_model_test.moc"
