#pragma once
// The app's message boxes, answerable by tests: setNextAnswer() makes the
// next box return that button at once instead of waiting for a click
// (the idea of KeePassXC's MessageBox).
#include <QMessageBox>

namespace crm::ui {

class MessageBox {
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title,
                                               const QString& text);

    // The answer of the next box (then boxes wait for the user again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many boxes were shown or answered so far: lets tests see that one was.
    static int shownCount();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon,
                                            const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace crm::ui
