// A registry opened for queries: statements run in memory; a statement that changes the
// graph commits as one journal transaction, redone on a fresh read if another writer won.
// A script can also run as one transaction (all statements or none).
import Foundation
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiSchema
import SinergiText

/// The outcome of one statement in a session.
struct StatementOutcome {
    var result: QueryResult
    var commit: CommitSummary?
    var milliseconds: Double
}

/// A statement of a script that failed, which left the registry as it was.
struct ScriptFailure: Error {
    /// The failing statement's index in the script, from 0.
    var index: Int
    /// Its error.
    var error: QueryError
}

/// A `name=value` parameter, the value in the query language's literal syntax.
struct QueryParameter: Sendable {
    var name: String
    var value: Value
}

/// Runs statements against a registry file with optimistic concurrency.
final class QuerySession {
    let registry: Registry
    private(set) var version: RegistryVersion
    private(set) var graph: PropertyGraph
    var parameters: [String: Value] = [:]
    var options = QueryOptions()
    /// Names a statement may write although they look like misspellings (`--allow`).
    var allowed: Set<String> = []
    /// `--as-of`: the session reads the registry as it was then, and refuses to write.
    let asOf: HistoryPoint?
    /// How many times a statement is redone optimistically when other writers keep committing
    /// first; then it runs under the registry's lock.
    let maximumAttempts = 4

    /// Opens the registry at `path`; with `create`, a missing file is an empty registry that
    /// the first writing statement creates (a read-only session leaves no file behind). With
    /// `asOf`, the registry as it was at that point, read-only.
    init(path: String, create: Bool = false, asOf: HistoryPoint? = nil, console: Console, quiet: Bool = false) throws {
        let registry = Registry(path: path, signature: console.signature)
        self.registry = registry
        self.asOf = asOf
        if let asOf {
            let past = try CommandSupport.load(path: path, asOf: asOf, console: console, quiet: quiet)
            version = registry.pastVersion(of: past)
            graph = past.graph
            return
        }
        if create && !registry.exists {
            version = registry.absentVersion()
        } else {
            version = try Progress.during(
                Message(.progressReading, ["path": .text(path)]), console: console, quiet: quiet
            ) { () throws(RegistryError) in try registry.loadVersion(useCache: CommandSupport.useCache) }
        }
        graph = version.loaded.graph
        CommandSupport.report(version.loaded.warnings, console: console)
    }

    /// The names the TPBIS schema declares: writing one for the first time is no news.
    static let declared = QueryVocabulary(
        labels: TPBISSchema.labels, types: TPBISSchema.relationshipTypes, properties: TPBISSchema.knownProperties)

    /// The notifications of each statement against the registry as it is now, each statement
    /// also knowing the names the ones before it write (a script that creates a label and
    /// then matches it is no news).
    /// - Complexity: O(n log n) in the length of the statements, plus the suggestions' cost.
    func check(_ statements: [String]) -> [QueryCheck] {
        var known = QueryVocabulary(graph)
        var out: [QueryCheck] = []
        for statement in statements {
            let check = QueryNotifications.check(
                statement, known: known, declared: Self.declared, allowed: allowed,
                procedures: options.withSinergiProcedures.procedures)
            known.formUnion(check.written)
            out.append(check)
        }
        return out
    }

    /// Runs one statement; on a `QueryError` the registry and the session are unchanged.
    func run(_ statement: String) throws -> StatementOutcome {
        let (outcomes, _) = try runTogether([statement])
        return outcomes[0]
    }

    /// Runs the statements as one transaction: every change of every statement is committed
    /// together, or — when one fails — none is, and the registry is exactly as it was.
    /// - Throws: `ScriptFailure` naming the statement that failed.
    /// - Returns: each statement's outcome (the commit is on the last one that changed anything).
    func runScript(_ statements: [String]) throws -> [StatementOutcome] {
        try runTogether(statements).outcomes
    }

