#include "crm/demo/demo_generator.h"

#include "crm/demo/demo_plan.h"
#include "crm/errors.h"
#include "crm/hand_off.h"
#include "crm/store/audit_log.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_bulk_load.h"
#include "crm/validation.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <optional>
#include <stdexcept>
#include <thread>

namespace crm::demo {

namespace {

constexpr std::size_t kTransactionsPerCall = 5000;

// Adds the seconds from its creation to its end to one phase.
class PhaseTimer {
public:
    explicit PhaseTimer(double& phase) : m_phase(phase), m_start(std::chrono::steady_clock::now()) {}
    ~PhaseTimer() {
        m_phase += std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;

private:
    double& m_phase;
    std::chrono::steady_clock::time_point m_start;
};

// Writes the plans of one batch of customers through the domain stores,
// inside the caller's unit of work.
class BatchWriter {
public:
    BatchWriter(const Database& db, Summary& summary)
        : m_db(db), m_summary(summary), m_contacts(db), m_interactions(db), m_followUps(db),
          m_stages(db) {}

    void write(std::vector<CustomerPlan>& plans, TransactionBulkLoad& transactions) {
        const std::vector<std::int64_t> ids = addCustomers(plans);
        {
            PhaseTimer timer(m_summary.seconds.records);
            std::vector<std::vector<std::int64_t>> contactIds;
            contactIds.reserve(plans.size());
            for (std::size_t i = 0; i < plans.size(); ++i)
                contactIds.push_back(addContacts(plans[i], ids[i]));
            addInteractions(plans, ids, contactIds);
            for (std::size_t i = 0; i < plans.size(); ++i)
                addStages(plans[i], ids[i]);
        }
        addTransactions(plans, ids, transactions);
    }

    std::vector<std::int64_t> addCustomers(const std::vector<CustomerPlan>& plans) {
        PhaseTimer timer(m_summary.seconds.customers);
        std::vector<Customer> customers;
        customers.reserve(plans.size());
        for (const CustomerPlan& p : plans)
            customers.push_back(p.customer);
        return CustomerStore(m_db).addBatch(customers);
    }

    std::vector<std::int64_t> addContacts(CustomerPlan& plan, std::int64_t id) {
        PhaseTimer timer(m_summary.seconds.contacts);
        std::vector<std::int64_t> contactIds;
        for (Contact& contact : plan.contacts) {
            contact.customerId = id;
            contactIds.push_back(m_contacts.add(contact, plan.customer.createdOn));
        }
        if (plan.laterPrimary)
            m_contacts.makePrimary(contactIds[*plan.laterPrimary], plan.primaryChangeOn);
        return contactIds;
    }

    // All of the batch's interactions in one call, then the follow-ups that
    // came of them.
    void addInteractions(std::vector<CustomerPlan>& plans, const std::vector<std::int64_t>& ids,
                         const std::vector<std::vector<std::int64_t>>& contactIds) {
        std::vector<Interaction> rows;
        for (std::size_t i = 0; i < plans.size(); ++i)
            for (InteractionPlan& p : plans[i].interactions) {
                p.interaction.customerId = ids[i];
                if (p.contactIndex)
                    p.interaction.contactId = contactIds[i][*p.contactIndex];
                rows.push_back(std::move(p.interaction)); // counted before, not read again
            }
        std::vector<std::int64_t> interactionIds;
        {
            PhaseTimer timer(m_summary.seconds.interactions);
            interactionIds = m_interactions.addBatch(rows);
        }
        PhaseTimer timer(m_summary.seconds.followUps);
        std::size_t k = 0;
        for (std::size_t i = 0; i < plans.size(); ++i)
            for (InteractionPlan& p : plans[i].interactions) {
                const std::int64_t interactionId = interactionIds[k++];
                if (!p.followUp)
                    continue;
                p.followUp->customerId = ids[i];
                p.followUp->interactionId = interactionId;
                m_followUps.add(*p.followUp);
            }
    }

    void addStages(const CustomerPlan& plan, std::int64_t id) {
        PhaseTimer timer(m_summary.seconds.stages);
        for (const StageChange& change : plan.manualStages)
            m_stages.setManualBeforeReplay(id, change.to, change.on, change.reason); // replayed at the end
    }

    void addTransactions(std::vector<CustomerPlan>& plans, const std::vector<std::int64_t>& ids,
                         TransactionBulkLoad& load) {
        PhaseTimer timer(m_summary.seconds.transactions);
        std::vector<Transaction> rows;
        for (std::size_t i = 0; i < plans.size(); ++i) {
            for (Transaction& t : plans[i].transactions) {
                t.customerId = ids[i];
                rows.push_back(std::move(t));
            }
            if (rows.size() >= kTransactionsPerCall || i + 1 == plans.size()) {
                load.add(rows);
                rows.clear();
            }
        }
    }

