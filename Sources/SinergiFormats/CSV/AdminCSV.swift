// Neo4j admin-import CSV: the namespace, its input and result types. Reading lives in
// AdminCSV+Read.swift, writing in AdminCSV+Write.swift; docs/formats.md has the rules.

import SinergiGraph
import SinergiText

/// Neo4j `neo4j-admin database import` CSV files: separate node and relationship files
/// whose headers say what each column holds (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
/// `:TYPE`, `name:long`, `tags:string[]`, `:IGNORE`, id spaces `:ID(Group)`).
///
/// ```swift
/// let result = try AdminCSV.read(
///     nodeFiles: [(path: "org.csv", text: ":ID,:LABEL,name\nperpusnas,Stakeholder;Perpusnas,Perpusnas\n")],
///     relationshipFiles: [])
/// result.graph.nodeCount  // 1
/// let files = try AdminCSV.write(result.graph)
/// files.nodes.keys  // ["nodes_Perpusnas_Stakeholder.csv"]
/// ```
public enum AdminCSV {
    /// A file to import: the name used in diagnostics and its text.
    public typealias InputFile = (path: String, text: String)

    /// A successful import: the whole graph (the base graph plus everything imported)
    /// and the ids of what the import created.
    public struct ImportResult: Sendable {
        /// The base graph with every imported node and relationship added.
        public var graph: PropertyGraph
        /// The nodes created, in file and line order.
        public var createdNodes: [NodeID]
        /// The relationships created, in file and line order.
        public var createdRelationships: [RelationshipID]
    }

    /// The files of an export: file name → CSV text.
    public struct Export: Sendable, Equatable {
        /// One node file per label combination, e.g. `nodes_Bappeda_Stakeholder.csv`.
        public var nodes: [String: String]
        /// One relationship file per type, e.g. `relationships_PARTNERS_WITH.csv`.
        public var relationships: [String: String]

        /// The `neo4j-admin database import full` arguments for these files, sorted.
        public var neo4jImportArguments: [String] {
            nodes.keys.sorted().map { "--nodes=\($0)" } + relationships.keys.sorted().map { "--relationships=\($0)" }
        }
    }

    /// Why a graph cannot be written as admin-import CSV.
    public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible, Localized {
        /// A label contains `;`, the `:LABEL` separator.
        case labelContainsSemicolon(String)
        /// A property has an empty name, which no header can carry.
        case emptyPropertyName

        /// What a person reads about the refusal.
        public var message: Message {
            switch self {
            case .labelContainsSemicolon(let l): return Message(.adminCSVLabelSemicolon, ["label": .text(l)])
            case .emptyPropertyName: return Message(.adminCSVEmptyPropertyName)
            }
        }

        /// The English text.
        public var description: String { message.description }
    }
}
