// The one reader of ISO 8601 temporal text, for the query functions (`date('…')`,
// `datetime('…')`, …), the registry codec and the importers. Dates: calendar
// (`2015-07-21`, `20150721`, `2015-07`, `201507`, `2015`), week (`2015-W30-2`,
// `2015W302`, `2015-W30`, `2015W30`) and ordinal (`2015-202`, `2015202`), a signed
// year (`+2015`, `-0001`, `+999999999-12-31`) with more than four digits allowed.
// Times: `21:40:32.142`, `214032.142`, `21:40:32`, `214032`, `21:40`, `2140`, `21`
// (fraction after `.` or `,`, up to nine digits). Offsets: `Z`, `+01:00`, `+0100`,
// `+01`, `+00:53:28`. A zone: `[Europe/Stockholm]` after the offset or instead of it.

/// What a temporal text says, before it is made into a value.
public struct TemporalParts: Hashable, Sendable {
    /// The date, when the text has one.
    public var date: CypherDate?
    /// The time of day, when the text has one.
    public var time: CypherLocalTime?
    /// The UTC offset in seconds, when the text has one.
    public var offsetSeconds: Int64?
    /// The zone name in brackets, when the text has one.
    public var zone: String?

    /// Parts of a temporal text.
    public init(
        date: CypherDate? = nil, time: CypherLocalTime? = nil, offsetSeconds: Int64? = nil, zone: String? = nil
    ) {
        self.date = date
        self.time = time
        self.offsetSeconds = offsetSeconds
        self.zone = zone
    }
}

/// ISO 8601 text reader.
public enum TemporalParser {
    /// `date T time offset [zone]`, where everything after the date is optional and an
    /// offset or zone needs a time. Nil for malformed text or a day, time or offset that
    /// does not exist.
    ///
    /// ```swift
    /// TemporalParser.dateTime("2015-W30-2T214032.142Z")?.offsetSeconds  // 0
    /// ```
    /// - Complexity: O(n) in the length of the text.
    public static func dateTime(_ text: String) -> TemporalParts? {
        var cursor = Cursor(text)
        guard let date = cursor.date() else { return nil }
        var parts = TemporalParts(date: date)
        if cursor.atEnd { return parts }
        guard cursor.take(UInt8(ascii: "T")), let time = cursor.time() else { return nil }
        parts.time = time
        guard cursor.zoneSuffix(into: &parts), cursor.atEnd else { return nil }
        return parts
    }

