// Times one piece of work: a warm-up run, then N timed repetitions with
// `DispatchTime`, summarised as median and minimum in milliseconds.

import Dispatch

/// The timings of one benchmark.
struct Measurement {
    /// The benchmark's name, as `--only` selects it.
    var name: String
    /// The group it belongs to (`query`, `algorithm`, `setup`).
    var group: String
    /// Each timed repetition, in milliseconds.
    var samples: [Double]
    /// A short description of the answer, to compare with the peers' answers.
    var answer: String

    /// The median repetition (the mean of the two middle ones for an even count).
    /// - Complexity: O(n log n).
    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The fastest repetition.
    /// - Complexity: O(n).
    var minimum: Double { samples.min() ?? 0 }
}

/// Wall-clock timing with `DispatchTime` (monotonic, nanoseconds).
enum Timer {
    /// Milliseconds since `start`.
    /// - Complexity: O(1).
    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }

    /// Runs `body` once untimed (warm-up; its answer is kept), then `repetitions` times timed.
    /// - Complexity: (repetitions + 1) × the cost of `body`.
    static func measure(
        name: String, group: String, repetitions: Int, _ body: () throws -> String
    ) rethrows -> Measurement {
        let answer = try body()
        var samples: [Double] = []
        samples.reserveCapacity(repetitions)
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now()
            _ = try body()
            samples.append(milliseconds(since: start))
        }
        return Measurement(name: name, group: group, samples: samples, answer: answer)
    }
}
