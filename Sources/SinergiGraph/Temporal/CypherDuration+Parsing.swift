// Reads ISO 8601 durations: designators `P14DT16H12M`, `P5M1.5D`, `P2.5W`,
// `PT-0.001S`, `P-1Y-8M` (each amount with its own sign and an optional fraction
// after `.` or `,`), a sign before the whole (`-P1D`), and the alternative form
// `P2012-02-02T14:37:21.545` (years, months, days, hours, minutes, seconds).

extension CypherDuration {
    /// Parses a duration, or returns nil when the text is not one (or overflows).
    ///
    /// ```swift
    /// CypherDuration(parsing: "P0.75M")?.description  // "P22DT19H51M49.5S"
    /// ```
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        var bytes = Array(text.utf8)[...]
        var negate = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negate = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard let p = bytes.first, p == UInt8(ascii: "P") || p == UInt8(ascii: "p") else { return nil }
        bytes = bytes.dropFirst()
        var builder = DurationBuilder()
        if bytes.count >= 4, bytes.prefix(4).allSatisfy({ $0 >= 48 && $0 <= 57 }),
            bytes.dropFirst(4).first == UInt8(ascii: "-")
        {
            guard CypherDuration.alternative(bytes, into: &builder) else { return nil }
        } else {
            guard CypherDuration.designators(bytes, into: &builder) else { return nil }
        }
        guard let built = builder.build() else { return nil }
        if negate {
            guard let negated = built.negated else { return nil }
            self = negated
        } else {
            self = built
        }
    }

    /// The duration with every part's sign flipped, or nil on overflow.
    /// - Complexity: O(1).
    public var negated: CypherDuration? {
        guard months != .min, days != .min, seconds != .min else { return nil }
        return CypherDuration(months: -months, days: -days, seconds: -seconds, nanoseconds: -nanoseconds)
    }

    /// `nY nM nW nD T nH nM nS`, designators in this order, each at most once, at least one.
    static func designators(_ bytes: ArraySlice<UInt8>, into builder: inout DurationBuilder) -> Bool {
        var i = bytes.startIndex
        var inTime = false
        var seen = 0
        // Designators before T, then after T, in order; `rank` forbids going back.
        var rank = 0
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "T") {
                guard !inTime else { return false }
                inTime = true
                rank = 0
                i += 1
                guard i < bytes.endIndex else { return false }
                continue
            }
            guard let (whole, fraction, nanos, next) = number(bytes, from: i), next < bytes.endIndex else {
                return false
            }
            let order: [UInt8: (Int, DurationUnit)] =
                inTime
                ? [UInt8(ascii: "H"): (1, .hours), UInt8(ascii: "M"): (2, .minutes), UInt8(ascii: "S"): (3, .seconds)]
                : [
                    UInt8(ascii: "Y"): (1, .years), UInt8(ascii: "M"): (2, .months), UInt8(ascii: "W"): (3, .weeks),
                    UInt8(ascii: "D"): (4, .days),
                ]
            guard let (position, unit) = order[bytes[next]], position > rank else { return false }
            rank = position
            builder.add(whole, unit)
            if unit == .seconds {
                builder.add(nanos, .nanoseconds)
            } else if fraction != 0 {
                builder.addFraction(fraction, unit)
            }
            seen += 1
            i = next + 1
        }
        return seen > 0
    }

    /// `YYYY-MM-DDThh:mm:ss[.f]` (the time part optional).
    static func alternative(_ bytes: ArraySlice<UInt8>, into builder: inout DurationBuilder) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let halves = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = halves[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
            let y = Int64(date[0]), let m = Int64(date[1]), let d = Int64(date[2]), m < 12, d < 31
        else { return false }
        builder.add(y, .years)
        builder.add(m, .months)
        builder.add(d, .days)
        guard halves.count == 2 else { return true }
        guard let time = TemporalParser.time(String(halves[1])), time.offsetSeconds == nil, time.zone == nil,
            let clock = time.time
        else { return false }
        builder.add(clock.nanosecondOfDay, .nanoseconds)
        return true
    }

    /// A signed decimal number at `i`: its whole part, its fraction as a double, the
    /// fraction as exact nanoseconds (first nine digits), and the index after it.
    static func number(_ bytes: ArraySlice<UInt8>, from start: Int) -> (Int64, Double, Int64, Int)? {
        var i = start
        var negative = false
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var whole: Int64 = 0
        let digitsStart = i
        while i < bytes.endIndex, bytes[i] >= 48, bytes[i] <= 57 {
            let (m, o1) = whole.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(bytes[i] - 48))
            guard !o1, !o2 else { return nil }
            whole = s
            i += 1
        }
        guard i > digitsStart else { return nil }
        var fraction = 0.0
        var nanos: Int64 = 0
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ",") {
            i += 1
            let fractionStart = i
            var nanoScale: Int64 = 100_000_000
            while i < bytes.endIndex, bytes[i] >= 48, bytes[i] <= 57 {
                nanos += Int64(bytes[i] - 48) * nanoScale
                nanoScale /= 10
                i += 1
            }
            guard i > fractionStart else { return nil }
            // The nearest double to the decimal fraction, not a sum of rounded digits.
            fraction = Double("0." + String(decoding: bytes[fractionStart..<i], as: UTF8.self)) ?? 0
        }
        return negative ? (-whole, -fraction, -nanos, i) : (whole, fraction, nanos, i)
    }
}
