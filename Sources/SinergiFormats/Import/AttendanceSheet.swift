// An attendance sheet (daftar hadir) as organizers keep it — nama, jabatan, instansi,
// kabupaten/kota, peran, kelompok peserta — read into an import batch: a person per row
// (Stakeholder:Person, found again by name and institution), MEMBER_OF their institution
// with their position, and ATTENDED the meeting with their role, on behalf of the institution.
import SinergiGraph
import SinergiSchema
import SinergiText

/// What a column of an attendance sheet holds.
enum AttendanceColumn: Equatable {
    case key, name, position, institution, institutionKind, role, seat, seatGroup, event, ignore
    case region(level: String)
    /// Anything else: a property of the person.
    case personProperty(String)

    /// The built-in names (folded) of the columns.
    static let table: [String: AttendanceColumn] = {
        let words: [(AttendanceColumn, [String])] = [
            (.key, ["kunci", "key", "id"]),
            (.name, ["nama", "name", "nama peserta", "nama lengkap", "peserta"]),
            (.position, ["jabatan", "position", "jabatan peserta"]),
            (
                .institution,
                [
                    "instansi", "lembaga", "asal instansi", "unit kerja", "institution", "organisasi", "asal",
                    "instansi asal",
                ]
            ),
            (.institutionKind, ["jenis", "jenis instansi", "jenis lembaga", "kind"]),
            (.role, ["peran", "role", "peran dalam kegiatan", "sebagai"]),
            (.seat, ["nomor peserta", "kursi", "nomor kursi", "seat"]),
            (.seatGroup, ["kelompok", "kelompok kursi", "kelompok peserta", "seat group"]),
            (.event, ["pertemuan", "kegiatan", "acara", "event", "meeting"]),
            (.ignore, ["no", "no urut", "nomor urut", "tanda tangan", "paraf", "ttd"]),
            (.region(level: "Province"), ["provinsi", "province"]),
            (.region(level: "Regency"), ["kabupaten", "kota", "kabupaten kota", "kab kota", "regency", "city"]),
            (.region(level: "District"), ["kecamatan", "district"]),
            (.region(level: "Village"), ["desa", "kelurahan", "desa kelurahan", "village"]),
        ]
        var map: [String: AttendanceColumn] = [:]
        for (column, names) in words { for n in names { map[NameSuggestions.fold(n)] = column } }
        return map
    }()

    /// The column a header means, through the user's mapping first.
    static func of(_ header: String, mapping: HeaderMapping) -> AttendanceColumn {
        var folded = NameSuggestions.fold(header)
        if let mine = mapping.custom[folded] { folded = NameSuggestions.fold(mine) }
        return table[folded] ?? .personProperty(header)
    }
}

