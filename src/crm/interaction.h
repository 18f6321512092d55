#pragma once
// Every contact with the customer (calls, visits, complaints...) and the
// follow-ups that come of them.
#include "crm/date.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm {

enum class InteractionType { Call, Visit, Email, Meeting, Complaint, Note };
enum class ComplaintStatus { Open, InProgress, Resolved };

struct Interaction {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> contactId;
    Date date;
    int minuteOfDay = 0; // 0..1439, local time
    InteractionType type = InteractionType::Note;
    std::string subject;
    std::string text;
    std::string outcome;
    std::string loggedBy;
    std::optional<ComplaintStatus> complaintStatus; // complaints only
    std::string resolution;
};

struct FollowUp {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    Date due;
    std::string subject;
    std::optional<Date> done;
    std::optional<std::int64_t> interactionId; // the interaction it came from
};

} // namespace crm
