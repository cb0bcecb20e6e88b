// Seeded random temporal values of all six types, edge cases included: nanosecond
// fractions of every length, offsets with seconds, named zones, years far before 0
// and after 9999, and durations with parts of mixed signs.
import SinergiGraph

extension RandomGraphs {
    /// A random temporal value (date, local time, time, local date-time, date-time, duration).
    public static func temporal(_ rng: inout SeededGenerator) -> Value {
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        let day = CypherDate(
            daysSinceEpoch: pick([
                0, -1, 19_113, 2_932_896, -719_528, 365_241_780_471, -365_243_219_162,
                Int64.random(in: -100_000...100_000, using: &rng),
            ]))
        let clock =
            CypherLocalTime(
                nanosecondOfDay: pick([
                    0, 1, 999_999_999, 45_000_000_000_000, 86_399_999_999_999, 37_874_645_000_000,
                    Int64.random(in: 0..<CypherLocalTime.nanosecondsPerDay, using: &rng),
                ])) ?? .midnight
        let offset = pick([0, 3600, -5400, 25_200, 3208, -64_800, 64_800] as [Int64])
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return .date(day)
        case 1: return .localTime(clock)
        case 2: return CypherTime(clock, offsetSeconds: offset).map(Value.time) ?? .localTime(clock)
        case 3: return .localDateTime(CypherLocalDateTime(day, clock))
        case 4:
            let zone = pick([nil, "Asia/Jakarta", "Europe/Stockholm", "Asia/Makassar"] as [String?])
            return CypherDateTime(CypherLocalDateTime(day, clock), offsetSeconds: offset, zone: zone)
                .map(Value.dateTime) ?? .date(day)
        default:
            let parts: [Int64] = [0, 1, -1, 14, -13, 1_000_000, Int64.random(in: -1_000_000...1_000_000, using: &rng)]
            return CypherDuration(
                months: pick(parts), days: pick(parts), seconds: pick(parts) * 37,
                nanoseconds: pick([0, 1, 500_000_000, 999_999_999] as [Int64])
            ).map(Value.duration) ?? .duration(.zero)
        }
    }
}
