// What the SHM brief says about a province, a regency or the nation: the stakeholders, the
// meetings and who attended them, the partnerships, the commitments (rencana tindak lanjut),
// the synergy gaps with next steps, replication against the programme's figures, and what
// changed since a given meeting or date. Every sentence comes from the catalogue in the
// chosen language; names, kinds of partnership and dates come from the registry.
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiText

/// Builds the brief's document from a registry.
struct BriefBuilder {
    let graph: PropertyGraph
    let language: Language
    /// The province or regency the brief is about; nil for the nation.
    let region: NodeID?
    /// Changes are counted from this day on (partnerships, commitments); nil: no changes section.
    let since: CypherDate?
    /// What `since` was given as (a date or a meeting's name), for the text.
    let sinceText: String?

    /// Rows of a long table beyond this many are summed up in one line.
    static let maximumRows = 60
    /// The seats of a provincial SHM (DOMAIN: 5 + 18 + 2 + 5 by participant group).
    static let provincialSHMSeats = 30
    /// Village libraries that had replicated TPBIS on their own by June 2023 (the programme's figure).
    static let programmeReplications = 1_396

    private let snapshot: GraphSnapshot
    private let hierarchy: RegionHierarchy
    /// The nodes the brief is about: located in the region (everything but regions for the nation).
    private let scope: Set<NodeID>

    init(
        graph: PropertyGraph, language: Language, region: NodeID?, scope: Set<NodeID>, since: CypherDate?,
        sinceText: String?
    ) {
        self.graph = graph
        self.language = language
        self.region = region
        self.since = since
        self.sinceText = sinceText
        self.scope = scope
        snapshot = GraphSnapshot(graph)
        hierarchy = RegionHierarchy(snapshot)
    }

