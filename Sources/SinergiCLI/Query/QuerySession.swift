// A registry opened for queries: statements run in memory; a statement that changes the
// graph commits as one journal transaction, redone on a fresh read if another writer won.
import Foundation
import SinergiGraph
import SinergiQuery
import SinergiRegistry

/// The outcome of one statement in a session.
struct StatementOutcome {
    var result: QueryResult
    var commit: CommitSummary?
    var milliseconds: Double
}

/// Runs statements against a registry file with optimistic concurrency.
final class QuerySession {
    let registry: Registry
    private(set) var version: RegistryVersion
    private(set) var graph: PropertyGraph
    var parameters: [String: Value] = [:]
    var options = QueryOptions()
    /// How many times a statement is redone optimistically when other writers keep committing
    /// first; then it runs under the registry's lock.
    let maximumAttempts = 4

    /// Opens the registry at `path`; with `create`, a missing file is an empty registry that
    /// the first writing statement creates (a read-only session leaves no file behind).
    init(path: String, create: Bool = false, console: Console) throws {
        registry = Registry(path: path)
        if create && !registry.exists {
            version = registry.absentVersion()
        } else {
            version = try registry.loadVersion(useCache: CommandSupport.useCache)
        }
        graph = version.loaded.graph
        CommandSupport.report(version.loaded.warnings, console: console)
    }

    /// Runs one statement; on a `QueryError` the registry and the session are unchanged.
    func run(_ statement: String) throws -> StatementOutcome {
        for _ in 0..<maximumAttempts {
            let start = DispatchTime.now().uptimeNanoseconds
            var working = graph
            working.resetChanges()
            let result = try QueryEngine.execute(
                statement, parameters: parameters, on: &working, options: options.withSinergiProcedures)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if working.changes.isEmpty {
                return StatementOutcome(result: result, commit: nil, milliseconds: elapsed)
            }
            if let commit = try registry.commit(working, over: version) {
                if !version.exists {
                    // The file was created by this commit: continue from what is now on disk.
                    version = try registry.loadVersion(useCache: CommandSupport.useCache)
                    graph = version.loaded.graph
                    return StatementOutcome(result: result, commit: commit, milliseconds: elapsed)
                }
                var loaded = version.loaded
                loaded.committedLength += commit.bytes
                loaded.lastTransaction = commit.transaction ?? loaded.lastTransaction
                loaded.journalTransactions += 1
                working.resetChanges()
                loaded.graph = working
                version.size = Int64(loaded.committedLength)
                version.loaded = loaded
                graph = working
                return StatementOutcome(result: result, commit: commit, milliseconds: elapsed)
            }
            // Another process committed first: read its work and run the statement again.
            version = try registry.loadVersion(useCache: CommandSupport.useCache)
            graph = version.loaded.graph
        }
        // Other writers kept winning: run the statement under the registry's lock, where
        // nobody can commit in between (it then waits for them instead of racing them).
        let start = DispatchTime.now().uptimeNanoseconds
        let locked = try registry.transaction { g in
            try QueryEngine.execute(statement, parameters: parameters, on: &g, options: options.withSinergiProcedures)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        version = try registry.loadVersion(useCache: CommandSupport.useCache)
        graph = version.loaded.graph
        return StatementOutcome(
            result: locked.value, commit: locked.commit.transaction == nil ? nil : locked.commit, milliseconds: elapsed)
    }

    /// Parses `name=value` with the value in the query language's literal syntax.
    static func parameter(_ text: String) throws -> (String, Value) {
        guard let eq = text.firstIndex(of: "=") else {
            throw CLIError.usage("parameter '\(text)' must be name=value (the value as a literal, e.g. 'Kepri' or 3)")
        }
        let name = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        let literal = String(text[text.index(after: eq)...])
        guard !name.isEmpty else { throw CLIError.usage("parameter '\(text)' has no name") }
        return (name, try value(of: literal, name: name))
    }

    /// Evaluates a literal expression (no graph access) to a value.
    static func value(of literal: String, name: String) throws -> Value {
        var empty = PropertyGraph()
        do {
            let r = try QueryEngine.execute("RETURN \(literal) AS v", on: &empty)
            guard let v = r.rows.first?.first, r.rows.count == 1 else {
                throw CLIError.usage("parameter '\(name)': '\(literal)' is not a single value")
            }
            return v
        } catch let error as QueryError {
            throw CLIError.usage("parameter '\(name)': '\(literal)' is not a literal: \(error.message)")
        }
    }

    /// The statistics line for stderr: rows, time, and what changed.
    static func summary(_ outcome: StatementOutcome) -> String {
        let s = outcome.result.statistics
        var parts = ["\(outcome.result.rows.count) row\(outcome.result.rows.count == 1 ? "" : "s")"]
        let counts: [(Int, String)] = [
            (s.nodesCreated, "nodes created"), (s.nodesDeleted, "nodes deleted"),
            (s.relationshipsCreated, "relationships created"), (s.relationshipsDeleted, "relationships deleted"),
            (s.propertiesSet, "properties set"), (s.propertiesRemoved, "properties removed"),
            (s.labelsAdded, "labels added"), (s.labelsRemoved, "labels removed"),
            (s.indexesAdded, "indexes added"), (s.indexesRemoved, "indexes removed"),
        ]
        for (n, what) in counts where n > 0 { parts.append("\(n) \(what)") }
        if let tx = outcome.commit?.transaction { parts.append("committed as transaction \(tx)") }
        return parts.joined(separator: ", ") + String(format: " (%.1f ms)", outcome.milliseconds)
    }
}
