#pragma once
// The dashboard on paper: a report of the panels, scaled to the page width,
// as many pages as they need, with the title and filter settings on the
// first page and on each page's foot. Used for PDF files and printing, and
// as images to look at.
#include <QImage>
#include <QList>
#include <QStringList>

class QPagedPaintDevice;
class QWidget;

namespace crm::ui {

struct Report {
    QString title;
    QStringList settings; // one line each
    QList<QWidget*> panels; // painted as they are on screen
};

// Paints `report` onto `device`, page after page; false when the device
// cannot be painted on.
bool paintReport(QPagedPaintDevice& device, const Report& report);

// The same pages as images of `pageSize` pixels at `dotsPerInch`.
QList<QImage> reportImages(const Report& report, const QSize& pageSize, int dotsPerInch);

} // namespace crm::ui
