// The time a commit record carries: now, to the second, at the writer's UTC offset.
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the clock for commit records.
///
/// A commit's time is written as the writer's clock shows it, with the offset in force there
/// (`2023-08-08T10:15:00+07:00` in Medan, `+08:00` in Makassar), so the log reads as the
/// organizer saw it and instants still compare across provinces. The offset comes from the C
/// library's local time (`TZ`, else the machine's zone), never from a zone name.
public enum CommitClock {
    /// Now, to the whole second, at the local offset.
    /// - Complexity: O(1).
    public static func now() -> CypherDateTime? {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return at(epochSeconds: Int64(spec.tv_sec))
    }

    /// The instant `epochSeconds` at the local offset in force then.
    /// - Complexity: O(1).
    public static func at(epochSeconds: Int64) -> CypherDateTime? {
        var seconds = time_t(epochSeconds)
        var parts = tm()
        let offset: Int64 = localtime_r(&seconds, &parts) != nil ? Int64(parts.tm_gmtoff) : 0
        let local = CypherLocalDateTime(epochSeconds: epochSeconds + offset)
        return CypherDateTime(local, offsetSeconds: offset)
    }
}
