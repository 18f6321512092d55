// Contacts and interactions from CSV: written one by one through their
// stores (savepoints inside the import's unit of work). A contact of the same
// customer and name, or an interaction of the same customer, date, time, type
// and subject, is a duplicate and follows --on-duplicate.
#include "crm/csv/customer_codes.h"
#include "crm/csv/import_importers.h"
#include "crm/csv/import_values.h"
#include "crm/names.h"
#include "crm/store/contact_store.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "crm/validation.h"

namespace crm::csv {

namespace {

// What contacts and interactions share: the customer column and the policy.
class RecordImporter : public RowImporter {
public:
    RecordImporter(const Database& db, const ImportOptions& options)
        : m_db(db), m_options(options), m_codes(CustomerCodes::load(db)) {}
    void flush(ImportCounts&) override {}

protected:
    std::int64_t customerId(const ImportRows& row, std::vector<FieldError>& errors) const {
        const std::string code = row.value(0); // field 0 is the customer of both kinds
        if (const auto id = m_codes.find(code))
            return *id;
        errors.push_back({"customer", code.empty() ? "is required"
                                                   : "no customer with code " + inQuotes(code)});
        return 0;
    }
    std::optional<Date> date(const std::string& text, const char* field,
                             std::vector<FieldError>& errors) const {
        if (const auto d = parseImportDate(text))
            return d;
        errors.push_back({field, inQuotes(text) + " is not a date (2026-06-30, 2026/6/30 or 30.06.2026)"});
        return std::nullopt;
    }
    // Runs `write` for a new record or, by policy, for a duplicate; store
    // validation failures become the row's errors.
    template <typename Write>
    std::vector<FieldError> apply(bool duplicate, ImportCounts& counts, Write write) {
        if (duplicate && m_options.onDuplicate == OnDuplicate::Skip) {
            ++counts.skipped;
            return {};
        }
        if (duplicate && m_options.onDuplicate == OnDuplicate::Error)
            return {{"row", "already stored (--on-duplicate skip or update)"}};
        try {
            write();
        } catch (const ValidationError& e) {
            return e.errors();
        }
        ++(duplicate ? counts.updated : counts.imported);
        return {};
    }

    const Database& m_db;
    const ImportOptions& m_options;
    CustomerCodes m_codes;
};

const std::vector<FieldSpec>& contactFields() {
    static const std::vector<FieldSpec> fields{
        {"customer", true, {"customer_id", "customer code", "code", "客户编号", "客户代码"}},
        {"name", true, {"contact", "contact name", "联系人", "姓名"}},
        {"role", false, {"角色", "职务"}},
        {"primary", false, {"is_primary", "主联系人"}},
        {"phone", false, {"telephone", "tel", "mobile", "电话", "手机"}},
        {"email", false, {"e-mail", "mail", "邮箱"}},
        {"birthday", false, {"生日"}},
    };
    return fields;
}

class ContactImporter : public RecordImporter {
public:
    using RecordImporter::RecordImporter;
    std::span<const FieldSpec> fields() const override { return contactFields(); }

    std::vector<FieldError> take(const ImportRows& row, ImportCounts& counts) override {
        std::vector<FieldError> errors;
        Contact c;
        c.customerId = customerId(row, errors);
        c.name = row.value(1);
        parseDetails(row, c, errors);
        for (auto& e : validate(c))
            errors.push_back(std::move(e));
        if (!errors.empty())
            return errors;
        ContactStore store(m_db);
        const auto existing = findByName(store, c);
        if (existing)
            c.id = existing->id;
        return apply(existing.has_value(), counts, [&] {
            existing ? store.update(c, m_options.today) : void(store.add(c, m_options.today));
        });
    }

private:
    void parseDetails(const ImportRows& row, Contact& c, std::vector<FieldError>& errors) const {
        if (const auto role = row.value(2); !role.empty()) {
            const auto r = parseContactRole(role);
            r ? void(c.role = *r) : errors.push_back({"role", inQuotes(role) + " is not a role"});
        }
        const auto primary = parseYesNo(row.value(3));
        primary ? void(c.primary = *primary)
                : errors.push_back({"primary", inQuotes(row.value(3)) + " is not yes or no"});
        c.phone = row.value(4);
        c.email = row.value(5);
        if (const auto birthday = row.value(6); !birthday.empty())
            c.birthday = date(birthday, "birthday", errors);
    }
    static std::optional<Contact> findByName(const ContactStore& store, const Contact& c) {
        for (auto& existing : store.listFor(c.customerId))
            if (existing.name == c.name)
                return existing;
        return std::nullopt;
    }
};

const std::vector<FieldSpec>& interactionFields() {
    static const std::vector<FieldSpec> fields{
        {"customer", true, {"customer_id", "customer code", "code", "客户编号", "客户代码"}},
        {"date", true, {"day", "日期"}},
        {"time", false, {"时间"}},
        {"type", false, {"kind", "channel", "类型", "方式"}},
        {"subject", false, {"title", "主题"}},
        {"text", false, {"body", "details", "description", "内容", "详情"}},
        {"outcome", false, {"result", "结果"}},
        {"logged_by", false, {"by", "user", "记录人"}},
        {"status", false, {"complaint status", "状态"}},
        {"resolution", false, {"处理结果"}},
        {"contact", false, {"contact name", "联系人"}}, // a contact of the customer, by name
    };
    return fields;
}

class InteractionImporter : public RecordImporter {
public:
    using RecordImporter::RecordImporter;
    std::span<const FieldSpec> fields() const override { return interactionFields(); }