    /// `time offset [zone]`, the offset and zone optional.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func time(_ text: String) -> TemporalParts? {
        var cursor = Cursor(text)
        guard let time = cursor.time() else { return nil }
        var parts = TemporalParts(time: time)
        guard cursor.zoneSuffix(into: &parts), cursor.atEnd else { return nil }
        return parts
    }

    /// A date alone.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func date(_ text: String) -> CypherDate? {
        var cursor = Cursor(text)
        guard let date = cursor.date(), cursor.atEnd else { return nil }
        return date
    }

    /// An offset alone (`+01:00`, `-0130`, `Z`), in seconds.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func offset(_ text: String) -> Int64? {
        var cursor = Cursor(text)
        guard let offset = cursor.offset(), cursor.atEnd else { return nil }
        return offset
    }

    /// A position in the text's UTF-8 bytes.
    struct Cursor {
        let bytes: [UInt8]
        var i = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        var atEnd: Bool { i == bytes.count }

        func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

        mutating func take(_ b: UInt8) -> Bool {
            guard peek() == b else { return false }
            i += 1
            return true
        }

        func isDigit(_ k: Int = 0) -> Bool {
            guard let b = peek(k) else { return false }
            return b >= 48 && b <= 57
        }

        /// The number of consecutive digits from the cursor on.
        func digitRun() -> Int {
            var n = 0
            while isDigit(n) { n += 1 }
            return n
        }

        /// Exactly `n` digits as a number.
        mutating func digits(_ n: Int) -> Int64? {
            guard n > 0, n <= 18, i + n <= bytes.count else { return nil }
            var v: Int64 = 0
            for k in i..<(i + n) {
                let b = bytes[k]
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int64(b - 48)
            }
            i += n
            return v
        }

        mutating func date() -> CypherDate? {
            var sign: Int64 = 1
            var signed = false
            if let b = peek(), b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                sign = b == UInt8(ascii: "-") ? -1 : 1
                signed = true
                i += 1
            }
            let run = digitRun()
            let yearLength = signed && peek(run) == UInt8(ascii: "-") ? run : 4
            guard run >= 4, yearLength <= 10, let y = digits(yearLength) else { return nil }
            let year = sign * y
            if atEnd || peek() == UInt8(ascii: "T") { return CypherDate(year: year, month: 1, day: 1) }
            let dashed = take(UInt8(ascii: "-"))
            if take(UInt8(ascii: "W")) {
                guard let week = digits(2) else { return nil }
                if atEnd || peek() == UInt8(ascii: "T") { return CypherDate(weekYear: year, week: week, dayOfWeek: 1) }
                if dashed && !take(UInt8(ascii: "-")) { return nil }
                guard let day = digits(1) else { return nil }
                return CypherDate(weekYear: year, week: week, dayOfWeek: day)
            }
            let run2 = digitRun()
            if dashed {
                if run2 == 3 { return digits(3).flatMap { CypherDate(year: year, ordinalDay: $0) } }
                guard run2 == 2, let month = digits(2) else { return nil }
                if !take(UInt8(ascii: "-")) { return CypherDate(year: year, month: month, day: 1) }
                guard digitRun() == 2, let day = digits(2) else { return nil }
                return CypherDate(year: year, month: month, day: day)
            }
            switch run2 {
            case 2: return digits(2).flatMap { CypherDate(year: year, month: $0, day: 1) }
            case 3: return digits(3).flatMap { CypherDate(year: year, ordinalDay: $0) }
            case 4:
                guard let month = digits(2), let day = digits(2) else { return nil }
                return CypherDate(year: year, month: month, day: day)
            default: return nil
            }
        }

        /// `HH`, `HH:MM`, `HHMM`, `HH:MM:SS` or `HHMMSS` (one separator style throughout).
        mutating func clock() -> (hours: Int64, minutes: Int64, seconds: Int64, hasSeconds: Bool)? {
            guard digitRun() >= 2, let hours = digits(2) else { return nil }
            let colon = peek() == UInt8(ascii: ":")
            func more(_ cursor: Cursor) -> Bool {
                colon ? cursor.peek() == UInt8(ascii: ":") && cursor.isDigit(1) : cursor.isDigit()
            }
            guard more(self) else { return (hours, 0, 0, false) }
            if colon { i += 1 }
            guard let minutes = digits(2) else { return nil }
            guard more(self) else { return (hours, minutes, 0, false) }
            if colon { i += 1 }
            guard let seconds = digits(2) else { return nil }
            return (hours, minutes, seconds, true)
        }

        mutating func time() -> CypherLocalTime? {
            guard let (hour, minute, second, hasSeconds) = clock() else { return nil }
            var nanos: Int64 = 0
            if hasSeconds, let b = peek(), b == UInt8(ascii: ".") || b == UInt8(ascii: ","), isDigit(1) {
                i += 1
                let run = digitRun()
                guard run <= 9, let f = digits(run) else { return nil }
                var scale: Int64 = 1
                for _ in run..<9 { scale *= 10 }
                nanos = f * scale
            }
            return CypherLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanos)
        }

        /// `Z`, `±HH`, `±HH:MM`, `±HHMM`, `±HH:MM:SS`, `±HHMMSS`.
        mutating func offset() -> Int64? {
            if take(UInt8(ascii: "Z")) { return 0 }
            guard let b = peek(), b == UInt8(ascii: "+") || b == UInt8(ascii: "-") else { return nil }
            i += 1
            let sign: Int64 = b == UInt8(ascii: "-") ? -1 : 1
            guard let (hours, minutes, seconds, _) = clock(), minutes < 60, seconds < 60 else { return nil }
            let total = hours * 3600 + minutes * 60 + seconds
            guard total <= CypherTime.maximumOffsetSeconds else { return nil }
            return sign * total
        }

        /// An optional offset, then an optional `[zone]`.
        mutating func zoneSuffix(into parts: inout TemporalParts) -> Bool {
            if let b = peek(), b == UInt8(ascii: "Z") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                guard let offset = offset() else { return false }
                parts.offsetSeconds = offset
            }
            if take(UInt8(ascii: "[")) {
                let start = i
                while let b = peek(), b != UInt8(ascii: "]") { i += 1 }
                guard i > start, take(UInt8(ascii: "]")) else { return false }
                parts.zone = String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
            }
            return true
        }
    }
}
