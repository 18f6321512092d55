#pragma once
// Lists of customers for the desktop list and the CSV export: filtered,
// sorted, searched, and read page by page with keyset paging, so a page costs
// the same at the end of a million rows as at the start.
#include "crm/customer.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm {

class Database;

struct CustomerFilter {
    std::optional<Stage> stage;
    std::optional<CustomerKind> kind;
    std::string owner;    // exact; empty: any
    std::string tag;      // exact; empty: any
    std::string region;   // exact; empty: any
    std::string industry; // exact; empty: any
    std::string search;   // any part of name, code, email, phone, contacts
    // Only these customers (by id) when set: what a drill-down from an
    // analytics figure (an RFM cell, a segment, a stage flow) lists.
    std::optional<std::vector<std::int64_t>> ids;
};

// List columns whose distinct values fill the filter choices.
enum class CustomerField { Owner, Region, Industry, Tag };

enum class CustomerSort { Name, Code, Stage, Owner, LastPurchase, NetAmount, Industry, Region };

// One row of a customer list: the customer's list columns and aggregates.
struct CustomerRow {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    CustomerKind kind = CustomerKind::Organisation;
    std::string industry;
    std::string region;
    std::string phone;
    std::string email;
    std::string owner;
    Stage stage = Stage::Prospect;
    CustomerAggregates aggregates;
};

// Where the previous page ended: the sort value and id of its last row.
struct PageCursor {
    std::string sortText; // for text sorts
    std::int64_t sortNumber = 0; // for numeric sorts (NULL dates sort as 0)
    std::int64_t id = 0;
};

struct PageRequest {
    CustomerFilter filter;
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;
    std::optional<PageCursor> after;
    int limit = 100;
    // Rows to skip before the page (after the cursor, if any). Lets a list
    // jump into the middle without reading every page before it.
    std::int64_t offset = 0;
    // How many customers the filter matches, when the caller knows (a list
    // counts them first). With many matches of a search, a tag or an id
    // list, the page is read by walking the sort's index, testing each row.
    std::optional<std::int64_t> matching;
};

struct CustomerPage {
    std::vector<CustomerRow> rows;
    std::optional<PageCursor> next; // none on the last page
};

class CustomerQuery {
public:
    explicit CustomerQuery(const Database& db) : m_db(db) {}

    CustomerPage page(const PageRequest& request) const;
    std::int64_t count(const CustomerFilter& filter) const;
    // The distinct non-empty values of a field, sorted (case-insensitive).
    std::vector<std::string> distinctValues(CustomerField field) const;

    // How long a page of many matches may walk the sort's index, per match,
    // before it is read by looking the matches up instead (default 5 us).
    // Tests set 0 to take that way.
    static void setWalkBudgetPerMatch(std::chrono::nanoseconds budget);

private:
    CustomerPage readPage(const PageRequest& request, const char* tested) const;

    const Database& m_db;
};

} // namespace crm
