#pragma once
// The store calls behind the undoable edits of each kind of record, in one
// shape so one set of command templates (record_commands.h) serves them all:
// read a snapshot, add, update, remove, put a deleted one back (restore) and
// make a record what a snapshot says (setTo: undo and redo of an edit).
#include "crm/store/record_restore.h"

#include <cstdint>

namespace crm {
class Database;
}

namespace crm::ui {

// What an add must remember to be undone exactly, for kinds whose add
// changes nothing else: nothing (undo removes the record).
template <class Ops> struct PlainUndoOfAdd {
    struct Before {};
    static Before beforeAdd(const Database&, std::int64_t /*customerId*/) { return {}; }
    static void removeAdded(const Database& db, std::int64_t id, const Before&) {
        Ops::remove(db, id);
    }
};

// Adding a primary contact appends to the primary-contact history; undo
// puts the history (and the old primary) back as well.
struct ContactOps {
    using Before = PrimaryContactState;
    static Before beforeAdd(const Database& db, std::int64_t customerId);
    static void removeAdded(const Database& db, std::int64_t id, const Before& before);

    using Record = Contact;
    using Snapshot = ContactSnapshot; // with its links and the primary history
    static Snapshot read(const Database& db, std::int64_t id);
    static std::int64_t add(const Database& db, const Record& record, const Date& today);
    static void update(const Database& db, const Record& record, const Date& today);
    static void remove(const Database& db, std::int64_t id);
    static void restore(const Database& db, const Snapshot& snapshot);
    static void setTo(const Database& db, const Snapshot& snapshot) { restore(db, snapshot); }
    static const Record& record(const Snapshot& s) { return s.contact; }
};

struct TransactionOps : PlainUndoOfAdd<TransactionOps> {
    using Record = Transaction;
    using Snapshot = Transaction;
    static Snapshot read(const Database& db, std::int64_t id);
    static std::int64_t add(const Database& db, const Record& record, const Date& today);
    static void update(const Database& db, const Record& record, const Date& today);
    static void remove(const Database& db, std::int64_t id);
    static void restore(const Database& db, const Snapshot& snapshot);
    static void setTo(const Database& db, const Snapshot& s) { update(db, s, {}); }
    static const Record& record(const Snapshot& s) { return s; }
};

struct InteractionOps : PlainUndoOfAdd<InteractionOps> {
    using Record = Interaction;
    using Snapshot = InteractionSnapshot; // with the follow-ups that came of it
    static Snapshot read(const Database& db, std::int64_t id);
    static std::int64_t add(const Database& db, const Record& record, const Date& today);
    static void update(const Database& db, const Record& record, const Date& today);
    static void remove(const Database& db, std::int64_t id);
    static void restore(const Database& db, const Snapshot& snapshot);
    static void setTo(const Database& db, const Snapshot& s) { update(db, s.interaction, {}); }
    static const Record& record(const Snapshot& s) { return s.interaction; }
};

struct FollowUpOps : PlainUndoOfAdd<FollowUpOps> {
    using Record = FollowUp;
    using Snapshot = FollowUp;
    static Snapshot read(const Database& db, std::int64_t id);
    static std::int64_t add(const Database& db, const Record& record, const Date& today);
    static void update(const Database& db, const Record& record, const Date& today);
    static void remove(const Database& db, std::int64_t id);
    static void restore(const Database& db, const Snapshot& snapshot);
    static void setTo(const Database& db, const Snapshot& s) { update(db, s, {}); }
    static const Record& record(const Snapshot& s) { return s; }
};

} // namespace crm::ui
