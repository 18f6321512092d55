#include "crm/errors.h"

namespace crm {

namespace {
std::string describe(const std::vector<FieldError>& errors) {
    std::string text;
    for (const auto& e : errors) {
        if (!text.empty())
            text += "; ";
        text += e.field + ": " + e.message;
    }
    return text;
}
} // namespace

ValidationError::ValidationError(std::vector<FieldError> errors)
    : Error(describe(errors)), m_errors(std::move(errors)) {}

} // namespace crm