extension CSVBatchReader {
    /// Reads an attendance sheet at the meeting `event` (a key or name; a `pertemuan` column
    /// overrides it per row).
    mutating func readAttendance(_ file: AdminCSV.SourceFile, event defaultEvent: String?) {
        let delimiter = options.delimiter ?? CSVDialect.detect(file.text)
        let (records, issues) = CSVReader.read(file.text, delimiter: delimiter)
        for issue in issues { report(file.path, issue.line, issue.message) }
        guard issues.isEmpty else { return }
        guard let header = records.first else {
            report(file.path, 1, .csvEmptyFile)
            return
        }
        let columns = header.fields.map { AttendanceColumn.of($0.text, mapping: options.mapping) }
        let names = header.fields.map(\.text)
        for required in [AttendanceColumn.name, .institution] where !columns.contains(required) {
            report(
                file.path, header.line, .attendanceMissingColumn,
                ["column": .text(required == .name ? "nama" : "instansi")])
        }
        if !columns.contains(.event) && defaultEvent == nil {
            report(file.path, header.line, .csvMissingEvent)
        }
        guard columns.contains(.name), columns.contains(.institution), columns.contains(.event) || defaultEvent != nil
        else { return }
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                report(
                    file.path, record.line, .csvFieldCount,
                    ["expected": .int(columns.count), "found": .int(record.fields.count)])
                continue
            }
            let place = ImportPlace(file: file.path, line: record.line)
            var person: [String: Value] = [:]
            var handNamed: [String: String] = [:]
            var attendedColumns: [String: String] = [:]
            var attended: [String: Value] = [:]
            var member: [String: Value] = [:]
            var key: String?
            var institution: (text: String, column: String)?
            var kind: String?
            var regions: [RegionCell] = []
            var event = defaultEvent.map { (text: $0, column: "--event") }
            var ok = true
            for (i, field) in record.fields.enumerated() {
                let text = field.text.trimmingASCIIWhitespace
                guard !text.isEmpty else { continue }
                switch columns[i] {
                case .key: key = text
                case .name: person[TPBISSchema.Property.name] = .string(text)
                case .position:
                    person[TPBISSchema.Property.position] = .string(text)
                    member[TPBISSchema.Property.position] = .string(text)
                case .institution: institution = (text, names[i])
                case .institutionKind:
                    guard let labels = kindLabels(text, column: names[i], file: file.path, line: record.line) else {
                        ok = false
                        continue
                    }
                    kind = labels.first
                case .role:
                    attended[TPBISSchema.Property.role] = .string(text)
                    attendedColumns[TPBISSchema.Property.role] = names[i]
                case .seat:
                    guard let n = Int64(text) else {
                        report(
                            file.path, record.line, .csvBadInteger, ["value": .text(text), "column": .text(names[i])])
                        ok = false
                        continue
                    }
                    attended[TPBISSchema.Property.seat] = .int(n)
                    attendedColumns[TPBISSchema.Property.seat] = names[i]
                case .seatGroup:
                    attended[TPBISSchema.Property.seatGroup] = .string(text)
                    attendedColumns[TPBISSchema.Property.seatGroup] = names[i]
                case .event: event = (text, names[i])
                case .ignore: break
                case .region(let level): regions.append(RegionCell(level: level, name: text, column: names[i]))
                case .personProperty(let name):
                    if person[name] != nil {
                        report(
                            file.path, record.line, .csvTwoValues,
                            ["property": .text(name), "first": .text(name), "second": .text(names[i])])
                        ok = false
                    }
                    person[name] = .string(text)
                    handNamed[name] = names[i]
                }
            }
            guard person[TPBISSchema.Property.name] != nil else {
                report(file.path, record.line, .attendanceNoName, ["column": .text("nama")])
                continue
            }
            guard let institution else {
                report(file.path, record.line, .attendanceNoInstitution, ["column": .text("instansi")])
                continue
            }
            guard ok, let event else { continue }
            if attended[TPBISSchema.Property.role] == nil {
                attended[TPBISSchema.Property.role] = .string("participant")
            }
            let institutionReference = EndpointReference.keyOrName(
                institution.text, regions: regions, kind: kind ?? TPBISSchema.Label.stakeholder,
                column: institution.column)
            var node = ImportedNode(
                key: key, labels: [TPBISSchema.Label.stakeholder, TPBISSchema.Label.person], properties: person,
                place: place)
            node.columns = handNamed
            node.memberOf = institutionReference
            node.reuse = true
            let row = batch.nodes.count
            batch.nodes.append(node)
            var membership = ImportedRelationship(
                key: nil, type: TPBISSchema.Relationship.memberOf, start: .row(row), end: institutionReference,
                properties: member, place: place)
            membership.reuse = true
            batch.relationships.append(membership)
            var attendance = ImportedRelationship(
                key: nil, type: TPBISSchema.Relationship.attended, start: .row(row),
                end: .keyOrName(event.text, regions: [], kind: TPBISSchema.Label.event, column: event.column),
                properties: attended, place: place)
            attendance.columns = attendedColumns
            attendance.endKeyProperty = (TPBISSchema.Property.onBehalfOf, batch.relationships.count - 1)
            batch.relationships.append(attendance)
        }
    }
}
