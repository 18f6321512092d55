#include "crm/analytics/mle_fit.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace crm::clv {

namespace {

struct NloptDeleter {
    void operator()(nlopt_opt opt) const { nlopt_destroy(opt); }
};
using NloptHandle = std::unique_ptr<std::remove_pointer_t<nlopt_opt>, NloptDeleter>;

// State shared with NLopt's C callback.
struct Evaluation {
    const LogLikelihood* f = nullptr;
    const FitOptions* options = nullptr;
    nlopt_opt opt = nullptr;
    int count = 0;
    bool cancelled = false;
};

double callback(unsigned n, const double* x, double* grad, void* data) {
    auto& eval = *static_cast<Evaluation*>(data);
    ++eval.count;
    if (eval.options->cancelRequested && eval.options->cancelRequested()) {
        eval.cancelled = true;
        nlopt_force_stop(eval.opt);
    }
    const std::span<double> gradient = grad ? std::span<double>(grad, n) : std::span<double>();
    const double value = (*eval.f)(std::span<const double>(x, n), gradient);
    if (std::isfinite(value))
        return value;
    std::fill(gradient.begin(), gradient.end(), 0.0);
    return -HUGE_VAL;
}

struct RunResult {
    nlopt_result code = NLOPT_FAILURE;
    double value = -HUGE_VAL;
};

RunResult runOptimiser(nlopt_algorithm algorithm, std::vector<double>& theta,
                       Evaluation& eval) {
    const auto n = static_cast<unsigned>(theta.size());
    NloptHandle opt(nlopt_create(algorithm, n));
    eval.opt = opt.get();
    nlopt_set_lower_bounds1(opt.get(), -kLogParameterBound);
    nlopt_set_upper_bounds1(opt.get(), kLogParameterBound);
    nlopt_set_max_objective(opt.get(), callback, &eval);
    nlopt_set_ftol_rel(opt.get(), eval.options->relativeTolerance);
    nlopt_set_xtol_rel(opt.get(), eval.options->relativeTolerance);
    nlopt_set_maxeval(opt.get(), eval.options->maxEvaluations);
    if (algorithm == NLOPT_LN_BOBYQA)
        nlopt_set_initial_step1(opt.get(), 0.1);
    RunResult result;
    result.code = nlopt_optimize(opt.get(), theta.data(), &result.value);
    eval.opt = nullptr;
    return result;
}

double largestGradient(const LogLikelihood& f, std::span<const double> theta) {
    std::vector<double> gradient(theta.size());
    f(theta, gradient);
    double largest = 0.0;
    for (double g : gradient)
        largest = std::max(largest, std::isfinite(g) ? std::abs(g) : HUGE_VAL);
    return largest;
}

// The first parameter whose change by a factor e in some direction costs
// (almost) no likelihood; -1 when every parameter is pinned down.
int flatParameter(const LogLikelihood& f, std::span<const double> theta, double best) {
    std::vector<double> moved(theta.begin(), theta.end());
    for (std::size_t i = 0; i < theta.size(); ++i) {
        for (double step : {-1.0, 1.0}) {
            moved[i] = theta[i] + step;
            const double value = f(moved, {});
            if (!(best - value >= kIdentifiedDrop) && std::isfinite(value)) {
                return static_cast<int>(i);
            }
        }
        moved[i] = theta[i];
    }
    return -1;
}

bool atBound(std::span<const double> theta) {
    return std::any_of(theta.begin(), theta.end(), [](double v) {
        return std::abs(v) > kLogParameterBound - 1e-3;
    });
}

// One optimiser run from a start: its end point and how it stopped.
struct Candidate {
    std::vector<double> theta;
    double value = -HUGE_VAL;
    nlopt_result code = NLOPT_FAILURE;
    bool cancelled = false;
};

// Gradient search, then a derivative-free polish if the gradient is not yet small.
Candidate searchFrom(const LogLikelihood& f, std::vector<double> theta, double gradientTolerance,
                     Evaluation& eval) {
    RunResult run = runOptimiser(NLOPT_LD_LBFGS, theta, eval);
    if (!eval.cancelled && largestGradient(f, theta) > gradientTolerance) {
        run = runOptimiser(NLOPT_LN_BOBYQA, theta, eval);
        if (!eval.cancelled)
            run = runOptimiser(NLOPT_LD_LBFGS, theta, eval);
    }
    const double value = f(theta, {});
    return {std::move(theta), std::isfinite(value) ? value : -HUGE_VAL, run.code, eval.cancelled};
}

// Empty when the candidate is a proper maximum, else why not.
std::string verdict(const LogLikelihood& f, const Candidate& best,
                    std::span<const char* const> names, double gradientTolerance) {
    if (best.cancelled)
        return "cancelled";
    if (!std::isfinite(best.value))
        return "the log-likelihood is not finite at the estimate";
    const double gradient = largestGradient(f, best.theta);
    if (best.code == NLOPT_MAXEVAL_REACHED && gradient > gradientTolerance)
        return "the optimiser reached its evaluation limit";
    if (atBound(best.theta))
        return "a parameter ran to the edge of its range: the data do not identify the model";
    if (const int flat = flatParameter(f, best.theta, best.value); flat >= 0)
        return std::string("the likelihood is flat in ") + names[static_cast<std::size_t>(flat)] +
               ": the data do not identify the model";
    if (gradient > gradientTolerance)
        return std::string("the optimiser stopped (") + nlopt_result_to_string(best.code) +
               ") where the gradient is not zero";
    return {};
}

} // namespace

MleOutcome maximizeLogLikelihood(const LogLikelihood& f,
                                 std::span<const std::vector<double>> starts,
                                 std::span<const char* const> names, double gradientTolerance,
                                 const FitOptions& options) {
    Evaluation eval{&f, &options};
    Candidate best;
    for (const std::vector<double>& start : starts) {
        Candidate candidate = searchFrom(f, start, gradientTolerance, eval);
        if (best.theta.empty() || candidate.value > best.value || candidate.cancelled)
            best = std::move(candidate);
        if (best.cancelled)
            break;
    }
    MleOutcome outcome;
    if (best.theta.empty()) {
        outcome.status.message = "no starting point";
        return outcome;
    }
    outcome.status.message = verdict(f, best, names, gradientTolerance);
    outcome.status.converged = outcome.status.message.empty();
    outcome.status.evaluations = eval.count;
    outcome.logLikelihood = best.value;
    outcome.theta = std::move(best.theta);
    return outcome;
}

} // namespace crm::clv
