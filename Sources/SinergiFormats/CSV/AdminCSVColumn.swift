// One column of a Neo4j admin-import CSV header (`name:type(group)`): what it holds,
// how a cell of it becomes a Value, and how a Value becomes a cell.

import SinergiGraph
import SinergiSchema
import SinergiText

/// The type of a property column in an admin-import header.
///
/// Reading accepts Neo4j's names (`int`, `long`, `short`, `byte` → 64-bit integer;
/// `float`, `double` → double; `boolean`; `string`, `char`; the temporal `date`,
/// `localtime`, `time`, `localdatetime`, `datetime`, `duration`) with an optional `[]`
/// for arrays, plus Sinergi's `json` for values Neo4j cannot hold (maps, nested or mixed
/// lists). Writing uses `long`, `double`, `boolean`, `string`, the temporal names, their
/// arrays and `json`.
public struct AdminCSVType: Hashable, Sendable, CustomStringConvertible {
    /// The scalar kind of the column (or of each array element).
    public enum Scalar: String, Hashable, Sendable, CaseIterable {
        case int, long, short, byte, float, double, boolean, string, char, json
        case date, localtime, time, localdatetime, datetime, duration

        /// The temporal type of a temporal column kind, else nil.
        var temporalKind: TemporalKind? { TemporalKind(rawValue: rawValue) }
    }

    /// The scalar kind.
    public var scalar: Scalar
    /// True for an array column (`long[]`), whose cells hold `;`-separated elements.
    public var isArray: Bool
    /// The zone a `time` or `datetime` cell without an offset is in (`{timezone:Asia/Jakarta}`
    /// after the type, as Neo4j's importer writes it); nil for UTC.
    public var timezone: String?

    /// Creates a column type.
    public init(_ scalar: Scalar, isArray: Bool = false, timezone: String? = nil) {
        self.scalar = scalar
        self.isArray = isArray
        self.timezone = timezone
    }

    /// Parses `long`, `string[]`, `DATE`…; nil for an unknown type.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        var name = text.lowercased()
        var zone: String?
        // `datetime{timezone:Asia/Jakarta}`: the zone of cells written without an offset.
        if let open = text.firstIndex(of: "{"), text.hasSuffix("}") {
            let option = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard option.hasPrefix("timezone:"),
                let named = TimeZoneDatabase.zone(
                    named: String(option.dropFirst("timezone:".count)).trimmingASCIIWhitespace)
            else { return nil }
            zone = named.name
            name = String(text[..<open]).lowercased()
        }
        var array = false
        if name.hasSuffix("[]") {
            array = true
            name.removeLast(2)
        }
        guard let scalar = Scalar(rawValue: name), !(array && scalar == .json),
            zone == nil || scalar == .time || scalar == .datetime
        else { return nil }
        self.init(scalar, isArray: array, timezone: zone)
    }

    /// The header spelling: `long`, `string[]`, `datetime{timezone:Asia/Jakarta}`.
    public var description: String {
        scalar.rawValue + (isArray ? "[]" : "") + (timezone.map { "{timezone:\($0)}" } ?? "")
    }
}

/// What one header column holds.
enum AdminCSVColumnRole: Equatable {
    /// The node id (`:ID`, `name:ID`, `:ID(Group)`); a named id is also stored as a string property.
    case id(space: String, property: String?)
    case labels
    case startID(space: String)
    case endID(space: String)
    case type
    /// The relationship key (a `key` column without a type, or `:ID`, in a relationship file).
    case relationshipKey
    case ignore
    case property(name: String, type: AdminCSVType)
    /// Kind names people write (`jenis`: "Bappeda", "Dinas Perpustakaan Kabupaten"), as labels.
    case kind
    /// A region the node is in (`:REGION(Regency)`, `kabupaten`); level `Region` means any.
    case region(level: String)
    /// An end named by key or by name (`:START`, `:END`: `pihak 1`, `mitra`).
    case startName
    case endName
    /// The region to look an end's name up in (`:START_REGION(Regency)`, `wilayah 1`); `:REGION`
    /// in a relationship file is the region of both ends.
    case startRegion(level: String)
    case endRegion(level: String)
    case bothRegion(level: String)
    /// The meeting (`:EVENT`, `pertemuan`): the key or the name of an Event, stored as `event`.
    case event
}

/// A parsed header column: its role and the header text it came from (for messages).
struct AdminCSVColumn: Equatable {
    var role: AdminCSVColumnRole
    var header: String

