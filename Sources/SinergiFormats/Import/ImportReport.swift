// What an import did, or would do, row by row: the dry-run report every format shares —
// "create peserta.csv:3: node n606 Stakeholder:Bappeda 'Bappeda Kabupaten Karo' in Kabupaten
// Karo", "skip kemitraan.csv:4: PARTNERS_WITH r17 (exists)".
import SinergiGraph
import SinergiSchema
import SinergiText

/// The lines of an import report, one per action, in file order.
public enum ImportReport {
    /// One message per action of the outcome (applied to a copy for a dry run, so generated
    /// keys are the ones the import would give).
    ///
    /// - Complexity: O(actions · p) for p properties per row.
    public static func lines(_ outcome: ImportOutcome) -> [Message] {
        let graph = outcome.graph
        let batch = outcome.plan.batch
        var out: [Message] = []
        for action in outcome.plan.actions {
            let verb: MessageKey
            switch action.kind {
            case .create: verb = .importReportCreate
            case .replace: verb = .importReportReplace
            case .skip: verb = .importReportSkip
            case .match: verb = .importReportMatch
            }
            let what: Message
            switch action.subject {
            case .node(let i):
                let node = batch.nodes[i]
                let key = outcome.nodeKeys[i]
                let name = node.properties[TPBISSchema.Property.name]?.stringValue
                what = Message(
                    name == nil ? .importReportNode : .importReportNamedNode,
                    [
                        "key": .text(key), "labels": .text(node.labels.joined(separator: ":")),
                        "name": .text(name ?? ""),
                    ])
            case .location(let i):
                let key = outcome.nodeKeys[i]
                let node = graph.node(forKey: key)
                let region =
                    node.flatMap { n in
                        graph.outgoing(of: n).first { graph.type(of: $0) == TPBISSchema.Relationship.locatedIn }
                    }.map { graph.end(of: $0) }
                let regionName = region.flatMap { graph.property(TPBISSchema.Property.name, of: $0).stringValue } ?? ""
                what = Message(.importReportLocation, ["key": .text(key), "region": .text(regionName)])
            case .relationship(let i):
                let r = batch.relationships[i]
                let key = outcome.relationshipKeys[i]
                let id = graph.relationship(forKey: key)
                let start = id.map { graph.key(of: graph.start(of: $0)) } ?? ""
                let end = id.map { graph.key(of: graph.end(of: $0)) } ?? ""
                what = Message(
                    .importReportRelationship,
                    ["key": .text(key), "type": .text(r.type), "start": .text(start), "end": .text(end)])
            }
            out.append(Message(verb, ["place": .text(action.place.description), "what": .message(what)]))
        }
        return out
    }
}
