#pragma once
// The domain's typed errors: each says what failed and where.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace crm {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct FieldError {
    std::string field;
    std::string message;
};

// Bad values: one entry per field at fault, "email: 'x@' is not an email address".
class ValidationError : public Error {
public:
    explicit ValidationError(std::vector<FieldError> errors);
    const std::vector<FieldError>& errors() const { return m_errors; }

private:
    std::vector<FieldError> m_errors;
};

class NotFoundError : public Error {
public:
    using Error::Error;
};

// Something a user typed collides with stored data (duplicate code...).
class ConflictError : public Error {
public:
    using Error::Error;
};

// The file cannot be used: not ours, damaged, too new, locked, read-only.
class StoreError : public Error {
public:
    enum class Kind { NotADatabase, Damaged, TooNew, Busy, ReadOnly, Io, Other };
    StoreError(Kind kind, const std::string& message) : Error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// The store's error for an exception that escaped from the SQL layer
// (a damaged page met in the middle of a read, a full disk): nullopt for
// any other exception. For the outermost catch of the CLI and the app.
std::optional<StoreError> storeErrorFor(const std::exception& e);

} // namespace crm