    private func runTogether(_ statements: [String]) throws -> (outcomes: [StatementOutcome], CommitSummary?) {
        for _ in 0..<maximumAttempts {
            var working = graph
            working.resetChanges()
            var outcomes: [StatementOutcome] = []
            for (index, statement) in statements.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                let result: QueryResult
                switch execute(statement, on: &working) {
                case .success(let r): result = r
                case .failure(let error):
                    if statements.count == 1 { throw error }
                    throw ScriptFailure(index: index, error: error)
                }
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                outcomes.append(StatementOutcome(result: result, commit: nil, milliseconds: elapsed))
            }
            if working.changes.isEmpty { return (outcomes, nil) }
            if let asOf { throw CLIError.failure(.historyAsOfReadOnly, ["point": .text(asOf.description)]) }
            if let commit = try registry.commit(working, over: version) {
                if let last = outcomes.lastIndex(where: { $0.result.statistics.containsUpdates }) {
                    outcomes[last].commit = commit
                } else {
                    outcomes[outcomes.count - 1].commit = commit
                }
                if !version.exists {
                    // The file was created by this commit: continue from what is now on disk.
                    version = try registry.loadVersion(useCache: CommandSupport.useCache)
                    graph = version.loaded.graph
                    return (outcomes, commit)
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
                return (outcomes, commit)
            }
            // Another process committed first: read its work and run the statements again.
            version = try registry.loadVersion(useCache: CommandSupport.useCache)
            graph = version.loaded.graph
        }
        // Other writers kept winning: run the statements under the registry's lock, where
        // nobody can commit in between (it then waits for them instead of racing them).
        var outcomes: [StatementOutcome] = []
        let locked = try registry.transaction { g in
            for (index, statement) in statements.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                switch execute(statement, on: &g) {
                case .success(let r):
                    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                    outcomes.append(StatementOutcome(result: r, commit: nil, milliseconds: elapsed))
                case .failure(let error):
                    if statements.count == 1 { throw error }
                    throw ScriptFailure(index: index, error: error)
                }
            }
        }
        version = try registry.loadVersion(useCache: CommandSupport.useCache)
        graph = version.loaded.graph
        let commit = locked.commit.transaction == nil ? nil : locked.commit
        if let commit { outcomes[outcomes.count - 1].commit = commit }
        return (outcomes, commit)
    }

    /// One statement on `graph`, its error as a value.
    private func execute(_ statement: String, on graph: inout PropertyGraph) -> Result<QueryResult, QueryError> {
        do throws(QueryError) {
            return .success(
                try QueryEngine.execute(
                    statement, parameters: parameters, on: &graph, options: options.withSinergiProcedures))
        } catch {
            return .failure(error)
        }
    }

    /// Parses `name=value` with the value in the query language's literal syntax.
    static func parameter(_ text: String) throws(CLIError) -> QueryParameter {
        guard let eq = text.firstIndex(of: "=") else {
            throw .usage(.queryParameterShape, ["text": .text(text)])
        }
        let name = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        let literal = String(text[text.index(after: eq)...])
        guard !name.isEmpty else { throw .usage(.queryParameterNoName, ["text": .text(text)]) }
        return QueryParameter(name: name, value: try value(of: literal, name: name))
    }

    /// Evaluates a literal expression (no graph access) to a value.
    static func value(of literal: String, name: String) throws(CLIError) -> Value {
        var empty = PropertyGraph()
        let r: QueryResult
        do {
            r = try QueryEngine.execute("RETURN \(literal) AS v", on: &empty)
        } catch {
            throw .usage(
                .queryParameterNotALiteral,
                ["name": .text(name), "literal": .text(literal), "reason": .text(error.message)])
        }
        guard let v = r.rows.first?.first, r.rows.count == 1 else {
            throw .usage(.queryParameterNotOneValue, ["name": .text(name), "literal": .text(literal)])
        }
        return v
    }

    /// The statistics line for stderr: rows, what changed, the transaction, and the time.
    static func summary(_ outcome: StatementOutcome, language: Language) -> String {
        let s = outcome.result.statistics
        var parts = [Message(.queryRows, ["n": .count(outcome.result.rows.count)])]
        let counts: [(Int, MessageKey)] = [
            (s.nodesCreated, .queryNodesCreated), (s.nodesDeleted, .queryNodesDeleted),
            (s.relationshipsCreated, .queryRelationshipsCreated), (s.relationshipsDeleted, .queryRelationshipsDeleted),
            (s.propertiesSet, .queryPropertiesSet), (s.propertiesRemoved, .queryPropertiesRemoved),
            (s.labelsAdded, .queryLabelsAdded), (s.labelsRemoved, .queryLabelsRemoved),
            (s.indexesAdded, .queryIndexesAdded), (s.indexesRemoved, .queryIndexesRemoved),
        ]
        for (n, key) in counts where n > 0 { parts.append(Message(key, ["n": .count(n)])) }
        if let tx = outcome.commit?.transaction {
            parts.append(Message(.queryCommitted, ["transaction": .int(Int(tx))]))
        }
        let time = Message(.queryMilliseconds, ["ms": .decimal(outcome.milliseconds, digits: 1)])
        return parts.map { $0.text(language) }.joined(separator: ", ") + " " + time.text(language)
    }
}
