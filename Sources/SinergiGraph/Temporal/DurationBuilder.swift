// Adds up a duration from amounts of units (`years: 12`, `days: 1.5`, `P0.75M`),
// the one place where fractions of a unit are spread over the smaller units:
// a fraction of a month becomes days by the average Gregorian month (30.436875
// days, 2,629,746 s), a fraction of a day becomes seconds (86,400 each), a
// fraction of a second nanoseconds, each truncated toward zero, as openCypher
// (Neo4j's `DurationValue.approximate`) does. Whole amounts are added exactly.

/// The units a duration is built from.
public enum DurationUnit: String, CaseIterable, Sendable {
    case years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds

    /// Which counter the unit adds to and how many of that counter's units it is.
    var scale: (field: DurationBuilder.Field, factor: Int64) {
        switch self {
        case .years: return (.months, 12)
        case .quarters: return (.months, 3)
        case .months: return (.months, 1)
        case .weeks: return (.days, 7)
        case .days: return (.days, 1)
        case .hours: return (.seconds, 3600)
        case .minutes: return (.seconds, 60)
        case .seconds: return (.seconds, 1)
        case .milliseconds: return (.nanoseconds, 1_000_000)
        case .microseconds: return (.nanoseconds, 1000)
        case .nanoseconds: return (.nanoseconds, 1)
        }
    }
}

/// Accumulates amounts of `DurationUnit`s into a `CypherDuration`.
///
/// ```swift
/// var b = DurationBuilder()
/// b.add(0.75, .months)
/// b.build()?.description  // "P22DT19H51M49.5S"
/// ```
public struct DurationBuilder: Sendable {
    enum Field { case months, days, seconds, nanoseconds }

    /// The average Gregorian month in days (365.2425 / 12).
    public static let averageDaysPerMonth = 30.436875

    var months: Int64 = 0
    var days: Int64 = 0
    var seconds: Int64 = 0
    var nanoseconds: Int64 = 0
    var fractionalMonths = 0.0
    var fractionalDays = 0.0
    var fractionalSeconds = 0.0
    var fractionalNanoseconds = 0.0
    /// Set when a whole amount overflowed 64 bits.
    var overflowed = false

    /// An empty builder (the zero duration).
    public init() {}

    /// Adds a whole number of `unit`s.
    /// - Complexity: O(1).
    public mutating func add(_ amount: Int64, _ unit: DurationUnit) {
        let (field, factor) = unit.scale
        let (scaled, o1) = amount.multipliedReportingOverflow(by: factor)
        func bump(_ counter: inout Int64) {
            let (sum, o2) = counter.addingReportingOverflow(scaled)
            counter = sum
            overflowed = overflowed || o1 || o2
        }
        switch field {
        case .months: bump(&months)
        case .days: bump(&days)
        case .seconds: bump(&seconds)
        case .nanoseconds: bump(&nanoseconds)
        }
    }

    /// Adds a possibly fractional number of `unit`s: the whole part exactly, the fraction
    /// spread over the smaller units when the duration is built.
    /// - Complexity: O(1).
    public mutating func add(_ amount: Double, _ unit: DurationUnit) {
        guard amount.isFinite, amount.magnitude < 9.2e18 else {
            overflowed = true
            return
        }
        let whole = amount.rounded(.towardZero)
        add(Int64(whole), unit)
        addFraction(amount - whole, unit)
    }

    /// Adds `fraction` (of either sign, below one in magnitude) of a `unit`.
    /// - Complexity: O(1).
    public mutating func addFraction(_ fraction: Double, _ unit: DurationUnit) {
        let (field, factor) = unit.scale
        let amount = fraction * Double(factor)
        switch field {
        case .months: fractionalMonths += amount
        case .days: fractionalDays += amount
        case .seconds: fractionalSeconds += amount
        case .nanoseconds: fractionalNanoseconds += amount
        }
    }

    /// The duration, or nil when it does not fit 64-bit months, days and seconds.
    /// - Complexity: O(1).
    public func build() -> CypherDuration? {
        guard !overflowed else { return nil }
        var m = months
        var d = days
        var s = seconds
        var n = nanoseconds
        func carry(_ amount: Double, into counter: inout Int64) -> Double? {
            let whole = amount.rounded(.towardZero)
            guard whole.magnitude < 9.2e18 else { return nil }
            let (sum, overflow) = counter.addingReportingOverflow(Int64(whole))
            guard !overflow else { return nil }
            counter = sum
            return amount - whole
        }
        guard let monthRest = carry(fractionalMonths, into: &m),
            let dayRest = carry(fractionalDays + monthRest * DurationBuilder.averageDaysPerMonth, into: &d),
            let secondRest = carry(fractionalSeconds + dayRest * 86_400, into: &s),
            carry(fractionalNanoseconds + secondRest * 1e9, into: &n) != nil
        else { return nil }
        return CypherDuration(months: m, days: d, seconds: s, nanoseconds: n)
    }
}