    /// Parses one header cell. `relationshipFile` decides what a bare `key` and `:ID` mean.
    static func parse(_ header: String, relationshipFile: Bool) -> Result<AdminCSVColumn, AdminCSVColumnError> {
        // A `{…}` option after the type may itself hold a `:` (`at:datetime{timezone:Asia/Jakarta}`).
        let options = header.hasSuffix("}") ? header.lastIndex(of: "{").map { header[$0...] } ?? "" : ""
        guard let (name, bareSpec) = ScalarText.splitAtLast(String(header.dropLast(options.count)), ":") else {
            guard !header.isEmpty else { return .failure(.init(Message(.csvEmptyColumnName))) }
            if relationshipFile && header == "key" { return .success(.init(role: .relationshipKey, header: header)) }
            return .success(.init(role: .property(name: header, type: AdminCSVType(.string)), header: header))
        }
        let rawSpec = bareSpec + options
        var spec = rawSpec
        var group = ""
        if let open = spec.firstIndex(of: "("), spec.hasSuffix(")") {
            group = String(spec[spec.index(after: open)..<spec.index(before: spec.endIndex)])
            spec = String(spec[..<open])
        }
        let keyword = spec.uppercased()
        let groupAllowed = ["ID", "START_ID", "END_ID"].contains(keyword)
        let regionKeyword = ["REGION", "START_REGION", "END_REGION"].contains(keyword)
        if !group.isEmpty && !groupAllowed && !regionKeyword {
            return .failure(.init(Message(.csvGroupNotAllowed, ["group": .text(group)])))
        }
        if regionKeyword {
            let level = group.isEmpty ? "Region" : group
            guard level == "Region" || TPBISSchema.regionLevels.contains(level) else {
                return .failure(
                    .init(
                        Message(.csvUnknownRegionLevel, ["level": .text(group), "column": .text(header)]).suggesting(
                            NameSuggestions.nearest(to: group, among: TPBISSchema.regionLevels, limit: 1))))
            }
            switch keyword {
            case "REGION":
                let role: AdminCSVColumnRole = relationshipFile ? .bothRegion(level: level) : .region(level: level)
                return .success(.init(role: role, header: header))
            case "START_REGION":
                guard relationshipFile else { return notIn(header, relationshipFile: false) }
                return .success(.init(role: .startRegion(level: level), header: header))
            default:
                guard relationshipFile else { return notIn(header, relationshipFile: false) }
                return .success(.init(role: .endRegion(level: level), header: header))
            }
        }
        switch keyword {
        case "ID":
            if relationshipFile { return .success(.init(role: .relationshipKey, header: header)) }
            return .success(.init(role: .id(space: group, property: name.isEmpty ? nil : name), header: header))
        case "LABEL", "KIND":
            if relationshipFile { return notIn(header, relationshipFile: true) }
            return .success(.init(role: keyword == "KIND" ? .kind : .labels, header: header))
        case "START", "END", "EVENT":
            if !relationshipFile { return notIn(header, relationshipFile: false) }
            let role: AdminCSVColumnRole = keyword == "START" ? .startName : keyword == "END" ? .endName : .event
            return .success(.init(role: role, header: header))
        case "START_ID", "END_ID", "TYPE":
            if !relationshipFile { return notIn(header, relationshipFile: false) }
            let role: AdminCSVColumnRole =
                keyword == "TYPE" ? .type : keyword == "START_ID" ? .startID(space: group) : .endID(space: group)
            return .success(.init(role: role, header: header))
        case "IGNORE":
            return .success(.init(role: .ignore, header: header))
        default:
            guard let type = AdminCSVType(parsing: spec) else {
                return .failure(.init(Message(.csvUnknownType, ["type": .text(spec), "column": .text(header)])))
            }
            guard !name.isEmpty else {
                return .failure(.init(Message(.csvNoPropertyName, ["column": .text(header)])))
            }
            return .success(.init(role: .property(name: name, type: type), header: header))
        }
    }

    static func notIn(_ header: String, relationshipFile: Bool) -> Result<AdminCSVColumn, AdminCSVColumnError> {
        .failure(
            .init(
                Message(
                    relationshipFile ? .csvColumnNotInRelationshipFile : .csvColumnNotInNodeFile,
                    ["column": .text(header)])))
    }
}

/// Why a header cell or a cell could not be understood.
struct AdminCSVColumnError: Error, Equatable {
    var message: Message
    init(_ message: Message) { self.message = message }
}

// MARK: - Cells

enum AdminCSVCell {
    /// The value of a cell in a column of `type`; `nil` when the cell means "no value".
    ///
    /// An unquoted empty cell is no value; a quoted empty cell is the empty string in a
    /// `string` column and the empty list in an array column.
    static func value(_ field: CSVField, type: AdminCSVType, header: String) -> Result<Value?, AdminCSVColumnError> {
        if field.text.isEmpty {
            guard field.quoted else { return .success(nil) }
            if type.isArray { return .success(.list([])) }
            if type.scalar == .string || type.scalar == .char { return .success(.string("")) }
            return .success(nil)
        }
        if !type.isArray { return scalar(field.text, type, header: header).map { Optional($0) } }
        var items: [Value] = []
        for piece in ScalarText.split(field.text, on: ";") {
            switch scalar(piece, type, header: header) {
            case .success(let v): items.append(v)
            case .failure(let e): return .failure(e)
            }
        }
        return .success(.list(items))
    }

