// The likelihood of the yearly independent cascades and its maximum. A stakeholder-year with
// a_t exposed links of type t replicates with probability P = 1 − Π (1 − p_t)^a_t. With one
// shared p the log-likelihood is concave and its score decreasing, so the estimate is the
// score's root (bisection) and the 95% interval the profile-likelihood one (where twice the
// drop from the maximum reaches χ²₁(0.95) = 3.841). Per type, EM (Saito, Nakano & Kimura 2008)
// finds the maximum and the observed information gives Wald intervals on the logit scale.
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fitted link model: the probabilities, their covariance and the log-likelihood.
struct FittedLinks {
    var estimates: [CalibrationResult.Estimate]
    /// The probability of each exposure-vector entry (one shared, or one per type index).
    var probabilities: [Double]
    /// Their covariance from the observed information; nil when it is not defined (an
    /// estimate on the boundary).
    var covariance: [[Double]]?
    var logLikelihood: Double
}

enum LinkLikelihood {
    /// χ²₁ at 0.95.
    static let chiSquare95 = 3.841458820694124

    /// P = 1 − Π (1 − p_t)^a_t for one exposure pattern.
    static func adoption(_ counts: [Int32], _ p: [Double]) -> Double {
        var logMiss = 0.0
        for (t, a) in counts.enumerated() where a > 0 { logMiss += Double(a) * log1p(-min(p[t], 1)) }
        return -expm1(logMiss)
    }

    static func logLikelihood(_ obs: ExposureObservations, _ p: [Double]) -> Double {
        var total = 0.0
        for g in obs.groups {
            let adopt = adoption(g.counts, p)
            if g.successes > 0 { total += Double(g.successes) * log(adopt) }
            if g.trials > g.successes { total += Double(g.trials - g.successes) * log1p(-adopt) }
        }
        return total
    }

    /// The maximum-likelihood probabilities of `obs` (0, with an upper bound, when nothing
    /// replicated after an exposure).
    /// - Complexity: O(G) per step; bisection to 1e-12, EM to 1e-12 or 20,000 iterations.
    static func fit(_ obs: ExposureObservations, types: [String], byType: Bool) -> FittedLinks {
        byType ? fitPerType(obs, types: types) : fitShared(obs)
    }

    static func fitShared(_ obs: ExposureObservations) -> FittedLinks {
        func score(_ p: Double) -> Double {
            var s = 0.0
            let lq = log1p(-p)
            for g in obs.groups {
                let a = Double(g.counts[0])
                if g.successes > 0 { s += Double(g.successes) * a * exp((a - 1) * lq) / -expm1(a * lq) }
                s -= Double(g.trials - g.successes) * a / (1 - p)
            }
            return s
        }
        let failures = obs.groups.reduce(0) { $0 + ($1.trials - $1.successes) }
        var p: Double
        if failures == 0 {
            p = 1
        } else {
            var lo = 1e-15
            var hi = 1 - 1e-15
            for _ in 0..<200 {
                let mid = (lo + hi) / 2
                if score(mid) > 0 { lo = mid } else { hi = mid }
                if hi - lo < 1e-14 { break }
            }
            p = (lo + hi) / 2
        }
        let best = logLikelihood(obs, [p])
        let target = best - chiSquare95 / 2
        func ll(_ x: Double) -> Double { logLikelihood(obs, [x]) }
        let lower = profileBound(from: p, toward: 0, target: target, ll)
        let upper = failures == 0 ? 1 : profileBound(from: p, toward: 1, target: target, ll)
        let exposures = obs.groups.reduce(0) { $0 + $1.trials * Int($1.counts[0]) }
        var information = 0.0
        for g in obs.groups {
            // −d²ℓ/dp² for one group, from the per-type formula with one type
            information += informationTerm(g, [p], 0, 0)
        }
        return FittedLinks(
            estimates: [
                .init(
                    type: nil, probability: p, lower95: lower, upper95: upper, exposures: exposures,
                    adoptions: Double(obs.successes))
            ], probabilities: [p], covariance: information > 0 && p < 1 ? [[1 / information]] : nil,
            logLikelihood: best)
    }

    /// The point between `start` and `end` where the log-likelihood falls to `target`
    /// (`end` itself when it never does); the log-likelihood is unimodal with its top at `start`.
    static func profileBound(from start: Double, toward end: Double, target: Double, _ ll: (Double) -> Double)
        -> Double
    {
        let edge = end == 0 ? 0.0 : 1 - 1e-15
        if ll(edge) >= target { return end }
        var inside = start
        var outside = edge
        for _ in 0..<200 {
            let mid = (inside + outside) / 2
            if ll(mid) >= target { inside = mid } else { outside = mid }
            if abs(outside - inside) < 1e-13 { break }
        }
        return (inside + outside) / 2
    }

