// What an importer has read from its files, before anything is checked against the registry:
// nodes and relationships with the file and line they came from, their ends named by key, by
// name (and region), or as another row of the same batch.
import SinergiGraph

/// Where an imported row came from.
public struct ImportPlace: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based physical line where the row starts.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A region named in a row: its level label (`Province`, `Regency`, …) and the name as written.
public struct RegionCell: Hashable, Sendable {
    public var level: String
    public var name: String
    /// The column it came from (for messages).
    public var column: String

    public init(level: String, name: String, column: String) {
        self.level = level
        self.name = name
        self.column = column
    }
}

/// A node read from an import file.
public struct ImportedNode: Sendable {
    /// The node's key; nil: the row is identified by kind, name and region, and a new node gets
    /// a generated key.
    public var key: String?
    /// The id space of `key` (admin-import `:ID(Group)`; "" for the default).
    public var idSpace: String = ""
    public var labels: [String]
    public var properties: [String: Value]
    /// The regions the row names, top first; the node is LOCATED_IN the last one found.
    public var regions: [RegionCell] = []
    /// Which column each property came from (property → header text), for messages.
    public var columns: [String: String] = [:]
    /// The column that held the kind (`:LABEL`, `jenis`), for messages.
    public var kindColumn: String?
    /// For a person of an attendance sheet: the institution they belong to, which (with the
    /// name) tells them apart from other people of the same name.
    public var memberOf: EndpointReference?
    /// True: a row that matches an existing node is that node (an attendance sheet's person),
    /// not a conflict.
    public var reuse = false
    public var place: ImportPlace

    public init(key: String?, labels: [String], properties: [String: Value], place: ImportPlace) {
        self.key = key
        self.labels = labels
        self.properties = properties
        self.place = place
    }
}

/// How a relationship row names one of its ends.
public enum EndpointReference: Hashable, Sendable {
    /// A node key (admin-import `:START_ID`): a node of the batch in that id space, or of the
    /// registry (default id space only).
    case key(String, space: String, column: String)
    /// A key, or else the name of a stakeholder, event or person — within the regions given,
    /// with the kind label given (`pihak`, `mitra`, `instansi` columns).
    case keyOrName(String, regions: [RegionCell], kind: String?, column: String)
    /// The node of another row of the same batch (an attendance row's person).
    case row(Int)
}

/// A relationship read from an import file.
public struct ImportedRelationship: Sendable {
    /// The relationship's key; nil: identified by its ends, type and `identifyingProperties`.
    public var key: String?
    public var type: String
    public var start: EndpointReference
    public var end: EndpointReference
    public var properties: [String: Value]
    /// Properties that name a node (the meeting: `event`), as written: a key or a name, checked
    /// and stored as the node's key.
    public var references: [String: String] = [:]
    /// Which column each property came from.
    public var columns: [String: String] = [:]
    /// The column that held the type, for messages.
    public var typeColumn: String?
    /// True: a row that matches an existing relationship is that relationship (a person's
    /// membership of their institution), not a conflict.
    public var reuse = false
    /// Set this property to the key of the end of another relationship row of the batch
    /// (an attendance's `onBehalfOf`: the institution of the person's membership).
    public var endKeyProperty: (property: String, relationship: Int)?
    public var place: ImportPlace

    public init(
        key: String?, type: String, start: EndpointReference, end: EndpointReference, properties: [String: Value],
        place: ImportPlace
    ) {
        self.key = key
        self.type = type
        self.start = start
        self.end = end
        self.properties = properties
        self.place = place
    }
}

/// Everything read from the files of one import, in file and line order.
public struct ImportBatch: Sendable {
    public var nodes: [ImportedNode] = []
    public var relationships: [ImportedRelationship] = []
    /// Problems found while reading (syntax, headers, cell values); rows with one are left
    /// out, and a batch with any is never applied.
    public var diagnostics: [ImportDiagnostic] = []
    /// The files read, in the order given (problems are reported in this order).
    public var files: [String] = []

    public init() {}

    /// The batch followed by another's rows and problems (row references are shifted).
    public mutating func append(_ other: ImportBatch) {
        let offset = nodes.count
        let relationshipOffset = relationships.count
        func shifted(_ e: EndpointReference?) -> EndpointReference? {
            if case .row(let i)? = e { return .row(i + offset) }
            return e
        }
        nodes += other.nodes.map { n in
            var n = n
            n.memberOf = shifted(n.memberOf)
            return n
        }
        relationships += other.relationships.map { r in
            var r = r
            r.start = shifted(r.start) ?? r.start
            r.end = shifted(r.end) ?? r.end
            if let p = r.endKeyProperty { r.endKeyProperty = (p.property, p.relationship + relationshipOffset) }
            return r
        }
        diagnostics += other.diagnostics
        files += other.files.filter { !files.contains($0) }
    }
}
