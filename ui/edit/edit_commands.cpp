#include "edit/edit_commands.h"

#include "crm/store/customer_store.h"

namespace crm::ui {

CommandPtr addCustomerCommand(Session* session, QWidget* parent, qint64 id, const QString& text) {
    auto added = std::make_shared<std::optional<CustomerSnapshot>>();
    return std::make_unique<StoreCommand>(
        session, parent, id, text,
        [session, added] { RecordRestore(session->database()).restore(added->value()); },
        [session, added, id] {
            *added = RecordRestore(session->database()).readCustomer(id);
            CustomerStore(session->database()).remove(id);
        });
}

CommandPtr editCustomerCommand(Session* session, QWidget* parent, const Customer& before,
                               const Customer& after, const QString& text) {
    return std::make_unique<StoreCommand>(
        session, parent, before.id, text,
        [session, after] { CustomerStore(session->database()).update(after); },
        [session, before] { CustomerStore(session->database()).update(before); });
}

CommandPtr deleteCustomerCommand(Session* session, QWidget* parent, const CustomerSnapshot& before,
                                 const QString& text) {
    return std::make_unique<StoreCommand>(
        session, parent, before.customer.id, text,
        [session, id = before.customer.id] { CustomerStore(session->database()).remove(id); },
        [session, before] { RecordRestore(session->database()).restore(before); });
}

} // namespace crm::ui
