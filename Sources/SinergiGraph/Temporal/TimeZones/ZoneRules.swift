// One zone's rules: the UTC offset in force at any instant (a sorted list of
// transitions, then a POSIX TZ rule for the years after the last one), and the
// offsets a local date-time can have there (none in a spring-forward gap, two
// in an autumn overlap).

/// The offsets of one IANA zone through time.
///
/// - Complexity: an offset at an instant is O(log t) for t transitions (O(1) after them).
public struct ZoneRules: Sendable {
    /// The offset before the first transition (local mean time, mostly).
    let initialOffset: Int64
    /// Transition instants, seconds since the epoch, ascending.
    let transitions: [Int64]
    /// The offset in force from each transition on.
    let offsets: [Int64]
    /// What holds after the last transition.
    let rule: PosixTimeZoneRule?

    /// The offset from UTC, in seconds, at `epochSeconds` (seconds since 1970-01-01T00:00Z).
    ///
    /// - Complexity: O(log t).
    public func offset(atEpochSeconds epochSeconds: Int64) -> Int64 {
        if let last = transitions.last, epochSeconds >= last, let rule {
            return rule.offset(atEpochSeconds: epochSeconds)
        }
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid] <= epochSeconds { low = mid + 1 } else { high = mid }
        }
        if low == 0 {
            return transitions.isEmpty ? (rule?.offset(atEpochSeconds: epochSeconds) ?? initialOffset) : initialOffset
        }
        return offsets[low - 1]
    }

    /// The offsets that make `localSeconds` (a local date-time as seconds since
    /// 1970-01-01T00:00, no zone applied) a real instant here: one normally, none in a
    /// gap, two (earlier offset first) in an overlap.
    ///
    /// - Complexity: O(log t).
    public func validOffsets(forLocalSeconds localSeconds: Int64) -> [Int64] {
        let before = offset(atEpochSeconds: localSeconds &- 86_400)
        let after = offset(atEpochSeconds: localSeconds &+ 86_400)
        var valid: [Int64] = []
        for candidate in before == after ? [before] : [before, after]
        where offset(atEpochSeconds: localSeconds &- candidate) == candidate {
            valid.append(candidate)
        }
        if valid.isEmpty {
            // Offsets changed twice within the two days: try the offset at the moment itself.
            let here = offset(atEpochSeconds: localSeconds &- before)
            if offset(atEpochSeconds: localSeconds &- here) == here { valid.append(here) }
        }
        return valid
    }

    /// Resolves a local date-time the way java.time's `ZonedDateTime.ofLocal` does: the
    /// one valid offset; in an overlap `preferred` when it is one of the two, else the
    /// earlier; in a gap the offset after it, the clock moved on by the gap's length.
    /// Returns the (possibly moved) local seconds and the offset.
    ///
    /// - Complexity: O(log t).
    public func resolve(localSeconds: Int64, preferring preferred: Int64? = nil) -> (
        localSeconds: Int64, offset: Int64
    ) {
        let valid = validOffsets(forLocalSeconds: localSeconds)
        if valid.count == 1 { return (localSeconds, valid[0]) }
        if valid.count > 1 {
            if let preferred, valid.contains(preferred) { return (localSeconds, preferred) }
            return (localSeconds, valid[0])
        }
        let before = offset(atEpochSeconds: localSeconds &- 86_400)
        let after = offset(atEpochSeconds: localSeconds &+ 86_400)
        return (localSeconds &+ (after - before), after)
    }
}