    std::vector<FieldError> take(const ImportRows& row, ImportCounts& counts) override {
        std::vector<FieldError> errors;
        Interaction i;
        i.customerId = customerId(row, errors);
        i.date = date(row.value(1), "date", errors).value_or(Date(2000, 1, 1));
        parseDetails(row, i, errors);
        if (const auto contact = row.value(10); !contact.empty() && i.customerId != 0)
            i.contactId = contactNamed(i.customerId, contact, errors);
        for (auto& e : validate(i))
            errors.push_back(std::move(e));
        if (!errors.empty())
            return errors;
        InteractionStore store(m_db);
        const auto existing = findSame(store, i);
        if (existing)
            i.id = *existing;
        return apply(existing.has_value(), counts,
                     [&] { existing ? store.update(i) : void(store.add(i)); });
    }

private:
    void parseDetails(const ImportRows& row, Interaction& i, std::vector<FieldError>& errors) const {
        if (const auto time = row.value(2); !time.empty())
            i.minuteOfDay = minuteOfDay(time, errors);
        if (const auto type = row.value(3); !type.empty()) {
            const auto t = parseInteractionType(type);
            t ? void(i.type = *t) : errors.push_back({"type", inQuotes(type) + " is not a type"});
        }
        i.subject = row.value(4);
        i.text = row.text(5);
        i.outcome = row.text(6);
        i.loggedBy = row.value(7);
        if (const auto status = row.value(8); !status.empty()) {
            i.complaintStatus = parseComplaintStatus(status);
            if (!i.complaintStatus)
                errors.push_back({"status", inQuotes(status) + " is not a complaint status"});
        }
        i.resolution = row.text(9);
    }
    static int minuteOfDay(const std::string& text, std::vector<FieldError>& errors) {
        const auto colon = text.find(':');
        if (colon != std::string::npos && colon > 0 && colon <= 2 && text.size() - colon == 3) {
            const int h = std::stoi(text.substr(0, colon));
            const int m = std::stoi(text.substr(colon + 1));
            if (text.find_first_not_of("0123456789:") == std::string::npos && h < 24 && m < 60)
                return h * 60 + m;
        }
        errors.push_back({"time", inQuotes(text) + " is not a time (HH:MM)"});
        return 0;
    }
    std::optional<std::int64_t> contactNamed(std::int64_t customerId, const std::string& name,
                                             std::vector<FieldError>& errors) const {
        for (const auto& c : ContactStore(m_db).listFor(customerId))
            if (c.name == name)
                return c.id;
        errors.push_back({"contact", "the customer has no contact named " + inQuotes(name)});
        return std::nullopt;
    }
    static std::optional<std::int64_t> findSame(const InteractionStore& store, const Interaction& i) {
        for (const auto& e : store.listFor(i.customerId))
            if (e.date == i.date && e.minuteOfDay == i.minuteOfDay && e.type == i.type &&
                e.subject == i.subject)
                return e.id;
        return std::nullopt;
    }
};

} // namespace

std::span<const FieldSpec> contactFieldSpecs() { return contactFields(); }
std::span<const FieldSpec> interactionFieldSpecs() { return interactionFields(); }

std::unique_ptr<RowImporter> makeContactImporter(const Database& db, const ImportOptions& options) {
    return std::make_unique<ContactImporter>(db, options);
}

std::unique_ptr<RowImporter> makeInteractionImporter(const Database& db,
                                                     const ImportOptions& options) {
    return std::make_unique<InteractionImporter>(db, options);
}

} // namespace crm::csv
