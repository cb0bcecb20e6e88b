// A transaction's changes in the programme's terms: how many stakeholders, partnerships,
// attendances… were added, removed or changed, and where — the lines `sinergi log` prints.
import SinergiGraph

/// What kind of thing a changed entity is, as the programme counts it.
public enum ChangeCategory: String, Sendable, CaseIterable, Comparable {
    case stakeholder, person, event, region, otherNode
    case partnership, attendance, coordination, mentoring, funding, replication, membership, location, regionLink
    case otherLink

    /// The category of an entity in `state`.
    /// - Complexity: O(labels).
    public static func of(_ state: EntityState) -> ChangeCategory {
        if let type = state.type {
            switch type {
            case "PARTNERS_WITH": return .partnership
            case "ATTENDED": return .attendance
            case "COORDINATES": return .coordination
            case "MENTORS": return .mentoring
            case "FUNDS": return .funding
            case "REPLICATED_FROM": return .replication
            case "MEMBER_OF": return .membership
            case "LOCATED_IN": return .location
            case "PART_OF": return .regionLink
            default: return .otherLink
            }
        }
        let labels = Set(state.labels)
        if labels.contains("Stakeholder") { return .stakeholder }
        if labels.contains("Person") { return .person }
        if labels.contains("Event") { return .event }
        if labels.contains("Region") || !labels.isDisjoint(with: Place.levels) { return .region }
        return .otherNode
    }

    /// In the order the log lists them.
    public static func < (a: ChangeCategory, b: ChangeCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One line of a transaction's summary: `count` entities of `category` were `kind`, in
/// `region` (nil: they have no place) or, when `regions > 1`, across that many regions.
public struct ChangeSummaryLine: Sendable, Hashable {
    public var kind: RegistryChange.Kind
    public var category: ChangeCategory
    public var count: Int
    /// The one region they lie in (nil when none, or when they lie in several).
    public var region: PlaceRegion?
    /// How many regions they lie in (0 when none has a place).
    public var regions: Int
    /// For changed entities: the properties that changed (and `labels` when labels did), sorted.
    public var properties: [String] = []
}

/// Summarizes changes: per kind and category, one line per region when they lie in at most
/// `regionsListed` regions, else one line counting the regions.
public enum ChangeSummary {
    /// The summary of `diff`, with each change's place.
    /// - Complexity: O(c log c) for c changes.
    public static func lines(
        _ diff: RegistryDiff, place: (RegistryChange) -> Place, regionsListed: Int = 3
    ) -> [ChangeSummaryLine] {
        struct Group: Hashable {
            var kind: RegistryChange.Kind
            var category: ChangeCategory
        }
        var groups: [Group: [PlaceRegion?: Int]] = [:]
        var changed: [Group: [PlaceRegion?: Set<String>]] = [:]
        for change in diff.changes {
            guard let state = change.state else { continue }
            let group = Group(kind: change.kind, category: ChangeCategory.of(state))
            let region = place(change).summaryRegion
            groups[group, default: [:]][region, default: 0] += 1
            if change.kind == .changed {
                var names = Set(change.properties.map(\.name))
                if !change.labelsAdded.isEmpty || !change.labelsRemoved.isEmpty { names.insert("labels") }
                changed[group, default: [:]][region, default: []].formUnion(names)
            }
        }
        let kinds = RegistryChange.Kind.allCases
        var lines: [ChangeSummaryLine] = []
        for group in groups.keys.sorted(by: {
            ($0.category, kinds.firstIndex(of: $0.kind)!) < ($1.category, kinds.firstIndex(of: $1.kind)!)
        }) {
            let byRegion = groups[group]!
            let placed = byRegion.keys.compactMap { $0 }
            if placed.count > regionsListed {
                let names = changed[group]?.values.reduce(into: Set<String>()) { $0.formUnion($1) } ?? []
                lines.append(
                    ChangeSummaryLine(
                        kind: group.kind, category: group.category, count: byRegion.values.reduce(0, +), region: nil,
                        regions: placed.count, properties: names.sorted()))
                continue
            }
            let ordered = byRegion.keys.sorted { ($0?.name ?? "\u{10FFFF}") < ($1?.name ?? "\u{10FFFF}") }
            for region in ordered {
                lines.append(
                    ChangeSummaryLine(
                        kind: group.kind, category: group.category, count: byRegion[region]!, region: region,
                        regions: region == nil ? 0 : 1, properties: (changed[group]?[region] ?? []).sorted()))
            }
        }
        return lines
    }
}
