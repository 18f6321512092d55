// The dashboard tab of the real main window on a large file (issue 6): from
// showing the tab to the first panels and to all panels, then from a change
// of the owner filter to its panels, and the longest the window's event loop
// went without running meanwhile (the window must stay responsive).
// Limits: all panels < 3 s after showing the tab, < 1 s after a filter change.
//   XDG_CONFIG_HOME=/tmp/bench-config QT_QPA_PLATFORM=offscreen bench_dashboard_window FILE [AS-OF] [REPEATS]
// (it turns the automatic backup off in the settings it finds: set
// XDG_CONFIG_HOME to keep your own).
#include "dashboard/dashboard_view.h"
#include "list/domain_text.h"
#include "main/main_window.h"
#include "main/session.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <cstdio>

namespace {

using namespace crm;

// Watches the event loop: the longest gap between two ticks of a 10 ms timer.
class LoopWatch : public QObject {
public:
    LoopWatch() {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start() {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop() {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

struct Timing {
    qint64 firstPanels = -1, allPanels = -1, longestStall = 0;
};

// Runs `start`, then waits (in an event loop, as the app does) for the
// quick panels and for all of them.
Timing measure(ui::DashboardView& view, const std::function<void()>& start) {
    LoopWatch watch;
    QElapsedTimer clock;
    QEventLoop loop;
    Timing t;
    const auto done = QObject::connect(&view, &ui::DashboardView::computed, &loop, &QEventLoop::quit);
    const auto shown = QObject::connect(&view, &ui::DashboardView::panelsShown, &loop, [&] {
        if (t.firstPanels < 0)
            t.firstPanels = clock.elapsed();
    });
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    watch.start();
    clock.start();
    QTimer::singleShot(0, &loop, start);
    loop.exec();
    t.allPanels = clock.elapsed();
    t.longestStall = watch.stop();
    QObject::disconnect(done);
    QObject::disconnect(shown);
    return t;
}

void print(const char* what, const Timing& t) {
    std::printf("%-34s first panels %6lld ms, all panels %6lld ms, longest event-loop stall %4lld ms\n", what,
                static_cast<long long>(t.firstPanels), static_cast<long long>(t.allPanels),
                static_cast<long long>(t.longestStall));
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard_window FILE [AS-OF] [REPEATS]\n");
        return 2;
    }
    QSettings().setValue(QStringLiteral("backup/intervalDays"), 0); // no 1.6 GB copy meanwhile
    ui::MainWindow window;
    window.session()->setToday(parseIsoDate(argc > 2 ? argv[2] : "2026-06-30").value_or(Date(2026, 6, 30)));
    window.resize(1600, 1000);
    if (!window.openDatabase(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.show();
    LoopWatch idle; // what the rest of the window does after opening, for comparison
    idle.start();
    QTest::qWait(qEnvironmentVariableIntValue("BENCH_IDLE_MS") > 0 ? qEnvironmentVariableIntValue("BENCH_IDLE_MS") : 3000);
    std::printf("%-34s longest event-loop stall %4lld ms\n", "after opening, before the tab",
                static_cast<long long>(idle.stop()));
    auto* view = window.findChild<ui::DashboardView*>(QStringLiteral("dashboardView"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
    print("show the tab (read every customer)", measure(*view, [&] {
        tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("dashboardTab")));
    }));
    auto* owner = view->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
    for (int i = 0; i < repeats; ++i) {
        print("change the owner filter", measure(*view, [&] {
            owner->setCurrentIndex(1 + i % std::max(1, owner->count() - 1));
            view->refresh(); // at once, not after the typing pause
        }));
        print("Refresh (read every customer)", measure(*view, [&] {
            view->findChild<QToolButton*>(QStringLiteral("refreshButton"))->click();
        }));
    }
    return 0;
}
