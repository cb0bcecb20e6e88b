// The named time zones Sinergi knows: the IANA database as shipped in the package
// (`ZoneTable+Data.swift`), looked up by name, with offsets resolved at the instant
// being computed. The same answers on every machine, whatever its own zoneinfo.

/// Named IANA time zones.
///
/// ```swift
/// let stockholm = TimeZoneDatabase.zone(named: "Europe/Stockholm")!
/// stockholm.rules.offset(atEpochSeconds: 0)  // 3600
/// TimeZoneDatabase.version                   // "2026f"
/// ```
public enum TimeZoneDatabase {
    /// A zone: its name as the database spells it, and its rules.
    public struct Zone: Sendable {
        /// The IANA name (`Europe/Stockholm`).
        public let name: String
        /// The offsets through time.
        public let rules: ZoneRules
    }

    /// The IANA release the shipped table was made from.
    public static var version: String { ZoneTable.shared.version }

    /// Every zone name, sorted.
    ///
    /// - Complexity: O(z log z) for z zones.
    public static var names: [String] { ZoneTable.shared.zones.keys.sorted() }

    /// The zone with this name, also when written in another case (`europe/stockholm`);
    /// nil for a name the database does not have.
    ///
    /// - Complexity: O(n) in the name's length (hashing).
    public static func zone(named name: String) -> Zone? {
        let table = ZoneTable.shared
        if let rules = table.zones[name] { return Zone(name: name, rules: rules) }
        guard let exact = table.folded[name.lowercased()], let rules = table.zones[exact] else { return nil }
        return Zone(name: exact, rules: rules)
    }
}

extension CypherDateTime {
    /// The date-time showing `local` in `zone`, its offset resolved there (a clock time
    /// in a spring-forward gap moves on by the gap; in an autumn overlap `preferredOffset`
    /// wins when valid, else the earlier offset), or nil out of range.
    ///
    /// - Complexity: O(log t) for t transitions of the zone.
    public init?(_ local: CypherLocalDateTime, in zone: TimeZoneDatabase.Zone, preferredOffset: Int64? = nil) {
        let (seconds, offset) = zone.rules.resolve(localSeconds: local.epochSeconds, preferring: preferredOffset)
        let moved =
            seconds == local.epochSeconds
            ? local : CypherLocalDateTime(epochSeconds: seconds, nanoseconds: local.time.nanosecond)
        self.init(moved, offsetSeconds: offset, zone: zone.name)
    }

    /// The date-time of an instant (seconds since 1970-01-01T00:00Z plus nanoseconds) as
    /// the clock in `zone` shows it.
    ///
    /// - Complexity: O(log t) for t transitions of the zone.
    public init?(epochSeconds: Int64, nanoseconds: Int64, in zone: TimeZoneDatabase.Zone) {
        let offset = zone.rules.offset(atEpochSeconds: epochSeconds)
        self.init(
            CypherLocalDateTime(epochSeconds: epochSeconds + offset, nanoseconds: nanoseconds), offsetSeconds: offset,
            zone: zone.name)
    }
}