    static func fitPerType(_ obs: ExposureObservations, types: [String]) -> FittedLinks {
        let k = types.count
        var exposures = [Int](repeating: 0, count: k)
        for g in obs.groups { for t in 0..<k { exposures[t] += g.trials * Int(g.counts[t]) } }
        let totalExposure = max(1, exposures.reduce(0, +))
        var p = (0..<k).map {
            exposures[$0] > 0 ? min(0.5, max(1e-6, Double(obs.successes) / Double(totalExposure))) : 0
        }
        for _ in 0..<20_000 {
            var numerator = [Double](repeating: 0, count: k)
            for g in obs.groups where g.successes > 0 {
                let adopt = adoption(g.counts, p)
                guard adopt > 0 else { continue }
                for t in 0..<k where g.counts[t] > 0 {
                    numerator[t] += Double(g.successes) * Double(g.counts[t]) * p[t] / adopt
                }
            }
            var change = 0.0
            for t in 0..<k where exposures[t] > 0 {
                let next = numerator[t] / Double(exposures[t])
                change = max(change, abs(next - p[t]))
                p[t] = next
            }
            if change < 1e-12 { break }
        }
        let best = logLikelihood(obs, p)
        // observed information over the types with exposures
        let used = (0..<k).filter { exposures[$0] > 0 }
        var info = [[Double]](repeating: [Double](repeating: 0, count: used.count), count: used.count)
        for g in obs.groups {
            for (i, t) in used.enumerated() {
                for (j, s) in used.enumerated() { info[i][j] += informationTerm(g, p, t, s) }
            }
        }
        let inverse = invert(info)
        let target = best - chiSquare95 / 2
        var estimates: [CalibrationResult.Estimate] = []
        for (i, t) in used.enumerated() {
            var lower = 0.0
            var upper = 1.0
            let x = p[t]
            if x > 1e-9, x < 1 - 1e-9, let v = inverse?[i][i], v > 0 {
                let logit = log(x / (1 - x))
                let half = 1.96 * v.squareRoot() / (x * (1 - x))
                lower = 1 / (1 + exp(-(logit - half)))
                upper = 1 / (1 + exp(-(logit + half)))
            } else {
                // on the boundary: the likelihood bound with the other types held at their estimates
                func ll(_ y: Double) -> Double {
                    var q = p
                    q[t] = y
                    return logLikelihood(obs, q)
                }
                lower = x <= 1e-9 ? 0 : profileBound(from: x, toward: 0, target: target, ll)
                upper = x >= 1 - 1e-9 ? 1 : profileBound(from: x, toward: 1, target: target, ll)
            }
            let exposed = obs.groups.reduce(0) { $0 + ($1.counts[t] > 0 ? $1.successes : 0) }
            estimates.append(
                .init(
                    type: types[t], probability: x, lower95: lower, upper95: upper, exposures: exposures[t],
                    adoptions: Double(exposed)))
        }
        var covariance: [[Double]]?
        if let inverse, used.allSatisfy({ p[$0] > 1e-9 && p[$0] < 1 - 1e-9 }) {
            var full = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
            for (i, t) in used.enumerated() { for (j, s) in used.enumerated() { full[t][s] = inverse[i][j] } }
            covariance = full
        }
        return FittedLinks(estimates: estimates, probabilities: p, covariance: covariance, logLikelihood: best)
    }

    /// −∂²ℓ/∂p_t∂p_s of one group: successes contribute y·(r/P·a_t·a_s/(q_t·q_s) − [t = s]·r·a_t/q_t²),
    /// failures (n − y)·[t = s]·a_t/q_t², with P the adoption probability and r = (1 − P)/P.
    static func informationTerm(_ g: ExposureGroup, _ p: [Double], _ t: Int, _ s: Int) -> Double {
        let at = Double(g.counts[t])
        let bs = Double(g.counts[s])
        guard at > 0, bs > 0 else { return 0 }
        let qt = 1 - p[t]
        let qs = 1 - p[s]
        guard qt > 0, qs > 0 else { return 0 }
        let adopt = adoption(g.counts, p)
        var value = 0.0
        if g.successes > 0, adopt > 0 {
            let r = (1 - adopt) / adopt
            value += Double(g.successes) * (r / adopt * at * bs / (qt * qs) - (t == s ? r * at / (qt * qt) : 0))
        }
        if t == s { value += Double(g.trials - g.successes) * at / (qt * qt) }
        return value
    }

    /// The inverse of a small symmetric matrix (Gauss–Jordan with partial pivoting); nil when singular.
    static func invert(_ m: [[Double]]) -> [[Double]]? {
        let n = m.count
        guard n > 0 else { return [] }
        var a = m
        var inv = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for c in 0..<n {
            var pivot = c
            for r in c..<n where abs(a[r][c]) > abs(a[pivot][c]) { pivot = r }
            guard abs(a[pivot][c]) > 1e-300 else { return nil }
            a.swapAt(c, pivot)
            inv.swapAt(c, pivot)
            let d = a[c][c]
            for j in 0..<n {
                a[c][j] /= d
                inv[c][j] /= d
            }
            for r in 0..<n where r != c {
                let f = a[r][c]
                guard f != 0 else { continue }
                for j in 0..<n {
                    a[r][j] -= f * a[c][j]
                    inv[r][j] -= f * inv[c][j]
                }
            }
        }
        return inv
    }

    /// The expected successes of `obs` under `fitted`, with a standard error that adds the
    /// chance variation (a sum of Bernoulli trials) and the estimate's uncertainty (delta method).
    /// - Complexity: O(G · T²).
    static func predict(_ obs: ExposureObservations, with fitted: FittedLinks) -> (
        expected: Double, standardError: Double
    ) {
        let p = fitted.probabilities
        var expected = 0.0
        var variance = 0.0
        var gradient = [Double](repeating: 0, count: p.count)
        for g in obs.groups {
            let adopt = adoption(g.counts, p)
            expected += Double(g.trials) * adopt
            variance += Double(g.trials) * adopt * (1 - adopt)
            for t in 0..<p.count where g.counts[t] > 0 && p[t] < 1 {
                gradient[t] += Double(g.trials) * Double(g.counts[t]) * (1 - adopt) / (1 - p[t])
            }
        }
        if let c = fitted.covariance {
            for t in 0..<p.count { for s in 0..<p.count { variance += gradient[t] * c[t][s] * gradient[s] } }
        }
        return (expected, variance.squareRoot())
    }
}