    static func scalar(_ text: String, _ type: AdminCSVType, header: String) -> Result<
        Value, AdminCSVColumnError
    > {
        let kind = type.scalar
        if kind == .string || kind == .char { return .success(.string(text)) }
        let trimmed = text.trimmingASCIIWhitespace
        switch kind {
        case .string, .char: return .success(.string(text))
        case .int, .long, .short, .byte:
            guard let i = Int64(trimmed) else { return .failure(.init(bad(.csvBadInteger, text, header))) }
            return .success(.int(i))
        case .float, .double:
            switch trimmed {
            case "NaN": return .success(.double(.nan))
            case "Infinity", "+Infinity": return .success(.double(.infinity))
            case "-Infinity": return .success(.double(-.infinity))
            default:
                guard let d = Double(trimmed) else {
                    return .failure(.init(bad(.csvBadFloat, text, header)))
                }
                return .success(.double(d))
            }
        case .boolean:
            switch trimmed.lowercased() {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            default:
                // Spreadsheets write yes and no in words: ya/tidak, benar/salah, yes/no, 1/0.
                if let b = SpreadsheetValues.boolean(trimmed) { return .success(.bool(b)) }
                return .failure(.init(bad(.csvBadBoolean, text, header)))
            }
        case .date, .localtime, .time, .localdatetime, .datetime, .duration:
            // As Neo4j's importer reads them: no offset means the column's zone (UTC by default).
            let zone = type.timezone.flatMap { TimeZoneDatabase.zone(named: $0) }
            if let v = kind.temporalKind?.value(reading: trimmed, defaultZone: zone) { return .success(v) }
            // Spreadsheet dates are written day first: 08/08/2023, 8-8-2023.
            if kind == .date, let d = SpreadsheetValues.date(trimmed) { return .success(.date(d)) }
            return .failure(
                .init(
                    Message(
                        .csvBadTemporal, ["kind": .text(kind.rawValue), "value": .text(text), "column": .text(header)]))
            )
        case .json:
            switch EmbeddedJSON.decode(text) {
            case .success(let v): return .success(v)
            case .failure(let e):
                return .failure(.init(Message(.csvBadJSON, ["column": .text(header), "detail": .message(e.message)])))
            }
        }
    }

    /// "bad integer 'x' in column 'age:int'".
    static func bad(_ key: MessageKey, _ text: String, _ header: String) -> Message {
        Message(key, ["value": .text(text), "column": .text(header)])
    }

    // MARK: writing

    /// The column type a value is written under.
    static func columnType(for value: Value) -> AdminCSVType {
        switch value {
        case .bool: return AdminCSVType(.boolean)
        case .int: return AdminCSVType(.long)
        case .double: return AdminCSVType(.double)
        case .string: return AdminCSVType(.string)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return AdminCSVType(AdminCSVType.Scalar(rawValue: TemporalKind(of: value)?.rawValue ?? "") ?? .json)
        case .list(let items):
            guard let first = items.first else { return AdminCSVType(.string, isArray: true) }
            let kind = columnType(for: first)
            guard !kind.isArray, kind.scalar != .json, items.allSatisfy({ columnType(for: $0) == kind }) else {
                return AdminCSVType(.json)
            }
            if kind.scalar == .string {
                let safe = items.allSatisfy {
                    guard let s = $0.stringValue else { return false }
                    return !s.isEmpty && !ScalarText.contains(s, ";")
                }
                if !safe { return AdminCSVType(.json) }
            }
            return AdminCSVType(kind.scalar, isArray: true)
        case .map, .null, .node, .relationship, .path: return AdminCSVType(.json)
        }
    }

    /// The cell for `value` in a column of `type` (as chosen by `columnType(for:)`).
    static func field(for value: Value, type: AdminCSVType) -> CSVField {
        if type.scalar == .json { return CSVField(EmbeddedJSON.encode(value)) }
        if case .list(let items) = value {
            if items.isEmpty { return CSVField("", quoted: true) }
            return CSVField(items.map(scalarText).joined(separator: ";"))
        }
        let text = scalarText(value)
        return CSVField(text, quoted: text.isEmpty)
    }

    static func scalarText(_ value: Value) -> String {
        switch value {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
            return "\(d)"
        case .string(let s): return s
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return value.temporalText ?? ""
        default: return EmbeddedJSON.encode(value)
        }
    }
}
