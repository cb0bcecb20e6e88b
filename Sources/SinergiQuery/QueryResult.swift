// The public result types of the query engine: the rows a statement produced
// (in a `RowSchema`, the one row shape of query results, procedure outputs and the
// command line's reports), the side-effect counts a write statement caused, the
// plan text EXPLAIN and PROFILE print, and the options a caller can set (row
// limit, timeout, memory bound, cancellation, seed, procedures).

import SinergiGraph

/// What a statement changed, counted the way the openCypher TCK counts side effects:
/// by comparing the graph before and after the statement.
///
/// `propertiesSet` counts `(entity, key, value)` triples present after but not before,
/// `propertiesRemoved` the triples present before but not after (so overwriting a value
/// counts one of each); `labelsAdded`/`labelsRemoved` count label *names* that came into
/// or went out of use in the graph.
public struct QueryStatistics: Sendable, Equatable {
    /// Nodes that exist after but not before (`+nodes`).
    public var nodesCreated = 0
    /// Nodes that existed before but not after (`-nodes`).
    public var nodesDeleted = 0
    /// `+relationships`.
    public var relationshipsCreated = 0
    /// `-relationships`.
    public var relationshipsDeleted = 0
    /// `+properties`.
    public var propertiesSet = 0
    /// `-properties`.
    public var propertiesRemoved = 0
    /// `+labels`.
    public var labelsAdded = 0
    /// `-labels`.
    public var labelsRemoved = 0
    /// Indexes declared by `CREATE INDEX`.
    public var indexesAdded = 0
    /// Indexes dropped by `DROP INDEX`.
    public var indexesRemoved = 0

    /// No changes.
    public init() {}

    /// True when any count is non-zero.
    /// - Complexity: O(1).
    public var containsUpdates: Bool {
        nodesCreated + nodesDeleted + relationshipsCreated + relationshipsDeleted + propertiesSet
            + propertiesRemoved + labelsAdded + labelsRemoved + indexesAdded + indexesRemoved > 0
    }
}

/// The columns of a table of rows: a name and a type each. Query results, procedure
/// outputs (`Procedure.outputs`) and the command line's reports all use it, so a row is
/// always `[Value]` in the order of its schema's columns.
///
/// ```swift
/// let schema: RowSchema = [.init("key", .string), .init("hops", .integer)]
/// schema.names  // ["key", "hops"]
/// ```
public struct RowSchema: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// One column.
    public typealias Column = ProcedureField

    /// The columns in order.
    public var columns: [Column]

    /// A schema of `columns`.
    public init(_ columns: [Column]) { self.columns = columns }

    /// A schema of `names`, every column of any type.
    public init(names: [String]) { columns = names.map { Column($0, .any) } }

    public init(arrayLiteral elements: Column...) { columns = elements }

    /// The column names in order.
    public var names: [String] { columns.map(\.name) }

    public var startIndex: Int { columns.startIndex }
    public var endIndex: Int { columns.endIndex }
    public subscript(position: Int) -> Column { columns[position] }
}

/// The outcome of one statement.
public struct QueryResult: Sendable {
    /// The columns: names and types.
    public var schema: RowSchema
    /// The column names, in order.
    public var columns: [String] {
        get { schema.names }
        set { schema = RowSchema(names: newValue) }
    }
    /// The rows; each has `columns.count` values in the schema's order. Nodes and
    /// relationships refer to the graph the statement ran on (after the statement).
    public var rows: [[Value]]
    /// Side-effect counts.
    public var statistics: QueryStatistics
    /// The plan text, for `EXPLAIN` and `PROFILE` statements; nil otherwise.
    public var plan: String?

    /// Creates a result.
    /// - Complexity: O(1).
    public init(columns: [String], rows: [[Value]], statistics: QueryStatistics = .init(), plan: String? = nil) {
        self.init(schema: RowSchema(names: columns), rows: rows, statistics: statistics, plan: plan)
    }

    /// Creates a result with typed columns.
    /// - Complexity: O(1).
    public init(schema: RowSchema, rows: [[Value]], statistics: QueryStatistics = .init(), plan: String? = nil) {
        self.schema = schema
        self.rows = rows
        self.statistics = statistics
        self.plan = plan
    }
}

/// Limits and extras for one statement.
public struct QueryOptions: Sendable {
    /// The most rows any operator may hold or produce; beyond it the statement fails with
    /// `RowLimitExceeded`-style `QueryError` (code `numberOutOfRange`, message names the limit).
    public var maxRows: Int = 10_000_000
    /// Wall-clock limit in seconds; nil for none. Checked inside long expressions too, so a
    /// statement stops within a few milliseconds of it.
    public var timeout: Double? = nil
    /// The most memory a statement may add to the process (bytes); beyond it the statement
    /// fails with `MemoryLimitExceeded`. Default: `QueryOptions.defaultMaxMemory` (2 GiB).
    public var maxMemory: Int = QueryOptions.defaultMaxMemory
    /// Set from another thread to stop the running statement (`QueryCancelled`); nil for none.
    public var cancellation: QueryCancellation? = nil
    /// Seed for `rand()`; nil for a fresh random seed.
    public var randomSeed: UInt64? = nil
    /// The procedures `CALL` can reach; defaults to the built-ins (`db.labels()` …).
    public var procedures: ProcedureRegistry = .standard

    /// The default memory bound of a statement: 2 GiB.
    public static let defaultMaxMemory = 2 << 30

    /// Default options.
    public init() {}

    /// Options with the given limits.
    public init(maxRows: Int = 10_000_000, timeout: Double? = nil, randomSeed: UInt64? = nil) {
        self.maxRows = maxRows
        self.timeout = timeout
        self.randomSeed = randomSeed
    }
}
