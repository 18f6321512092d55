#pragma once
// What the demo generator decides for one customer before anything is
// written: the customer, its contacts, purchases, contact history and manual
// stage changes. Every plan depends only on (seed, index, asOf).
// Internal to src/crm/demo.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/demo/demo_names.h"
#include "crm/interaction.h"
#include "crm/stage.h"
#include "crm/transaction.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace crm::demo {

// How a customer buys over the three years of history.
enum class Buyer { Prospect, OneOff, Light, Regular, Seasonal, Heavy };
enum class Trend { Steady, Declining, Churned };

struct BuyingPattern {
    Buyer buyer = Buyer::Prospect;
    Trend trend = Trend::Steady;
    double perYear = 0;   // purchases a year at the customer's best
    Date start;           // first day it may buy
    Date stop;            // churned: last day it buys; otherwise asOf
    int peakMonth = 12;   // seasonal buyers
    Money ticket = 0;     // typical purchase, minor units
    int costPercent = 60; // cost as a share of the amount
};

// A contact-history entry and the follow-up that came of it, if any.
struct InteractionPlan {
    Interaction interaction;
    std::optional<std::size_t> contactIndex; // into CustomerPlan::contacts
    std::optional<FollowUp> followUp;
};

struct CustomerPlan {
    Customer customer;
    Language language = Language::Chinese;
    BuyingPattern buying;
    std::vector<Contact> contacts; // contacts[0] is the first primary contact
    std::optional<std::size_t> laterPrimary; // becomes primary on primaryChangeOn
    Date primaryChangeOn;
    std::vector<Transaction> transactions;
    std::vector<InteractionPlan> interactions;
    std::vector<StageChange> manualStages;
};

// The whole plan of customer `index` (0-based) of the data set of `seed`.
CustomerPlan planCustomer(std::uint64_t seed, std::int64_t index, const Date& asOf);

// Parts of planCustomer, each with its own random stream.
Customer makeCustomer(DemoRandom& rng, std::int64_t index, Language language, const Date& asOf);
void planContacts(DemoRandom& rng, CustomerPlan& plan, const Date& asOf);
BuyingPattern makeBuyingPattern(DemoRandom& rng, const Customer& customer, const Date& asOf);
std::vector<Transaction> makeTransactions(DemoRandom& rng, const CustomerPlan& plan,
                                          const Date& asOf);
void planContactHistory(DemoRandom& rng, CustomerPlan& plan, const Date& asOf);
void planManualStages(DemoRandom& rng, CustomerPlan& plan, const Date& asOf);

} // namespace crm::demo
