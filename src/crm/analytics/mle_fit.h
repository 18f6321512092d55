#pragma once
// Maximum-likelihood fitting over log-parameters with NLopt, shared by the
// BG/NBD and Gamma-Gamma models: gradient search from several starts, a
// derivative-free polish when the gradient search stalls, and an honest
// verdict on whether the optimum was reached.
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace crm::clv {

struct FitOptions {
    int maxEvaluations = 4000;     // per optimiser run
    double relativeTolerance = 1e-12;
    // Polled at every likelihood evaluation; returning true stops the fit
    // (the result then says "cancelled" and is not converged).
    std::function<bool()> cancelRequested;
};

// What every fit reports besides its parameters.
struct FitStatus {
    bool converged = false;
    std::string message; // why not converged, or a caveat; empty when all is well
    int evaluations = 0;
};

// Log-likelihood as a function of log-parameters theta. When `gradient` is not
// empty it receives d(log-likelihood)/d(theta).
using LogLikelihood =
    std::function<double(std::span<const double> theta, std::span<double> gradient)>;

struct MleOutcome {
    std::vector<double> theta;
    double logLikelihood = 0.0;
    FitStatus status;
};

// Maximises `f` from each start and keeps the highest. Converged means: the
// optimiser stopped normally, the gradient is below `gradientTolerance`, no
// log-parameter sits at its bound (+-kLogParameterBound), and none is
// unidentified: multiplying or dividing any one parameter by e must lower the
// log-likelihood by at least kIdentifiedDrop. (A gradient test alone is fooled
// by a likelihood that creeps towards an asymptote, e.g. b -> infinity when
// nobody drops out: the gradient vanishes there too.) `names` name the
// parameters in messages.
MleOutcome maximizeLogLikelihood(const LogLikelihood& f,
                                 std::span<const std::vector<double>> starts,
                                 std::span<const char* const> names, double gradientTolerance,
                                 const FitOptions& options);

inline constexpr double kLogParameterBound = 20.0;
inline constexpr double kIdentifiedDrop = 1e-2;

} // namespace crm::clv