    const Database& m_db;
    Summary& m_summary;
    ContactStore m_contacts;
    InteractionStore m_interactions;
    FollowUpStore m_followUps;
    StageStore m_stages;
};

void count(Summary& s, const CustomerPlan& plan, const Date& asOf) {
    ++s.customers;
    ++(plan.customer.kind == CustomerKind::Organisation ? s.organisations : s.persons);
    s.contacts += static_cast<std::int64_t>(plan.contacts.size());
    s.primaryContactChanges += plan.laterPrimary ? 1 : 0;
    s.transactions += static_cast<std::int64_t>(plan.transactions.size());
    s.refunds += std::count_if(plan.transactions.begin(), plan.transactions.end(),
                               [](const Transaction& t) { return t.amount < 0; });
    s.interactions += static_cast<std::int64_t>(plan.interactions.size());
    for (const InteractionPlan& p : plan.interactions) {
        s.complaints += p.interaction.type == InteractionType::Complaint ? 1 : 0;
        s.followUps += p.followUp ? 1 : 0;
        s.overdueFollowUps += p.followUp && !p.followUp->done && p.followUp->due < asOf ? 1 : 0;
    }
    s.stageChanges += static_cast<std::int64_t>(plan.manualStages.size());
}

void requireEmpty(const Database& db) {
    if (CustomerQuery(db).count({}) > 0)
        throw Error("demo data goes into an empty database; this one already has customers");
}

std::vector<CustomerPlan> planBatch(const Options& options, std::int64_t first, std::int64_t n) {
    std::vector<CustomerPlan> plans;
    plans.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = first; i < first + n; ++i) {
        plans.push_back(planCustomer(options.seed, i, options.asOf));
        // Checked here, on the drawing thread: the bulk load takes valid rows.
        for (const Transaction& t : plans.back().transactions)
            throwIfInvalid(validate(t));
    }
    return plans;
}

struct PlannedBatch {
    std::vector<CustomerPlan> plans;
    double seconds = 0; // spent drawing them
};

// Draws the batches on a thread of its own, up to two ahead of the writer:
// drawing the data and storing it share the cores. Each customer's data
// depends only on the seed and its number, so the result is the same.
class BatchPlanner {
public:
    BatchPlanner(const Options& options, std::int64_t total, std::int64_t batch)
        : m_batches(2), m_thread([this, options, total, batch] { run(options, total, batch); }) {}
    ~BatchPlanner() {
        m_batches.stop();
        m_thread.join();
    }
    BatchPlanner(const BatchPlanner&) = delete;
    BatchPlanner& operator=(const BatchPlanner&) = delete;

    // The next batch, in order; rethrows what drawing it threw.
    PlannedBatch next() {
        auto planned = m_batches.pop();
        if (!planned) {
            if (m_failed)
                std::rethrow_exception(m_failed);
            throw std::logic_error("demo: asked for more batches than planned");
        }
        return std::move(*planned);
    }

    // Hands written plans back: they are freed on the drawing thread, which
    // has time to spare, not on the writing one.
    void recycle(std::vector<CustomerPlan> plans) { m_spent.add(std::move(plans)); }

private:

    void run(const Options& options, std::int64_t total, std::int64_t batch) {
        try {
            for (std::int64_t done = 0; done < total;) {
                m_spent.free();
                const std::int64_t n = std::min(batch, total - done);
                PlannedBatch planned;
                {
                    PhaseTimer timer(planned.seconds);
                    planned.plans = planBatch(options, done, n);
                }
                if (!m_batches.push(std::move(planned)))
                    return; // the writer stopped
                done += n;
            }
            m_batches.close();
        } catch (...) {
            m_failed = std::current_exception(); // read after pop() saw the stop
            m_batches.stop();
        }
    }

    HandOff<PlannedBatch> m_batches;
    std::exception_ptr m_failed;
    Leftovers<std::vector<CustomerPlan>> m_spent;
    std::thread m_thread;
};

// One unit of work: a database transaction with the transactions going in as
// a bulk load. Rolled back unless committed.
class Unit {
public:
    explicit Unit(const Database& db) : m_tx(db), m_load(db) {}
    TransactionBulkLoad& transactions() { return m_load; }
    void commit() {
        m_load.finish();
        m_tx.commit(); // writes the unit's search entries
    }

private:
    WriteTransaction m_tx;
    TransactionBulkLoad m_load; // after m_tx: given up before the rollback
};

} // namespace

Summary generate(const Database& db, const Options& options) {
    requireEmpty(db);
    const audit::Suspension synthesis(db); // no user made these changes
    Summary summary;   // what committed units hold
    Summary written = summary; // and the unit being written
    BatchWriter writer(db, written);
    const std::int64_t total = std::max<std::int64_t>(0, options.customers);
    const std::int64_t batch = std::max<std::int64_t>(1, options.batchSize);
    const std::int64_t perUnit = std::max<std::int64_t>(1, options.customersPerUnit);
    BatchPlanner planner(options, total, batch);
    std::optional<Unit> unit;
    std::int64_t inUnit = 0;
    for (std::int64_t done = 0; done < total;) {
        const std::int64_t n = std::min(batch, total - done);
        PlannedBatch planned = planner.next();
        std::vector<CustomerPlan>& plans = planned.plans;
        written.seconds.planning += planned.seconds; // on the planner's thread, beside the writing
        if (!unit)
            unit.emplace(db);
        for (const CustomerPlan& plan : plans)
            count(written, plan, options.asOf);
        writer.write(plans, unit->transactions());
        planner.recycle(std::move(plans));
        done += n;
        inUnit += n;
        if (inUnit >= perUnit || done == total) {
            PhaseTimer commitTimer(written.seconds.commit);
            unit->commit();
            unit.reset();
            inUnit = 0;
        }
        if (!unit)
            summary = written; // counts only once the unit is stored
        if (options.progress && !options.progress(done, total) && done < total) {
            unit.reset(); // rolled back
            summary.seconds = written.seconds;
            summary.cancelled = true;
            return summary;
        }
    }
    // Stages as the rules derive them from the history, so the demo shows
    // customers in every stage (and those who stopped buying as Decline or Lost).
    PhaseTimer timer(summary.seconds.lifecycle);
    summary.derivedStageChanges = replayLifecycles(db, options.asOf).derivedChanges;
    return summary;
}

} // namespace crm::demo
