// What the binder knows about an expression's type before running it: enough to
// raise the TCK's compile-time type errors (`true AND 1`, `1 IN 2`, `labels(path)`,
// `WHERE (n)`), and "unknown" everywhere else.

/// The statically known type of an expression.
enum StaticType: Equatable {
    /// Not known before running.
    case any
    /// The null literal.
    case null
    case bool, int, float, string, list, map, node, relationship, path

    /// True when a value of this type can be used where a boolean is required.
    var canBeBoolean: Bool { self == .any || self == .null || self == .bool }

    /// True when a value of this type can be used where a list is required.
    var canBeList: Bool { self == .any || self == .null || self == .list }

    /// True when `.key` access on this type can succeed.
    var admitsPropertyAccess: Bool {
        switch self {
        case .any, .null, .map, .node, .relationship: return true
        default: return false
        }
    }

    /// The openCypher type name for messages.
    var name: String {
        switch self {
        case .any: return "ANY"
        case .null: return "NULL"
        case .bool: return "BOOLEAN"
        case .int: return "INTEGER"
        case .float: return "FLOAT"
        case .string: return "STRING"
        case .list: return "LIST"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        }
    }

    /// The static type a variable of `kind` has.
    init(_ kind: VariableKind) {
        switch kind {
        case .node: self = .node
        case .relationship: self = .relationship
        case .relationshipList: self = .list
        case .path: self = .path
        case .value: self = .any
        case .nonEntity: self = .any
        }
    }

    /// The static types the first argument of function `name` (lowercased) may have, when
    /// the function is picky.
    static func firstArgumentTypes(_ name: String) -> [StaticType]? {
        switch name {
        case "labels": return [.node]
        case "type", "startnode", "endnode": return [.relationship]
        case "nodes", "relationships": return [.path]
        case "keys", "properties": return [.node, .relationship, .map]
        case "length": return [.path, .string, .list]
        case "size": return [.string, .list]
        case "toboolean": return [.bool, .string, .int]
        case "tointeger": return [.int, .float, .string, .bool]
        case "tofloat": return [.int, .float, .string]
        default: return nil
        }
    }

    /// What a call of function `name` (lowercased) returns, when known statically.
    static func result(of name: String) -> StaticType {
        switch name {
        case "tostring", "tolower", "toupper", "trim", "ltrim", "rtrim", "replace", "substring", "left", "right",
            "type":
            return .string
        case "labels", "keys", "nodes", "relationships", "range", "split", "tail": return .list
        case "size", "length", "id": return .int
        case "properties": return .map
        default: return .any
        }
    }
}
