// The documented TPBIS schema `sinergi check` validates against (see docs/schema.md).
import SinergiGraph

/// Labels, relationship types and required properties of a TPBIS registry.
///
/// The engine itself is schema-optional; this schema only drives `sinergi check`.
public enum TPBISSchema {
    /// Stakeholder kinds (each Stakeholder carries `Stakeholder` plus one of these).
    public static let stakeholderKinds: [String] = [
        "Perpusnas", "Bappenas", "Kemendes", "ProvincialLibraryOffice", "RegencyLibraryOffice", "Bappeda", "DPMPD",
        "VillageLibrary", "VillageGovernment", "SynergyTeam", "Facilitator", "MasterTrainer", "Partner", "Patron",
    ]
    /// Region levels (each Region carries `Region` plus one of these).
    public static let regionLevels: [String] = ["Province", "Regency", "District", "Village"]
    /// Event kinds (each Event carries `Event` plus one of these).
    public static let eventKinds: [String] = ["Bimtek", "PLM", "SHM"]
    /// Every label the schema knows.
    public static let labels: Set<String> = Set(
        ["Stakeholder", "Region", "Event", "Person"] + stakeholderKinds + regionLevels + eventKinds)
    /// Every relationship type the schema knows.
    public static let relationshipTypes: Set<String> = [
        "LOCATED_IN", "PART_OF", "PARTNERS_WITH", "COORDINATES", "MENTORS", "FUNDS", "REPLICATED_FROM", "ATTENDED",
        "MEMBER_OF",
    ]
    /// Properties a node with the label must have.
    public static let requiredProperties: [String: [String]] = [
        "Stakeholder": ["name"], "Region": ["name"], "Event": ["name", "date"], "Person": ["name"],
    ]
    /// Node properties whose values name other nodes by key.
    public static let referenceProperties: [String] = ["onBehalfOf", "followUpOf", "roleModelOf"]

    /// Labels the endpoints of a relationship type must carry (start, end); nil means any.
    public static let endpoints: [String: (start: String?, end: String?)] = [
        "LOCATED_IN": (nil, "Region"), "PART_OF": ("Region", "Region"), "ATTENDED": (nil, "Event"),
        "REPLICATED_FROM": ("Stakeholder", "Stakeholder"), "PARTNERS_WITH": ("Stakeholder", "Stakeholder"),
    ]
}

/// One schema finding: which entity, and what is wrong.
public struct SchemaFinding: Equatable, Sendable {
    /// The node, when the finding is about one.
    public var node: NodeID?
    /// The relationship, when the finding is about one.
    public var relationship: RelationshipID?
    /// What is wrong.
    public var message: String
}

/// Validates a graph against `TPBISSchema`.
public enum SchemaCheck {
    /// Every finding, nodes first then relationships, in id order.
    /// - Complexity: O(N·(l + p) + E).
    public static func findings(in graph: PropertyGraph) -> [SchemaFinding] {
        var out: [SchemaFinding] = []
        for n in graph.nodes {
            let key = graph.key(of: n)
            let labels = graph.labels(of: n)
            if labels.isEmpty { out.append(SchemaFinding(node: n, message: "node '\(key)' has no label")) }
            for l in labels where !TPBISSchema.labels.contains(l) {
                out.append(SchemaFinding(node: n, message: "node '\(key)' has unknown label '\(l)'"))
            }
            for l in labels {
                for p in TPBISSchema.requiredProperties[l] ?? [] where graph.property(p, of: n).isNull {
                    out.append(SchemaFinding(node: n, message: "\(l) '\(key)' has no '\(p)'"))
                }
            }
            for p in TPBISSchema.referenceProperties {
                let v = graph.property(p, of: n)
                let keys: [String]
                switch v {
                case .string(let s): keys = [s]
                case .list(let items): keys = items.compactMap(\.stringValue)
                default: keys = []
                }
                for k in keys where graph.node(forKey: k) == nil {
                    out.append(
                        SchemaFinding(
                            node: n, message: "node '\(key)': '\(p)' names unknown node '\(k)' (dangling reference)"))
                }
            }
        }
        for r in graph.relationships {
            let type = graph.type(of: r)
            let key = graph.key(of: r)
            guard TPBISSchema.relationshipTypes.contains(type) else {
                out.append(SchemaFinding(relationship: r, message: "relationship '\(key)' has unknown type '\(type)'"))
                continue
            }
            if let rule = TPBISSchema.endpoints[type] {
                if let s = rule.start, !graph.hasLabel(graph.start(of: r), s) {
                    out.append(
                        SchemaFinding(
                            relationship: r,
                            message:
                                "\(type) '\(key)' should start at a \(s), not '\(graph.key(of: graph.start(of: r)))'"))
                }
                if let e = rule.end, !graph.hasLabel(graph.end(of: r), e) {
                    out.append(
                        SchemaFinding(
                            relationship: r,
                            message: "\(type) '\(key)' should end at a \(e), not '\(graph.key(of: graph.end(of: r)))'"))
                }
            }
        }
        return out
    }
}
