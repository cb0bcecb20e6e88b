// Running the schema statements: declaring and dropping (label, property) equality
// indexes on the graph (recorded in its change set, so a registry journals them and
// every later load rebuilds them) and listing them. An index is used by MATCH for a
// node pattern with that label and an equality on that property (a property map or
// a WHERE equality), shown as NodeIndexSeek by EXPLAIN.

import SinergiGraph

/// Executes `SchemaCommand`s.
enum SchemaCommands {
    /// The columns of `SHOW INDEXES`.
    static let showColumns = ["name", "label", "property", "entries"]

    /// Runs `command` on `graph`; on an error the graph is unchanged.
    /// - Complexity: CREATE O(n_label · p) to build the index; DROP O(i); SHOW O(i · entries).
    static func run(_ command: SchemaCommand, on graph: inout PropertyGraph) throws(QueryError) -> QueryResult {
        var statistics = QueryStatistics()
        switch command {
        case .showIndexes:
            let rows: [[Value]] = graph.indexes.compactMap { key in
                guard let index = graph.index(label: key.label, property: key.property) else { return nil }
                return [.string(index.name), .string(key.label), .string(key.property), .int(Int64(index.entryCount))]
            }
            return QueryResult(columns: showColumns, rows: rows)
        case .createIndex(let name, let label, let property, let ifNotExists):
            let chosen = name ?? PropertyIndex.defaultName(label: label, property: property)
            if let existing = graph.index(label: label, property: property) {
                if ifNotExists { return QueryResult(columns: [], rows: []) }
                throw schemaError(
                    .equivalentSchemaRuleAlreadyExists,
                    "an index on :\(label)(\(property)) already exists, named '\(existing.name)'")
            }
            if let clash = graph.index(named: chosen) {
                if ifNotExists { return QueryResult(columns: [], rows: []) }
                throw schemaError(
                    .equivalentSchemaRuleAlreadyExists,
                    "an index named '\(chosen)' already exists, on :\(clash.label)(\(clash.property))")
            }
            if graph.createIndex(label: label, property: property, name: chosen) { statistics.indexesAdded = 1 }
        case .dropIndexNamed(let name, let ifExists):
            guard let index = graph.index(named: name) else {
                if ifExists { return QueryResult(columns: [], rows: []) }
                throw schemaError(.indexNotFound, "there is no index named '\(name)' (SHOW INDEXES lists them)")
            }
            if graph.dropIndex(label: index.label, property: index.property) { statistics.indexesRemoved = 1 }
        case .dropIndexOn(let label, let property):
            guard graph.dropIndex(label: label, property: property) else {
                throw schemaError(
                    .indexNotFound, "there is no index on :\(label)(\(property)) (SHOW INDEXES lists them)")
            }
            statistics.indexesRemoved = 1
        }
        return QueryResult(columns: [], rows: [], statistics: statistics)
    }

    static func schemaError(_ code: QueryErrorCode, _ message: String) -> QueryError {
        QueryError(kind: .schemaError, phase: .runtime, code: code, message: message, location: nil)
    }
}
