#pragma once
// The dashboard on paper: a report of the panels, scaled to the page width,
// as many pages as they need, with the title and filter settings on the
// first page and on each page's foot. Used for PDF files and printing.
#include <QList>
#include <QStringList>

class QPagedPaintDevice;
class QWidget;

namespace crm::ui {

// Paints `panels` (as they are on screen) onto `device`, page after page.
// Returns false when the device cannot be painted on.
bool paintReport(QPagedPaintDevice& device, const QString& title, const QStringList& settings,
                 const QList<QWidget*>& panels);

} // namespace crm::ui
