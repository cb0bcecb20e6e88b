// Reading relationship files into an import batch: admin-import ends by key (`:START_ID`),
// or ends by key or name and region (`pihak 1` in `kabupaten 1`, `mitra`), the type in a
// column or implied by the file (partnerships, commitments), the meeting as a reference.
// Attendance sheets are in AttendanceSheet.swift.

import SinergiGraph
import SinergiSchema
import SinergiText

extension CSVBatchReader {
    mutating func readRelationshipFile(_ file: AdminCSV.SourceFile) {
        guard let (columns, records) = table(file, relationshipFile: true) else { return }
        let shared = Self.sharedSources(columns)
        var defaultType: String?
        var startKind: String?
        var endKind: String?
        var eventIsEnd = false
        var defaultEvent: String?
        switch file.kind {
        case .relationships(let type): defaultType = type
        case .partnerships:
            defaultType = TPBISSchema.Relationship.partnersWith
            startKind = TPBISSchema.Label.stakeholder
            endKind = TPBISSchema.Label.stakeholder
        case .commitments(let event):
            defaultType = TPBISSchema.Relationship.commits
            startKind = TPBISSchema.Label.stakeholder
            eventIsEnd = true
            defaultEvent = event
        default: break
        }
        func has(_ match: (AdminCSVColumnRole) -> Bool) -> Bool { columns.contains { match($0.role) } }
        let headerLine = records.first.map { $0.line - 1 } ?? 1
        let hasStart = has { if case .startID = $0 { return true } else { return $0 == .startName } }
        let hasEnd = has { if case .endID = $0 { return true } else { return $0 == .endName } }
        let hasEvent = has { $0 == .event }
        var headerOK = true
        if !hasStart {
            report(
                file.path, max(1, headerLine), .csvMissingEnd, ["end": .text(":START_ID"), "names": .text("pihak 1")])
            headerOK = false
        }
        if !hasEnd && !eventIsEnd {
            report(file.path, max(1, headerLine), .csvMissingEnd, ["end": .text(":END_ID"), "names": .text("pihak 2")])
            headerOK = false
        }
        if eventIsEnd && !hasEvent && defaultEvent == nil {
            report(file.path, max(1, headerLine), .csvMissingEvent)
            headerOK = false
        }
        if !has({ $0 == .type }) && defaultType == nil {
            report(file.path, max(1, headerLine), .csvMissingType)
            headerOK = false
        }
        guard headerOK else { return }
        batch.relationships.reserveCapacity(batch.relationships.count + records.count)
        for record in records {
            guard checkFieldCount(record, columns, file: file.path) else { continue }
            var key: String?
            var type = defaultType ?? ""
            var typeColumn: String?
            var start: EndpointReference?
            var end: EndpointReference?
            var startRegions: [RegionCell] = []
            var endRegions: [RegionCell] = []
            var bothRegions: [RegionCell] = []
            var event: (text: String, column: String)? = defaultEvent.map { ($0, "--event") }
            var ok = true
            for (column, field) in zip(columns, record.fields) {
                switch column.role {
                case .startID(let space), .endID(let space):
                    if field.text.isEmpty {
                        report(file.path, record.line, .csvEmptyNodeID, ["column": .text(column.header)])
                        ok = false
                    }
                    let ref = EndpointReference.key(field.text, space: space, column: column.header)
                    if case .startID = column.role { start = ref } else { end = ref }
                case .startName, .endName:
                    if field.text.isEmpty {
                        report(file.path, record.line, .csvEmptyEnd, ["column": .text(column.header)])
                        ok = false
                    }
                    let ref = EndpointReference.keyOrName(
                        field.text, regions: [], kind: column.role == .startName ? startKind : endKind,
                        column: column.header)
                    if column.role == .startName { start = ref } else { end = ref }
                case .startRegion(let level):
                    if !field.text.isEmpty {
                        startRegions.append(RegionCell(level: level, name: field.text, column: column.header))
                    }
                case .endRegion(let level):
                    if !field.text.isEmpty {
                        endRegions.append(RegionCell(level: level, name: field.text, column: column.header))
                    }
                case .bothRegion(let level):
                    if !field.text.isEmpty {
                        bothRegions.append(RegionCell(level: level, name: field.text, column: column.header))
                    }
                case .type:
                    typeColumn = column.header
                    let text = field.text.trimmingASCIIWhitespace
                    type = text.isEmpty ? (defaultType ?? "") : (KindNames.relationshipType(for: text) ?? text)
                    if type.isEmpty {
                        report(file.path, record.line, .csvEmptyType, ["column": .text(column.header)])
                        ok = false
                    }
                case .event:
                    if !field.text.isEmpty { event = (field.text, column.header) }
                case .relationshipKey:
                    guard !field.text.isEmpty else { continue }
                    key = field.text
                    if let first = relationshipKeys[field.text] {
                        report(
                            file.path, record.line, .csvDuplicateRelationshipKey,
                            ["key": .text(field.text), "place": .text(first.description)])
                        ok = false
                    } else {
                        relationshipKeys[field.text] = ImportPlace(file: file.path, line: record.line)
                    }
                default: break
                }
            }
            if eventIsEnd {
                if let event {
                    end = .keyOrName(event.text, regions: [], kind: TPBISSchema.Label.event, column: event.column)
                } else {
                    report(file.path, record.line, .csvEmptyEnd, ["column": .text("pertemuan")])
                    ok = false
                }
            }
            // A region column names where the stakeholders are, never where a meeting is.
            guard let (properties, named) = properties(record, columns, file: file.path, shared: shared), ok,
                let start = start.map({ withRegions($0, startRegions + bothRegions) }),
                let end = end.map({ eventIsEnd ? $0 : withRegions($0, endRegions + bothRegions) })
            else { continue }
            var r = ImportedRelationship(
                key: key, type: type, start: start, end: end, properties: properties,
                place: ImportPlace(file: file.path, line: record.line))
            r.columns = named
            r.typeColumn = typeColumn
            if let event, !eventIsEnd { r.references[TPBISSchema.Property.event] = event.text }
            if let event, !eventIsEnd { r.columns[TPBISSchema.Property.event] = event.column }
            batch.relationships.append(r)
        }
    }

    /// An end named by name, with the regions to look it up in.
    func withRegions(_ reference: EndpointReference, _ regions: [RegionCell]) -> EndpointReference {
        guard case .keyOrName(let text, let old, let kind, let column) = reference else { return reference }
        return .keyOrName(text, regions: old + regions, kind: kind, column: column)
    }
}
