// Importing APOC JSON lines into a graph: all records parsed first, then applied, all or nothing.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiText

/// What to do when an imported node or relationship key exists already.
public enum ImportConflictPolicy: String, Sendable, CaseIterable {
    /// Report an error (the default): nothing is imported.
    case error
    /// Replace the existing entity's labels/type and properties.
    case replace
    /// Keep the existing entity and skip the imported record.
    case skip
}

/// Reads APOC-shaped JSON lines (`apoc.export.json` output, or a registry) for import.
public enum JSONLinesImport {
    /// Parses every line of `data`; any malformed line is reported as `FILE:LINE:COLUMN: …`.
    /// Journal records are refused: import a compacted registry or an APOC export.
    /// - Complexity: O(size of the data).
    public static func records(from data: Data, file: String) throws(RegistryError) -> [(
        line: Int, record: RegistryRecord
    )] {
        var out: [(Int, RegistryRecord)] = []
        var problems: [RegistryDiagnostic] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            // Decoded from the bytes themselves, so invalid UTF-8 is an error, not U+FFFD.
            let bytes = Array(line.last == 0x0D ? line.dropLast() : line[...])
            let decoded: Result<RegistryRecord, JSONLineError> = bytes.withUnsafeBufferPointer { buffer in
                do throws(JSONLineError) {
                    return .success(try JSONLineDecoder.decode(buffer))
                } catch {
                    return .failure(error)
                }
            }
            do throws(JSONLineError) {
                let record = try decoded.get()
                if record.tx != nil {
                    problems.append(
                        RegistryDiagnostic(file: file, line: lineNumber, message: Message(.importJournalRecord)))
                } else {
                    out.append((lineNumber, record))
                }
            } catch {
                problems.append(
                    RegistryDiagnostic(file: file, line: lineNumber, column: error.column, message: error.message))
            }
            if problems.count >= RegistryLoader.maximumProblems { break }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return out
    }

    /// Applies parsed records to `graph` (nodes before relationships, in file order).
    /// On any problem the caller's graph must be discarded (it is left partly changed).
    /// - Returns: counts of created, replaced and skipped entities.
    /// - Complexity: O(records).
    public static func apply(
        _ records: [(line: Int, record: RegistryRecord)], file: String, to graph: inout PropertyGraph,
        onConflict policy: ImportConflictPolicy
    ) throws(RegistryError) -> (created: Int, replaced: Int, skipped: Int) {
        var problems: [RegistryDiagnostic] = []
        var created = 0
        var replaced = 0
        var skipped = 0
        func fail(_ line: Int, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
            problems.append(RegistryDiagnostic(file: file, line: line, message: Message(key, arguments)))
        }
        let ordered =
            records.filter { if case .node = $0.record { return true } else { return false } }
            + records.filter { if case .node = $0.record { return false } else { return true } }
        for (line, record) in ordered {
            if problems.count >= RegistryLoader.maximumProblems { break }
            do throws(GraphError) {
                switch record {
                case .node(let key, let labels, let properties, _):
                    if let existing = graph.node(forKey: key) {
                        switch policy {
                        case .error:
                            fail(line, .importNodeExists, ["key": .text(key)])
                        case .skip: skipped += 1
                        case .replace:
                            for old in graph.labels(of: existing) where !labels.contains(old) {
                                try graph.removeLabel(old, from: existing)
                            }
                            for l in labels { try graph.addLabel(l, to: existing) }
                            try graph.setProperties(properties, on: existing)
                            replaced += 1
                        }
                    } else {
                        try graph.addNode(key: key, labels: labels, properties: properties)
                        created += 1
                    }
                case .relationship(let key, let type, let startKey, let endKey, let properties, _):
                    guard let s = graph.node(forKey: startKey) else {
                        fail(line, .registryUnknownStart, ["key": .text(key), "node": .text(startKey)])
                        continue
                    }
                    guard let e = graph.node(forKey: endKey) else {
                        fail(line, .registryUnknownEnd, ["key": .text(key), "node": .text(endKey)])
                        continue
                    }
                    if let existing = graph.relationship(forKey: key) {
                        switch policy {
                        case .error:
                            fail(line, .importRelationshipExists, ["key": .text(key)])
                        case .skip: skipped += 1
                        case .replace:
                            try graph.removeRelationship(existing)
                            try graph.addRelationship(key: key, type: type, from: s, to: e, properties: properties)
                            replaced += 1
                        }
                    } else {
                        try graph.addRelationship(key: key, type: type, from: s, to: e, properties: properties)
                        created += 1
                    }
                case .deleteNode, .deleteRelationship, .index, .commit:
                    fail(line, .importJournalRecord)
                }
            } catch {
                problems.append(RegistryDiagnostic(file: file, line: line, message: error.message))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return (created, replaced, skipped)
    }
}
