#pragma once
// The undoable edits: for customers, and (as templates over record_ops.h)
// for contacts, transactions, interactions and follow-ups. Each is made
// after its change was made in the store (see StoreCommand); deleted and
// re-added rows come back with their ids, so later steps still find them.
#include "crm/customer.h"
#include "crm/store/record_restore.h"
#include "edit/store_command.h"
#include "main/session.h"

#include <memory>
#include <optional>

namespace crm::ui {

using CommandPtr = std::unique_ptr<QUndoCommand>;

// Customer `id` was just added.
CommandPtr addCustomerCommand(Session* session, QWidget* parent, qint64 id, const QString& text);
CommandPtr editCustomerCommand(Session* session, QWidget* parent, const Customer& before,
                               const Customer& after, const QString& text);
// The customer of `before` was just deleted.
CommandPtr deleteCustomerCommand(Session* session, QWidget* parent, const CustomerSnapshot& before,
                                 const QString& text);

// Record `id` was just added; `before` is what Ops::beforeAdd read first.
template <class Ops>
CommandPtr addRecordCommand(Session* session, QWidget* parent, qint64 id, qint64 customerId,
                            const typename Ops::Before& before, const QString& text) {
    auto added = std::make_shared<std::optional<typename Ops::Snapshot>>();
    return std::make_unique<StoreCommand>(
        session, parent, customerId, text,
        [session, added] { Ops::restore(session->database(), added->value()); },
        [session, added, id, before] {
            *added = Ops::read(session->database(), id);
            Ops::removeAdded(session->database(), id, before);
        });
}

// The record of `before` was just changed.
template <class Ops>
CommandPtr editRecordCommand(Session* session, QWidget* parent,
                             const typename Ops::Snapshot& before, const QString& text) {
    const auto& record = Ops::record(before);
    auto after = std::make_shared<std::optional<typename Ops::Snapshot>>();
    return std::make_unique<StoreCommand>(
        session, parent, record.customerId, text,
        [session, after] { Ops::setTo(session->database(), after->value()); },
        [session, after, before, id = record.id] {
            *after = Ops::read(session->database(), id);
            Ops::setTo(session->database(), before);
        });
}

// The record of `before` was just deleted.
template <class Ops>
CommandPtr deleteRecordCommand(Session* session, QWidget* parent,
                               const typename Ops::Snapshot& before, const QString& text) {
    const auto& record = Ops::record(before);
    return std::make_unique<StoreCommand>(
        session, parent, record.customerId, text,
        [session, id = record.id] { Ops::remove(session->database(), id); },
        [session, before] { Ops::restore(session->database(), before); });
}

} // namespace crm::ui
