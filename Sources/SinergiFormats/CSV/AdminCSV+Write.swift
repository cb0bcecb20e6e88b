// Exporting a graph as admin-import CSV: one node file per label combination, one
// relationship file per type, headers typed from the values, rows sorted by key, so
// the same graph always gives the same files.

import SinergiGraph

extension AdminCSV {
    /// Writes `graph` (or the part of it named by `subset`) as admin-import CSV files.
    ///
    /// Node files have `:ID` (the node key), `:LABEL` and one typed column per property
    /// name and value type; relationship files have `key` (the relationship key),
    /// `:START_ID`, `:END_ID`, `:TYPE` and typed property columns. A property whose
    /// values have different types in one file gets one column per type. Reading the
    /// files back with `read` gives an equal graph.
    ///
    /// - Throws: `WriteError` when a label contains `;` or a property name is empty.
    /// - Complexity: O((n + r) · c) for c columns per file, plus sorting.
    public static func write(_ graph: PropertyGraph, subset: GraphSubset? = nil) throws(WriteError) -> Export {
        let (nodeIDs, relationshipIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        var byLabels: [[String]: [NodeID]] = [:]
        for id in nodeIDs {
            let labels = graph.labels(of: id).sorted()
            for l in labels where ScalarText.contains(l, ";") { throw .labelContainsSemicolon(l) }
            byLabels[labels, default: []].append(id)
        }
        var export = Export(nodes: [:], relationships: [:])
        for labels in byLabels.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let ids = graph.sortedByKey(byLabels[labels] ?? [])
            let columns = try propertyColumns(ids.map { graph.exportedProperties(of: $0) })
            var rows: [[CSVField]] = [[CSVField(":ID"), CSVField(":LABEL")] + columns.map { CSVField($0.header) }]
            for id in ids {
                let props = graph.exportedProperties(of: id)
                rows.append(
                    [CSVField(graph.key(of: id)), CSVField(labels.joined(separator: ";"))]
                        + columns.map { $0.field(in: props) })
            }
            let base = labels.isEmpty ? "nodes" : "nodes_" + labels.joined(separator: "_")
            export.nodes[uniqueFileName(base, taken: export.nodes)] = CSVWriter.document(rows)
        }
        var byType: [String: [RelationshipID]] = [:]
        for id in relationshipIDs { byType[graph.type(of: id), default: []].append(id) }
        for type in byType.keys.sorted() {
            let ids = graph.sortedByKey(byType[type] ?? [])
            let columns = try propertyColumns(ids.map { graph.exportedProperties(of: $0) })
            var rows: [[CSVField]] = [
                [CSVField("key"), CSVField(":START_ID"), CSVField(":END_ID"), CSVField(":TYPE")]
                    + columns.map { CSVField($0.header) }
            ]
            for id in ids {
                let props = graph.exportedProperties(of: id)
                rows.append(
                    [
                        CSVField(graph.key(of: id)), CSVField(graph.key(of: graph.start(of: id))),
                        CSVField(graph.key(of: graph.end(of: id))), CSVField(type),
                    ] + columns.map { $0.field(in: props) })
            }
            export.relationships[uniqueFileName("relationships_" + type, taken: export.relationships)] =
                CSVWriter.document(rows)
        }
        return export
    }

    /// One typed property column of an export.
    private struct PropertyColumn {
        var name: String
        var type: AdminCSVType
        var header: String { name + ":" + type.description }

        func field(in properties: [String: Value]) -> CSVField {
            guard let v = properties[name], AdminCSVCell.columnType(for: v) == type else { return CSVField("") }
            return AdminCSVCell.field(for: v, type: type)
        }
    }

    private static func propertyColumns(_ all: [[String: Value]]) throws(WriteError) -> [PropertyColumn] {
        var seen: Set<String> = []
        var columns: [PropertyColumn] = []
        for properties in all {
            for (name, value) in properties {
                guard !name.isEmpty else { throw .emptyPropertyName }
                let column = PropertyColumn(name: name, type: AdminCSVCell.columnType(for: value))
                if seen.insert(column.header).inserted { columns.append(column) }
            }
        }
        return columns.sorted { ($0.name, $0.type.description) < ($1.name, $1.type.description) }
    }

    /// A file name made of safe characters (`A-Z a-z 0-9 _ -`), unique among `taken`.
    private static func uniqueFileName(_ base: String, taken: [String: String]) -> String {
        var safe = String.UnicodeScalarView()
        for s in base.unicodeScalars {
            let ok =
                ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_" || s == "-"
            safe.append(ok ? s : "-")
        }
        let stem = String(safe)
        var name = stem + ".csv"
        var n = 2
        while taken[name] != nil {
            name = stem + "_\(n).csv"
            n += 1
        }
        return name
    }
}
