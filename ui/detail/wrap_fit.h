#pragma once
// Keeps a scroll area's widget as tall as its word-wrapped labels need at
// the viewport's width. QScrollArea sizes its widget from the size hint,
// which counts the lines a label wraps into at its preferred, wider width,
// and so clips the last line of long texts in a narrow pane.
#include <QObject>

class QScrollArea;
class QWidget;

namespace crm::ui {

class WrapFit : public QObject {
    Q_OBJECT
public:
    // Owned by `area`.
    explicit WrapFit(QScrollArea* area);
    // Call after the texts changed.
    void refit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QScrollArea* m_area;
    QWidget* m_viewport;
};

} // namespace crm::ui
