// Another registry, journal and all, as import rows: the registry as its last committed
// transaction left it, each node and relationship at the line that last wrote it. So
// `sinergi import -r ours.jsonl theirs.jsonl` needs no `compact` of theirs first, and its
// messages still name theirs' FILE:LINE.
import SinergiFormats
import SinergiGraph
import SinergiText

extension RegistryHistory {
    /// The registry's current entities as rows of an import batch: the snapshot's rows, then
    /// every committed transaction folded in — a written entity replaces its row (placed at the
    /// writing line), a deleted one drops it (a deleted node with its relationships, as the
    /// loader deletes them). Uncommitted lines after the last commit are no part of it, as they
    /// are no part of the registry.
    ///
    /// - Parameter lines: the same bytes as `JSONLinesImport.batch` read them: its rows are the
    ///   snapshot's (a journal line is no row there, only a problem, which is dropped here).
    /// - Complexity: O(size of the journal), besides the rows given.
    public func importBatch(from lines: ImportBatch) -> ImportBatch {
        var batch = lines
        batch.diagnostics.removeAll { $0.message.key == .importJournalRecord }
        var nodeRow: [String: Int] = [:]
        var relationshipRow: [String: Int] = [:]
        for (i, n) in batch.nodes.enumerated() { if let key = n.key { nodeRow[key] = i } }
        for (i, r) in batch.relationships.enumerated() { if let key = r.key { relationshipRow[key] = i } }
        var deletedNodes = Set<String>()
        var deletedRelationships = Set<String>()
        for transaction in journal.transactions {
            for (offset, record) in transaction.records.enumerated() {
                let place = ImportPlace(file: path, line: transaction.firstLine + offset)
                switch record {
                case .node(let key, let labels, let properties, _):
                    let row = ImportedNode(key: key, labels: labels, properties: properties, place: place)
                    deletedNodes.remove(key)
                    Self.put(row, key: key, into: &batch.nodes, rows: &nodeRow)
                case .relationship(let key, let type, let start, let end, let properties, _):
                    let row = ImportedRelationship(
                        key: key, type: type, start: .key(start, space: "", column: "start"),
                        end: .key(end, space: "", column: "end"), properties: properties, place: place)
                    deletedRelationships.remove(key)
                    Self.put(row, key: key, into: &batch.relationships, rows: &relationshipRow)
                case .deleteNode(let key, _):
                    deletedNodes.insert(key)
                case .deleteRelationship(let key, _):
                    deletedRelationships.insert(key)
                case .index, .commit:
                    break
                }
            }
        }
        batch.nodes.removeAll { $0.key.map(deletedNodes.contains) ?? false }
        batch.relationships.removeAll { r in
            if let key = r.key, deletedRelationships.contains(key) { return true }
            for end in [r.start, r.end] {
                if case .key(let key, _, _) = end, deletedNodes.contains(key) { return true }
            }
            return false
        }
        return batch
    }

    /// Replaces the row with `key` in `rows`, or appends it (`index`: key → position).
    /// - Complexity: O(1) amortised.
    private static func put<Row>(_ row: Row, key: String, into rows: inout [Row], rows index: inout [String: Int]) {
        if let i = index[key] {
            rows[i] = row
        } else {
            index[key] = rows.count
            rows.append(row)
        }
    }
}
