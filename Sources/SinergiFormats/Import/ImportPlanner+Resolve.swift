// The planner's look-ups by the names people use: the regions a row names (top down, each
// within the one above), the ends of a relationship (a key, or a name within a region), and
// references such as the meeting (`event`), stored as keys.
import SinergiGraph
import SinergiSchema
import SinergiText

extension Planning {
    /// The catalogue's name of a region level label, as a message argument.
    static func levelName(_ level: String) -> MessageArgument {
        switch level {
        case TPBISSchema.Label.province: return .message(Message(.kindProvince))
        case TPBISSchema.Label.regency: return .message(Message(.kindRegency))
        case TPBISSchema.Label.district: return .message(Message(.kindDistrict))
        case TPBISSchema.Label.village: return .message(Message(.kindVillage))
        default: return .message(Message(.kindRegion))
        }
    }

    mutating func regions() -> RegionLookup {
        if let regionLookup { return regionLookup }
        let lookup = RegionLookup(base)
        regionLookup = lookup
        return lookup
    }

    mutating func nodes() -> NodeLookup {
        if let nodeLookup { return nodeLookup }
        let lookup = NodeLookup(base)
        nodeLookup = lookup
        return lookup
    }

    /// The region a row's region cells name: each cell looked up within the one above it.
    /// Nil when the row names none, or when a name is unknown or ambiguous (reported).
    mutating func resolveRegions(_ cells: [RegionCell], place: ImportPlace) -> NodeID? {
        let named = cells.filter { !$0.name.trimmingASCIIWhitespace.isEmpty }.sorted {
            (TPBISSchema.regionLevels.firstIndex(of: $0.level) ?? 9)
                < (TPBISSchema.regionLevels.firstIndex(of: $1.level) ?? 9)
        }
        guard !named.isEmpty else { return nil }
        let lookup = regions()
        if lookup.isEmpty {
            report(place, .importNoRegions, ["name": .text(named.last?.name ?? "")])
            return nil
        }
        var within: NodeID?
        for cell in named {
            switch lookup.find(cell.name, level: cell.level, within: within) {
            case .found(let id): within = id
            case .ambiguous(let ids):
                report(
                    place, .importRegionAmbiguous,
                    ["name": .text(cell.name), "column": .text(cell.column), "regions": .list(lookup.describe(ids))])
                return nil
            case .missing(let suggestions):
                let parent = within.flatMap { base.property(TPBISSchema.Property.name, of: $0).stringValue }
                let message =
                    parent.map {
                        Message(
                            .importRegionMissingWithin,
                            [
                                "level": Self.levelName(cell.level), "name": .text(cell.name),
                                "column": .text(cell.column), "parent": .text($0),
                            ])
                    }
                    ?? Message(
                        .importRegionMissing,
                        ["level": Self.levelName(cell.level), "name": .text(cell.name), "column": .text(cell.column)])
                report(place, message.suggesting(suggestions))
                return nil
            }
        }
        return within
    }

    /// A reference property's value (a key, or a name) as the key of a node carrying `label`.
    mutating func resolveReference(_ text: String, label: String?, column: String, place: ImportPlace) -> String? {
        if let i = firstRowOfKey[text], label.map({ plan.batch.nodes[i].labels.contains($0) }) ?? true { return text }
        let lookup = nodes()
        switch lookup.find(text, kind: label) {
        case .found(let id): return base.key(of: id)
        case .ambiguous(let ids):
            report(
                place, .importReferenceAmbiguous,
                ["name": .text(text), "column": .text(column), "nodes": .list(lookup.describe(ids))])
        case .missing(let suggestions):
            if label == TPBISSchema.Label.event {
                report(
                    place,
                    Message(.importUnknownEvent, ["name": .text(text), "column": .text(column)]).suggesting(suggestions)
                )
            } else {
                report(
                    place,
                    Message(.importUnknownReference, ["name": .text(text), "column": .text(column)]).suggesting(
                        suggestions))
            }
        }
        return nil
    }

    /// A relationship's end as the batch row or registry node it names; nil (reported) when
    /// it names none, or several.
    mutating func resolveEnd(_ reference: EndpointReference, place: ImportPlace) -> PlannedNode? {
        switch reference {
        case .row(let i):
            return plan.nodeTargets[i].map { .existing($0) } ?? .row(i)
        case .key(let key, let space, let column):
            if let i = rowOfKey[key] {
                guard plan.batch.nodes[i].idSpace == space else {
                    report(place, .importUnknownNodeID, ["id": .text(key), "column": .text(column)])
                    return nil
                }
                return plan.nodeTargets[i].map { .existing($0) } ?? .row(i)
            }
            if space.isEmpty, let id = base.node(forKey: key) { return .existing(id) }
            let suggestions = space.isEmpty ? nodes().suggestions(for: key) : []
            report(
                place,
                Message(.importUnknownNodeID, ["id": .text(key), "column": .text(column)]).suggesting(suggestions))
            return nil
        case .keyOrName(let text, let cells, let kind, let column):
            if let i = rowOfKey[text] { return plan.nodeTargets[i].map { .existing($0) } ?? .row(i) }
            if let id = base.node(forKey: text), kind.map({ base.hasLabel(id, $0) }) ?? true { return .existing(id) }
            var region: NodeID?
            if !cells.filter({ !$0.name.isEmpty }).isEmpty {
                guard let r = resolveRegions(cells, place: place) else { return nil }
                region = r
            }
            // Rows of this batch with that name (and kind and region), then registry nodes.
            var candidates: [PlannedNode] = []
            for i in rowsByName["*\u{1}" + NameSuggestions.fold(text)] ?? [] {
                let node = plan.batch.nodes[i]
                if let kind, !node.labels.contains(kind) { continue }
                if let region, plan.locations[i] != region { continue }
                candidates.append(plan.nodeTargets[i].map { .existing($0) } ?? .row(i))
            }
            let lookup = nodes()
            let regionLookup = regions()
            switch lookup.find(text, kind: kind, region: region, regions: regionLookup) {
            case .found(let id):
                if !candidates.contains(.existing(id)) { candidates.append(.existing(id)) }
            case .ambiguous(let ids):
                for id in ids where !candidates.contains(.existing(id)) { candidates.append(.existing(id)) }
            case .missing: break
            }
            if candidates.count == 1 { return candidates[0] }
            if candidates.count > 1 {
                report(
                    place, .importEndpointAmbiguous,
                    ["name": .text(text), "column": .text(column), "nodes": .list(candidates.map(describe))])
                return nil
            }
            var names = lookup.suggestions(for: text, kind: kind)
            for i in rowsByName.values.joined() where names.count < 3 {
                if let n = plan.batch.nodes[i].properties[TPBISSchema.Property.name]?.stringValue,
                    NameSuggestions.nearest(to: text, among: [n]).count == 1, !names.contains(n)
                {
                    names.append(n)
                }
            }
            let message =
                region.map {
                    Message(
                        .importEndpointMissingWithin,
                        [
                            "name": .text(text), "column": .text(column),
                            "region": .text(base.property(TPBISSchema.Property.name, of: $0).stringValue ?? ""),
                        ])
                } ?? Message(.importEndpointMissing, ["name": .text(text), "column": .text(column)])
            report(place, message.suggesting(names))
            return nil
        }
    }
}
