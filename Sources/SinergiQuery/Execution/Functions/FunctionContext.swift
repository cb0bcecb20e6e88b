// What a scalar function may read besides its arguments: the graph (for
// labels(), type(), properties() …), the statement's random generator (rand())
// and the statement clock (date() with no arguments, timestamp(), datetime(), …),
// fixed once per statement so every row sees the same "now", to the nanosecond.

import Foundation
import SinergiGraph

/// The environment scalar functions run in.
///
/// `PropertyGraph` is a copy-on-write value: keep one owner. An engine that also
/// mutates the graph should either keep it *inside* the context for the whole
/// statement (`context.graph.setProperty(…)`) or refresh `context.graph` after each
/// write; holding a second copy while writing forces a full copy of the store.
public struct FunctionContext: Sendable {
    /// The graph entity arguments belong to.
    public var graph: PropertyGraph
    /// The statement's random generator.
    public var random: SplitMix64
    /// The statement clock in milliseconds since 1970-01-01T00:00Z.
    public var epochMilliseconds: Int64
    /// The statement clock's nanoseconds below the millisecond (0 when the clock was given).
    public var subMillisecondNanoseconds: Int64 = 0

    /// Creates a context. Without a seed the generator is seeded from the system;
    /// without a clock the current time is used.
    ///
    /// - Complexity: O(1).
    public init(graph: PropertyGraph, seed: UInt64? = nil, epochMilliseconds: Int64? = nil) {
        self.graph = graph
        self.random = SplitMix64(seed: seed ?? UInt64.random(in: .min ... .max))
        if let epochMilliseconds {
            self.epochMilliseconds = epochMilliseconds
        } else {
            let now = FunctionContext.systemClock()
            self.epochMilliseconds = now.seconds * 1000 + now.nanoseconds / 1_000_000
            self.subMillisecondNanoseconds = now.nanoseconds % 1_000_000
        }
    }

    /// The statement clock as seconds since 1970-01-01T00:00Z and nanoseconds of that second
    /// (`date.statement()`, `datetime()`, … all read it, so every row sees the same instant).
    ///
    /// - Complexity: O(1).
    public var clock: (seconds: Int64, nanoseconds: Int64) {
        let seconds = epochMilliseconds >= 0 ? epochMilliseconds / 1000 : (epochMilliseconds - 999) / 1000
        return (seconds, (epochMilliseconds - seconds * 1000) * 1_000_000 + subMillisecondNanoseconds)
    }

    /// The system's wall clock now (what `…realtime()` reads), to the precision the system gives.
    ///
    /// - Complexity: O(1).
    public static func systemClock() -> (seconds: Int64, nanoseconds: Int64) {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return (Int64(spec.tv_sec), Int64(spec.tv_nsec))
    }

    /// Today's date (UTC) by the statement clock.
    ///
    /// - Complexity: O(1).
    public var today: CypherDate {
        let days =
            epochMilliseconds >= 0 ? epochMilliseconds / 86_400_000 : (epochMilliseconds - 86_399_999) / 86_400_000
        return CypherDate(daysSinceEpoch: days)
    }
}
