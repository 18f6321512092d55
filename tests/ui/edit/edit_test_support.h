#pragma once
// What the edit tests share: a session on a demo database with the edit
// controller over a parent window, and ways to fill the open dialog.
#include "../ui_test_support.h"
#include "edit/edit_controller.h"
#include "edit/edit_dialog.h"
#include "main/session.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>
#include <memory>

namespace crm::ui::test {

struct EditFixture {
    QWidget window;
    Session session;
    std::unique_ptr<EditController> editor;

    explicit EditFixture(const QString& databasePath) {
        session.setToday(kDemoToday);
        session.open(databasePath);
        editor = std::make_unique<EditController>(&session, &window);
        window.resize(900, 700);
        window.show();
    }
    const Database& db() const { return session.database(); }
    EditDialog* dialog() const { return editor->openDialog(); }
};

// The dialog's input named `name` (objectName from the .ui form).
template <class Widget = QLineEdit> Widget* field(QWidget* dialog, const char* name) {
    return dialog->findChild<Widget*>(QString::fromLatin1(name));
}

// Replaces the text of a line edit the way a user does: select all, type.
inline void typeInto(QWidget* dialog, const char* name, const QString& text) {
    QLineEdit* edit = field(dialog, name);
    edit->selectAll();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // what an input method does (QTest types Latin-1 only)
}

inline QPushButton* okButton(QWidget* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace crm::ui::test
