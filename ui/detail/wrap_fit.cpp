#include "detail/wrap_fit.h"

#include <QEvent>
#include <QLayout>
#include <QScrollArea>

namespace crm::ui {

WrapFit::WrapFit(QScrollArea* area) : QObject(area), m_area(area), m_viewport(area->viewport()) {
    m_viewport->installEventFilter(this);
}

void WrapFit::refit() {
    QWidget* contents = m_area->widget();
    if (!contents || !contents->layout())
        return;
    // The outer layout caches each box's height for a width; a box whose
    // label got a longer text would otherwise keep its old height.
    for (QWidget* box : contents->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        box->updateGeometry();
    const int height = contents->layout()->totalHeightForWidth(m_area->viewport()->width());
    if (height > 0)
        contents->setMinimumHeight(height);
}

bool WrapFit::eventFilter(QObject* watched, QEvent* event) {
    // Compared with the viewport kept at the start: while the area is being
    // destroyed its viewport still sends events, but the area is no longer
    // a QAbstractScrollArea to ask (UBSan caught that).
    if (watched == m_viewport && event->type() == QEvent::Resize)
        refit();
    return QObject::eventFilter(watched, event);
}

} // namespace crm::ui
