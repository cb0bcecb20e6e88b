// The planner's checks of one row against the schema and the registry's names: labels and
// types that exist (or are near one that does), required properties, columns that look like
// misspellings, values in the words people write (dates day first, ya/tidak, statuses in
// Indonesian) turned into what the schema stores.
import SinergiGraph
import SinergiSchema
import SinergiText

extension Planning {
    /// True when the user accepts `name` as it is (`--allow`).
    func allowed(_ name: String) -> Bool { options.allowedNames.contains(name) }

    mutating func checkNode(_ i: Int) {
        var node = plan.batch.nodes[i]
        let place = node.place
        let column = node.kindColumn ?? ":LABEL"
        let known = base.labelNames
        if tpbis {
            if node.labels.isEmpty { report(place, .importNoLabel, ["column": .text(column)]) }
            for l in node.labels where !TPBISSchema.labels.contains(l) && !known.contains(l) && !allowed(l) {
                let candidates = Array(TPBISSchema.labels).sorted() + known
                report(
                    place,
                    Message(.importUnknownLabel, ["label": .text(l), "column": .text(column), "allow": .text(l)])
                        .suggesting(NameSuggestions.nearest(to: l, among: candidates, limit: 1)))
            }
            if options.addFamilyLabels {
                for l in node.labels {
                    if let family = TPBISSchema.family(ofKind: l), !node.labels.contains(family) {
                        node.labels.insert(family, at: 0)
                    }
                }
            }
        } else {
            for l in node.labels where !known.contains(l) && !allowed(l) {
                if let near = misspelling(of: l, "label", among: known) {
                    report(
                        place,
                        Message(.importNearLabel, ["label": .text(l), "allow": .text(l)]).suggesting([near]))
                }
            }
        }
        node.properties = checked(node.properties, owners: node.labels, columns: node.columns, place: place)
        if tpbis {
            for l in node.labels {
                for p in TPBISSchema.requiredProperties(ofLabel: l) where node.properties[p] == nil {
                    report(place, .importMissingProperty, ["owner": .text(l), "property": .text(p)])
                }
            }
        }
        plan.batch.nodes[i] = node
        if let region = resolveRegions(node.regions, place: place) { plan.locations[i] = region }
    }

    mutating func checkRelationship(_ i: Int) {
        var r = plan.batch.relationships[i]
        let place = r.place
        let column = r.typeColumn ?? ":TYPE"
        let known = base.typeNames
        if r.type.isEmpty {
            report(place, .importEmptyType, ["column": .text(column)])
        } else if tpbis {
            if !TPBISSchema.relationshipTypes.contains(r.type) && !known.contains(r.type) && !allowed(r.type) {
                let candidates = Array(TPBISSchema.relationshipTypes).sorted() + known
                report(
                    place,
                    Message(
                        .importUnknownType, ["type": .text(r.type), "column": .text(column), "allow": .text(r.type)]
                    )
                    .suggesting(NameSuggestions.nearest(to: r.type, among: candidates, limit: 1)))
            }
        } else if !known.contains(r.type) && !allowed(r.type),
            let near = misspelling(of: r.type, "type", among: known)
        {
            report(place, Message(.importNearType, ["type": .text(r.type), "allow": .text(r.type)]).suggesting([near]))
        }
        r.properties = checked(r.properties, owners: [r.type], columns: r.columns, place: place)
        for (property, text) in r.references.sorted(by: { $0.key < $1.key }) {
            if let key = resolveReference(
                text, label: TPBISSchema.Label.event, column: r.columns[property] ?? property, place: place)
            {
                r.properties[property] = .string(key)
            }
        }
        if tpbis {
            for p in TPBISSchema.requiredProperties(ofType: r.type) where r.properties[p] == nil {
                report(place, .importMissingProperty, ["owner": .text(r.type), "property": .text(p)])
            }
        }
        plan.batch.relationships[i] = r
    }

    /// Labels of a planned end: the registry node's, or the row's.
    func labels(of p: PlannedNode) -> [String] {
        switch p {
        case .existing(let id): return base.labels(of: id)
        case .row(let i): return plan.batch.nodes[i].labels
        }
    }

    /// TPBIS: the ends carry the labels the type asks for (PARTNERS_WITH between stakeholders, …).
    mutating func checkEndpointKinds(_ i: Int) {
        guard tpbis else { return }
        let r = plan.batch.relationships[i]
        guard let rule = TPBISSchema.endpoints(of: r.type) else { return }
        let (s, e) = plan.ends[i]
        if let label = rule.start, !labels(of: s).contains(label) {
            report(
                r.place, .importWrongStart,
                ["type": .text(r.type), "label": .text(label), "node": .text(describe(s))])
        }
        if let label = rule.end, !labels(of: e).contains(label) {
            report(
                r.place, .importWrongEnd, ["type": .text(r.type), "label": .text(label), "node": .text(describe(e))])
        }
    }

    /// The properties of a row with their names checked and, under TPBIS, their values in the
    /// form the schema stores: dates, yes/no, the allowed words, references as keys.
    mutating func checked(
        _ properties: [String: Value], owners: [String], columns: [String: String], place: ImportPlace
    ) -> [String: Value] {
        var out = properties
        for name in properties.keys.sorted() {
            // Columns of a spreadsheet are checked for misspellings; an admin-import column
            // (`nameEn:string`) declares its property on purpose.
            guard let column = columns[name], !ScalarText.contains(column, ":"), !knownPropertyNames.contains(name),
                !allowed(name)
            else { continue }
            let candidates = sortedPropertyNames
            if let near = misspelling(of: name, "property", among: candidates) {
                report(
                    place,
                    Message(.importNearColumn, ["column": .text(column), "allow": .text(name)]).suggesting([near]))
            }
        }
        guard tpbis else { return out }
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
            guard case .string(let text) = value else { continue }
            let column = columns[name] ?? name
            if TPBISSchema.dateProperties.contains(name) {
                if let date = SpreadsheetValues.date(text) {
                    out[name] = .date(date)
                } else {
                    report(place, .importNotADate, ["column": .text(column), "value": .text(text)])
                }
                continue
            }
            if TPBISSchema.booleanProperties.contains(name) {
                if let b = SpreadsheetValues.boolean(text) {
                    out[name] = .bool(b)
                } else {
                    report(place, .importNotABoolean, ["column": .text(column), "value": .text(text)])
                }
                continue
            }
            for owner in owners {
                guard let allowed = TPBISSchema.allowedValues(of: name, on: owner) else { continue }
                if let stored = allowed[NameSuggestions.fold(text)] {
                    out[name] = .string(stored)
                } else {
                    let values = TPBISSchema.values(of: name, on: owner)
                    report(
                        place,
                        Message(
                            .importUnknownValue,
                            [
                                "column": .text(column), "value": .text(text),
                                "choices": .alternatives(values.map { "'\($0)'" }),
                            ]
                        ).suggesting(NameSuggestions.nearest(to: text, among: values + allowed.keys.sorted(), limit: 1))
                    )
                }
            }
            if let label = TPBISSchema.referencedLabel(name), name != TPBISSchema.Property.event {
                if let key = resolveReference(text, label: label, column: column, place: place) {
                    out[name] = .string(key)
                }
            } else if name == TPBISSchema.Property.event {
                if let key = resolveReference(text, label: TPBISSchema.Label.event, column: column, place: place) {
                    out[name] = .string(key)
                }
            }
        }
        return out
    }
}