    private func t(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> String {
        Message(key, arguments).text(language)
    }

    private func name(_ id: NodeID) -> String { graph.property("name", of: id).stringValue ?? graph.key(of: id) }

    private func kind(_ id: NodeID) -> String? { DOTStyle.kind(of: graph.labels(of: id)) }

    /// The region's name, or "the nation".
    var placeName: String { region.map(name) ?? t(.briefNation) }

    /// The stakeholders in scope (people included), sorted by regency, kind and name.
    private var stakeholders: [NodeID] {
        scope.filter { graph.hasLabel($0, "Stakeholder") }.sorted { a, b in
            (regencyName(a), rank(a), kind(a) ?? "", name(a), graph.key(of: a))
                < (regencyName(b), rank(b), kind(b) ?? "", name(b), graph.key(of: b))
        }
    }

    private func rank(_ id: NodeID) -> Int { DOTStyle.legendRank(kind: kind(id) ?? "") }

    private func regencyName(_ id: NodeID) -> String { hierarchy.region(of: id, at: .regency).map(name) ?? "" }

    private func isEvent(_ id: NodeID) -> Bool { graph.hasLabel(id, "Event") }

    /// The event's kind: its label (SHM, PLM, Bimtek) or its `kind` property.
    private func eventKind(_ id: NodeID) -> String? {
        for label in ["SHM", "PLM", "Bimtek"] where graph.hasLabel(id, label) { return label }
        return graph.property("kind", of: id).stringValue
    }

    private func date(_ value: Value?) -> CypherDate? { value?.localDate }

    /// A date as the reader writes it: `8 Agustus 2023`, `8 August 2023`.
    func dateText(_ d: CypherDate) -> String {
        let months = t(.briefMonths).split(separator: ",").map(String.init)
        let m = Int(d.month)
        guard months.count == 12, (1...12).contains(m) else { return d.description }
        return "\(d.day) \(months[m - 1]) \(d.year)"
    }

    private func dateText(_ value: Value?) -> String {
        if let d = date(value) { return dateText(d) }
        return value?.stringValue ?? ""
    }

    private func isNew(_ value: Value?) -> Bool {
        guard let since, let d = date(value) else { return false }
        return d >= since
    }

    // MARK: The document

    /// The brief as a document; `picture` is the diagram block, when one was drawn.
    /// - Complexity: O(N + E) for the snapshot, gaps and replication, plus sorting what is shown.
    func document(title: String?, registryName: String, picture: ReportDocument.Block?) -> ReportDocument {
        var doc = ReportDocument(
            title: title ?? t(.briefTitle, ["place": .text(placeName)]), language: language.rawValue)
        var intro = t(.briefIntro, ["file": .text(registryName)])
        if let since {
            let when = sinceText.map { $0 + " (" + dateText(since) + ")" } ?? dateText(since)
            intro += " " + t(.briefSinceIntro, ["since": .text(when)])
        }
        doc.blocks.append(.paragraph(intro))
        let people = stakeholders
        let partnerships = partnershipRelationships
        let events = eventRows
        let gaps = regencyGaps
        let commitments = commitmentRelationships
        doc.blocks.append(.heading(t(.briefSummary)))
        var summary = [
            t(.briefSummaryStakeholders, ["count": .count(people.count), "regencies": .count(regencyCount(people))]),
            t(.briefSummaryPartnerships, ["count": .count(partnerships.count)]),
            t(
                .briefSummaryEvents,
                ["count": .count(events.count), "attendance": .count(events.map(\.1).reduce(0, +))]),
            t(
                .briefSummaryCommitments,
                [
                    "count": .count(commitments.count), "done": .count(commitments.filter(isDone).count),
                ]),
            gaps.withGap.isEmpty
                ? t(.briefSummaryNoGaps) : t(.briefSummaryGaps, ["count": .count(gaps.withGap.count)]),
        ]
        if since != nil {
            summary.append(
                t(
                    .briefSummaryChanges,
                    [
                        "partnerships": .count(partnerships.filter { isNew(graph.property("since", of: $0)) }.count),
                        "commitments": .count(commitments.filter { isNew(commitmentDate($0)) }.count),
                    ]))
        }
        doc.blocks.append(.bullets(summary))
        stakeholderSection(people, into: &doc)
        attendanceSection(events, into: &doc)
        partnershipSection(partnerships, into: &doc)
        commitmentSection(commitments, into: &doc)
        gapSection(gaps, into: &doc)
        replicationSection(into: &doc)
        if let picture {
            doc.blocks.append(.heading(t(.briefDiagram)))
            doc.blocks.append(picture)
        }
        return doc
    }

    private func regencyCount(_ nodes: [NodeID]) -> Int {
        Set(nodes.compactMap { hierarchy.region(of: $0, at: .regency) }).count
    }

    private func capped(_ rows: [[String]], into doc: inout ReportDocument, header: [String]) {
        doc.blocks.append(.table(header: header, rows: Array(rows.prefix(Self.maximumRows))))
        if rows.count > Self.maximumRows {
            doc.blocks.append(.paragraph(t(.briefMoreRows, ["count": .count(rows.count - Self.maximumRows)])))
        }
    }

    // MARK: Stakeholders

    private func stakeholderSection(_ people: [NodeID], into doc: inout ReportDocument) {
        doc.blocks.append(.heading(t(.briefStakeholders)))
        guard !people.isEmpty else {
            doc.blocks.append(.paragraph(t(.briefNoStakeholders)))
            return
        }
        var counts: [String: Int] = [:]
        for p in people { counts[kind(p) ?? "", default: 0] += 1 }
        let kinds = counts.keys.sorted {
            (DOTStyle.legendRank(kind: $0), $0) < (DOTStyle.legendRank(kind: $1), $1)
        }
        doc.blocks.append(
            .table(
                header: [t(.briefKind), t(.briefCount)],
                rows: kinds.map { [Vocabulary.kind($0, language), String(counts[$0] ?? 0)] }))
        let rows = people.map { p -> [String] in
            let mark = graph.property("roleModel", of: p) == .bool(true) ? " ★" : ""
            return [name(p) + mark, Vocabulary.kindShort(kind(p) ?? "", language), regencyName(p)]
        }
        capped(rows, into: &doc, header: [t(.briefName), t(.briefKind), t(.briefRegency)])
    }

    // MARK: Meetings and attendance

    /// Events in scope or attended from it, with the attendance from the scope, by date.
    private var eventRows: [(NodeID, Int, [NodeID])] {
        var attendees: [NodeID: [NodeID]] = [:]
        for e in scope where isEvent(e) { attendees[e] = [] }
        for n in scope where !isEvent(n) {
            for r in graph.outgoing(of: n) where graph.type(of: r) == "ATTENDED" {
                attendees[graph.end(of: r), default: []].append(n)
            }
        }
        return attendees.map { ($0.key, $0.value.count, $0.value) }.sorted { a, b in
            let da = date(graph.property("date", of: a.0))?.daysSinceEpoch ?? Int64.max
            let db = date(graph.property("date", of: b.0))?.daysSinceEpoch ?? Int64.max
            return (da, graph.key(of: a.0)) < (db, graph.key(of: b.0))
        }
    }

    private func attendanceSection(_ events: [(NodeID, Int, [NodeID])], into doc: inout ReportDocument) {
        doc.blocks.append(.heading(t(.briefAttendance)))
        guard !events.isEmpty else {
            doc.blocks.append(.paragraph(t(.briefNoEvents)))
            return
        }
        var notes: [String] = []
        let rows = events.map { (e, count, who) -> [String] in
            let names = who.map(name).sorted()
            var list = names.prefix(8).joined(separator: ", ")
            if names.count > 8 { list += " " + t(.briefAndMore, ["count": .count(names.count - 8)]) }
            let level = graph.property("level", of: e).stringValue
            if eventKind(e) == "SHM", level != "national" {
                notes.append(
                    t(
                        .briefSeats,
                        [
                            "event": .text(name(e)), "count": .count(count), "seats": .count(Self.provincialSHMSeats),
                        ]))
            }
            return [name(e), dateText(graph.property("date", of: e)), String(count), list]
        }
        capped(rows, into: &doc, header: [t(.briefEvent), t(.briefDate), t(.briefParticipants), t(.briefWho)])
        if !notes.isEmpty { doc.blocks.append(.bullets(notes)) }
    }

    // MARK: Partnerships

    /// Partnerships with at least one side in scope, by date and key.
    private var partnershipRelationships: [RelationshipID] {
        var found: Set<RelationshipID> = []
        for n in scope {
            for r in graph.outgoing(of: n) + graph.incoming(of: n) where graph.type(of: r) == "PARTNERS_WITH" {
                found.insert(r)
            }
        }
        return found.sorted { a, b in
            let da = date(graph.property("since", of: a))?.daysSinceEpoch ?? Int64.max
            let db = date(graph.property("since", of: b))?.daysSinceEpoch ?? Int64.max
            return (da, graph.key(of: a)) < (db, graph.key(of: b))
        }
    }

    private func partnershipSection(_ partnerships: [RelationshipID], into doc: inout ReportDocument) {
        doc.blocks.append(.heading(t(.briefPartnerships)))
        guard !partnerships.isEmpty else {
            doc.blocks.append(.paragraph(t(.briefNoPartnerships)))
            return
        }
        let rows = partnerships.map { r -> [String] in
            let since = graph.property("since", of: r)
            let state = isNew(since) ? "**" + t(.briefNew) + "**" : ""
            return [
                name(graph.start(of: r)), name(graph.end(of: r)), graph.property("kind", of: r).stringValue ?? "",
                dateText(since), dateText(graph.property("until", of: r)), state,
            ]
        }
        var header = [t(.briefPartner), t(.briefPartner), t(.briefPartnershipKind), t(.briefSince), t(.briefUntil)]
        header.append(since == nil ? "" : t(.briefChange))
        capped(
            since == nil ? rows.map { Array($0.prefix(5)) } : rows, into: &doc,
            header: since == nil ? Array(header.prefix(5)) : header)
    }

    // MARK: Commitments

    /// The commitments (rencana tindak lanjut): `COMMITS` relationships from a stakeholder to the
    /// meeting where it committed, with either side in scope, by due date.
    private var commitmentRelationships: [RelationshipID] {
        var found: Set<RelationshipID> = []
        for n in scope {
            for r in graph.outgoing(of: n) + graph.incoming(of: n) where graph.type(of: r) == "COMMITS" {
                found.insert(r)
            }
        }
        return found.sorted { a, b in
            let da = date(graph.property("due", of: a))?.daysSinceEpoch ?? Int64.max
            let db = date(graph.property("due", of: b))?.daysSinceEpoch ?? Int64.max
            return (da, graph.key(of: a)) < (db, graph.key(of: b))
        }
    }

    private func isDone(_ c: RelationshipID) -> Bool {
        graph.property("status", of: c).stringValue?.lowercased() == "done"
    }

    /// When a commitment was made: the date of its meeting.
    private func commitmentDate(_ c: RelationshipID) -> Value? { graph.property("date", of: graph.end(of: c)) }

    private func statusText(_ c: RelationshipID) -> String {
        let recorded = graph.property("status", of: c).stringValue ?? ""
        switch recorded.lowercased() {
        case "", "planned": return t(.briefStatusPlanned)
        case "in progress": return t(.briefStatusInProgress)
        case "done": return t(.briefDone)
        case "dropped": return t(.briefStatusDropped)
        default: return recorded
        }
    }

    private func commitmentSection(_ commitments: [RelationshipID], into doc: inout ReportDocument) {
        doc.blocks.append(.heading(t(.briefCommitments)))
        guard !commitments.isEmpty else {
            doc.blocks.append(.paragraph(t(.briefNoCommitments)))
            return
        }
        let rows = commitments.map { c -> [String] in
            var status = statusText(c)
            if case .string(let key)? = Optional(graph.property("reviewedAt", of: c)), let e = graph.node(forKey: key) {
                status += " (" + t(.briefReviewedAt, ["event": .text(name(e))]) + ")"
            }
            if isNew(commitmentDate(c)) { status += " **" + t(.briefNew) + "**" }
            return [
                name(graph.start(of: c)), graph.property("what", of: c).stringValue ?? "", name(graph.end(of: c)),
                dateText(graph.property("due", of: c)), status,
            ]
        }
        capped(
            rows, into: &doc, header: [t(.briefWho), t(.briefWhat), t(.briefEvent), t(.briefDue), t(.briefStatus)])
    }

    // MARK: Gaps and next steps

    /// The regencies in scope: with a gap among registered stakeholders, and with none registered.
    private var regencyGaps: (withGap: [RegencySynergy], unregistered: Int) {
        let regencies: Set<NodeID>
        if let region, graph.hasLabel(region, "Regency") {
            regencies = [region]
        } else if let region {
            regencies = Set(
                graph.nodes(withLabel: "Regency").filter { hierarchy.region(of: $0, at: .province) == region })
        } else {
            regencies = Set(graph.nodes(withLabel: "Regency"))
        }
        let all = SynergyGaps.perRegency(snapshot, onlyGaps: true).filter { regencies.contains($0.regency) }
        let withGap = all.filter { $0.missingStakeholders.count < SynergyRole.allCases.count }
            .sorted { (name($0.regency), graph.key(of: $0.regency)) < (name($1.regency), graph.key(of: $1.regency)) }
        return (withGap, all.count - withGap.count)
    }

    private func gapSection(_ gaps: (withGap: [RegencySynergy], unregistered: Int), into doc: inout ReportDocument) {
        doc.blocks.append(.heading(t(.briefGaps)))
        if gaps.withGap.isEmpty { doc.blocks.append(.paragraph(t(.briefNoGapsText))) }
        var items: [String] = []
        for gap in gaps.withGap.prefix(Self.maximumRows) {
            let notes = SynergyGapText.notes(gap, language).joined(separator: "; ")
            let steps = SynergyGapText.nextSteps(gap, language).joined(separator: "; ")
            items.append(
                t(.briefGapLine, ["regency": .text(name(gap.regency)), "notes": .text(notes), "steps": .text(steps)]))
        }
        if !items.isEmpty { doc.blocks.append(.bullets(items)) }
        if gaps.withGap.count > Self.maximumRows {
            doc.blocks.append(.paragraph(t(.briefMoreRows, ["count": .count(gaps.withGap.count - Self.maximumRows)])))
        }
        if gaps.unregistered > 0 {
            doc.blocks.append(.paragraph(t(.briefUnregistered, ["count": .count(gaps.unregistered)])))
        }
    }

    // MARK: Replication

    private func replicationSection(into doc: inout ReportDocument) {
        doc.blocks.append(.heading(t(.briefReplication)))
        let replicators = Replication.replicators(snapshot).filter(scope.contains)
        let models = ((try? Replication.lineage(snapshot, hierarchy: hierarchy)) ?? []).filter {
            scope.contains($0.roleModel)
        }
        var lines = [t(.briefReplicators, ["count": .count(replicators.count), "models": .count(models.count)])]
        if region == nil {
            lines.append(
                t(
                    .briefReplicationFigure,
                    [
                        "count": .count(replicators.count), "figure": .count(Self.programmeReplications),
                    ]))
        }
        doc.blocks.append(.bullets(lines))
        guard !models.isEmpty else { return }
        doc.blocks.append(
            .table(
                header: [t(.briefRoleModel), t(.briefDirect), t(.briefAll), t(.briefGenerations)],
                rows: models.map {
                    [
                        name($0.roleModel), String($0.directReplicators), String($0.transitiveReplicators),
                        String($0.generations),
                    ]
                }))
    }
}
