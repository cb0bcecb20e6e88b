// The value domain shared by properties and query results.

/// A property value or a query result value.
///
/// Properties hold `bool`, `int`, `double`, `string`, `list`, `map` and the six temporal
/// types (`date`, `localTime`, `time`, `localDateTime`, `dateTime`, `duration`); `null`
/// means "absent" and is never stored. `node`, `relationship` and `path` occur only in
/// query results. `Hashable`/`Equatable` here are *structural* (used for grouping and
/// tests); the query language's three-valued equality lives in the query engine.
///
/// Layout: the payloads of at most 16 bytes (strings, numbers, dates, times, ids, and
/// the arrays and dictionaries of lists, maps and paths) are stored inline, so making a
/// value allocates nothing beyond its own payload; the two larger temporal payloads are
/// `indirect` (boxed). A value is 17 bytes (stride 24): rows of values are contiguous.
/// Keep a new case's payload at most 16 bytes, or mark it `indirect`.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([Value])
    case map([String: Value])
    case date(CypherDate)
    /// A time of day without zone (`localtime()`).
    case localTime(CypherLocalTime)
    /// A time of day with a UTC offset (`time()`).
    case time(CypherTime)
    /// A date and time without zone (`localdatetime()`).
    case localDateTime(CypherLocalDateTime)
    /// A date and time with an offset and maybe a named zone (`datetime()`).
    indirect case dateTime(CypherDateTime)
    /// An amount of months, days, seconds and nanoseconds (`duration()`).
    indirect case duration(CypherDuration)
    case node(NodeID)
    case relationship(RelationshipID)
    case path(PathValue)

    /// True for `.null`.
    @inlinable public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// True when the value may be stored as a property: not null, not an entity, and
    /// (recursively) no null or entity inside a list or map.
    public var isStorable: Bool {
        switch self {
        case .null, .node, .relationship, .path: return false
        case .bool, .int, .double, .string, .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return true
        case .list(let items): return items.allSatisfy { $0.isStorable }
        case .map(let entries): return entries.values.allSatisfy { $0.isStorable }
        }
    }

    /// The name of the value's type as openCypher (GQL) reports it (`INTEGER`, `STRING`,
    /// `LOCAL DATETIME`, …).
    public var typeName: String {
        switch self {
        case .null: return "NULL"
        case .bool: return "BOOLEAN"
        case .int: return "INTEGER"
        case .double: return "FLOAT"
        case .string: return "STRING"
        case .list: return "LIST"
        case .map: return "MAP"
        case .date: return "DATE"
        case .localTime: return "LOCAL TIME"
        case .time: return "ZONED TIME"
        case .localDateTime: return "LOCAL DATETIME"
        case .dateTime: return "ZONED DATETIME"
        case .duration: return "DURATION"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        }
    }

    /// The string payload, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer payload, if this is an integer.
    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The numeric payload as a double, if this is an integer or a float.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The boolean payload, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
