// The shell's `:schema`: the labels, relationship types and properties of a registry, with
// how many nodes or relationships have each, and its declared indexes.
import SinergiGraph
import SinergiQuery
import SinergiText

enum SchemaSummary {
    /// The schema as two tables (labels, then relationship types) and the index list, in `language`.
    ///
    /// Each row names the label or type, how many nodes or relationships carry it, what a person
    /// calls it, and its properties with how many of them have each (`name 39, roleModel 4`).
    /// - Complexity: O(N + E) entity visits, each decoding its properties.
    static func text(_ graph: PropertyGraph, language: Language, width: Int?) -> String {
        func t(_ key: MessageKey) -> String { key.template(language) }
        var labelProperties: [String: [String: Int]] = [:]
        for n in graph.nodes {
            let keys = graph.properties(of: n).keys
            for label in graph.labels(of: n) {
                for k in keys { labelProperties[label, default: [:]][k, default: 0] += 1 }
            }
        }
        var typeProperties: [String: [String: Int]] = [:]
        var typeCounts: [String: Int] = [:]
        for r in graph.relationships {
            let type = graph.type(of: r)
            typeCounts[type, default: 0] += 1
            for k in graph.properties(of: r).keys { typeProperties[type, default: [:]][k, default: 0] += 1 }
        }
        func list(_ counts: [String: Int]?) -> Value {
            let pairs = (counts ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return .string(
                pairs.map { "\($0.key) \(MessageTemplate.grouped($0.value, language: language))" }.joined(
                    separator: ", "))
        }
        let labels = graph.labelNames.map { ($0, graph.nodeCount(withLabel: $0)) }.filter { $0.1 > 0 }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0
        }
        let labelRows: [[Value]] = labels.map { label, count in
            [
                .string(label), .string(MessageTemplate.grouped(count, language: language)),
                .string(Vocabulary.kind(label, language)), list(labelProperties[label]),
            ]
        }
        let types = typeCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let typeRows: [[Value]] = types.map { type, count in
            [
                .string(type), .string(MessageTemplate.grouped(count, language: language)),
                .string(Vocabulary.relationship(type, language)), list(typeProperties[type]),
            ]
        }
        var out = RowRenderer.render(
            QueryResult(
                columns: [t(.schemaLabel), t(.schemaNodes), t(.schemaReadsAs), t(.schemaProperties)], rows: labelRows),
            format: .table, graph: graph, style: .plain, width: width)
        out += RowRenderer.render(
            QueryResult(
                columns: [t(.schemaType), t(.schemaRelationships), t(.schemaReadsAs), t(.schemaProperties)],
                rows: typeRows),
            format: .table, graph: graph, style: .plain, width: width)
        let indexes = graph.indexes.compactMap { graph.index(label: $0.label, property: $0.property) }
        if !indexes.isEmpty {
            out += t(.statsIndexes) + "\n"
            for i in indexes {
                out +=
                    "  "
                    + Message(
                        .statsIndex, ["name": .text(i.name), "label": .text(i.label), "property": .text(i.property)]
                    ).text(language) + "\n"
            }
        }
        return out
    }
}
