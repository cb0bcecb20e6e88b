// Reading CSV files into an import batch: admin-import headers, or spreadsheet columns by the
// names people use (HeaderMapping), `,` or `;` (detected), every problem with FILE:LINE. The
// import room plans the batch against the registry; nothing is imported unless all is well.

import SinergiGraph
import SinergiSchema
import SinergiText

extension AdminCSV {
    /// What the rows of a CSV file are.
    public enum FileKind: Sendable, Equatable {
        /// Stakeholders, events, regions: one node per row (`--nodes`).
        case nodes
        /// Relationships, the type in a `:TYPE` column, else `type` (`--relationships`).
        case relationships(type: String?)
        /// Partnerships (PARTNERS_WITH) between two stakeholders named by key or by name
        /// and region (`--partnerships`).
        case partnerships
        /// Commitments (rencana tindak lanjut, COMMITS) of a stakeholder at a meeting: the
        /// meeting in a `pertemuan` column, else `event` (`--commitments`).
        case commitments(event: String?)
        /// An attendance sheet (daftar hadir): a person per row, with their institution and
        /// role, at the meeting in a `pertemuan` column, else `event` (`--attendance`).
        case attendance(event: String?)
    }

    /// A CSV file to import: its name (for messages), its text, and what its rows are.
    public struct SourceFile: Sendable {
        public var path: String
        public var text: String
        public var kind: FileKind

        public init(path: String, text: String, kind: FileKind) {
            self.path = path
            self.text = text
            self.kind = kind
        }
    }

    /// How CSV files are read.
    public struct ReadOptions: Sendable {
        /// Column names → headers (the built-in table plus the user's mapping file).
        public var mapping = HeaderMapping()
        /// The field separator; nil: detected per file (`,`, `;` or tab).
        public var delimiter: Character?

        public init() {}
    }

    /// Reads CSV files into an import batch, in the order given. Problems of the files
    /// themselves (syntax, headers, cells) are the batch's diagnostics; rows with one are left
    /// out.
    ///
    /// - Complexity: O(total size of the files).
    public static func batch(_ files: [SourceFile], options: ReadOptions = ReadOptions()) -> ImportBatch {
        var reader = CSVBatchReader(options: options)
        for file in files {
            reader.batch.files.append(file.path)
            switch file.kind {
            case .nodes: reader.readNodeFile(file)
            case .attendance(let event): reader.readAttendance(file, event: event)
            default: reader.readRelationshipFile(file)
            }
        }
        return reader.batch
    }

    /// Imports node files and relationship files into (a copy of) `base`, as they are: no
    /// schema, no deduplication (Neo4j's importer's reading).
    ///
    /// Every problem in every file is collected as `FILE:LINE: message` (the 1-based
    /// physical line where the record starts) and thrown together; nothing is imported
    /// then. Relationship files may refer to nodes of `base` by key (default id space).
    ///
    /// - Throws: `ImportFailure` with every diagnostic.
    /// - Complexity: O(total size of the files + n + r) on average.
    public static func read(
        nodeFiles: [InputFile], relationshipFiles: [InputFile], into base: PropertyGraph = PropertyGraph()
    ) throws(ImportFailure) -> ImportResult {
        let files =
            nodeFiles.map { SourceFile(path: $0.path, text: $0.text, kind: .nodes) }
            + relationshipFiles.map { SourceFile(path: $0.path, text: $0.text, kind: .relationships(type: nil)) }
        let plan = ImportPlanner.plan(batch(files), into: base, options: .verbatim)
        let outcome = try plan.apply(to: base)
        return ImportResult(
            graph: outcome.graph, createdNodes: outcome.createdNodes, createdRelationships: outcome.createdRelationships
        )
    }

    /// Imports files without being told which are node and which are relationship
    /// files: a file whose header has a `:START_ID` or `:END_ID` column is a
    /// relationship file, every other file a node file (order kept within each kind).
    ///
    /// - Throws: `ImportFailure` with every diagnostic.
    /// - Complexity: as `read(nodeFiles:relationshipFiles:into:)`.
    public static func read(files: [InputFile], into base: PropertyGraph = PropertyGraph()) throws(ImportFailure)
        -> ImportResult
    {
        var nodeFiles: [InputFile] = []
        var relationshipFiles: [InputFile] = []
        for file in files {
            if isRelationshipFile(file.text) { relationshipFiles.append(file) } else { nodeFiles.append(file) }
        }
        return try read(nodeFiles: nodeFiles, relationshipFiles: relationshipFiles, into: base)
    }

    /// True when the header (first record) of `text`, read with the built-in header mapping,
    /// names the ends of relationships (`:START_ID`, `:END_ID`, `:START`, `:END`: `pihak 1`,
    /// `mitra`).
    /// - Complexity: O(h) in the length of the header line.
    public static func isRelationshipFile(_ text: String, mapping: HeaderMapping = HeaderMapping()) -> Bool {
        let headerText = String(text.prefix { $0 != "\n" && $0 != "\r" })
        guard let header = CSVReader.read(headerText, delimiter: CSVDialect.detect(headerText)).records.first else {
            return false
        }
        return header.fields.contains { field in
            let mapped = mapping.header(for: field.text, in: .relationships)
            guard let (_, spec) = ScalarText.splitAtLast(mapped, ":") else { return false }
            let keyword = spec.uppercased()
            return keyword.hasPrefix("START_ID") || keyword.hasPrefix("END_ID") || keyword == "START"
                || keyword == "END"
        }
    }
}

/// The CSV reader's progress through the files of one import.
struct CSVBatchReader {
    let options: AdminCSV.ReadOptions
    var batch = ImportBatch()
    /// id space → id → where it was defined.
    var idSpaces: [String: [String: ImportPlace]] = [:]
    /// node key → the id space that defined it.
    var keySpace: [String: String] = [:]
    var relationshipKeys: [String: ImportPlace] = [:]
    /// A kind cell's text → its label (nil: no kind): a file repeats a handful of kinds.
    var kindOfName: [String: String?] = [:]

    init(options: AdminCSV.ReadOptions) { self.options = options }

    mutating func report(_ file: String, _ line: Int, _ message: Message) {
        batch.diagnostics.append(ImportDiagnostic(file: file, line: line, message: message))
    }

    mutating func report(_ file: String, _ line: Int, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
        report(file, line, Message(key, arguments))
    }

    /// The header columns and data records of a file, or nil when the header is unusable.
    mutating func table(_ file: AdminCSV.SourceFile, relationshipFile: Bool) -> ([AdminCSVColumn], [CSVRecord])? {
        let delimiter = options.delimiter ?? CSVDialect.detect(file.text)
        let (records, issues) = CSVReader.read(file.text, delimiter: delimiter)
        for issue in issues { report(file.path, issue.line, issue.message) }
        guard let header = records.first else {
            report(file.path, 1, .csvEmptyFile)
            return nil
        }
        var columns: [AdminCSVColumn] = []
        var ok = issues.isEmpty
        let kind: HeaderMapping.FileKind = relationshipFile ? .relationships : .nodes
        for field in header.fields {
            let mapped = options.mapping.header(for: field.text, in: kind)
            switch AdminCSVColumn.parse(mapped, relationshipFile: relationshipFile) {
            case .success(var c):
                c.header = field.text
                columns.append(c)
            case .failure(let e):
                report(file.path, header.line, e.message)
                ok = false
            }
        }
        guard ok else { return nil }
        func count(_ match: (AdminCSVColumnRole) -> Bool) -> Int { columns.filter { match($0.role) }.count }
        if relationshipFile {
            if count({ $0 == .relationshipKey }) > 1 {
                report(file.path, header.line, .csvSeveralColumns, ["column": .text("key")])
                ok = false
            }
            if count({ $0 == .type }) > 1 {
                report(file.path, header.line, .csvSeveralColumns, ["column": .text(":TYPE")])
                ok = false
            }
        } else {
            if count({ if case .id = $0 { return true } else { return false } }) > 1 {
                report(file.path, header.line, .csvSeveralColumns, ["column": .text(":ID")])
                ok = false
            }
        }
        return ok ? (columns, Array(records.dropFirst())) : nil
    }

    /// The header of every property column, by property, when no two columns name the same
    /// property (nil otherwise): then it is every row's map of where its properties came
    /// from, one map for the whole file instead of one per row (a dictionary per row was
    /// a fifth of a national import's memory).
    /// - Complexity: O(columns).
    static func sharedSources(_ columns: [AdminCSVColumn]) -> [String: String]? {
        var sources: [String: String] = [:]
        for column in columns {
            let name: String
            switch column.role {
            case .property(let n, _): name = n
            case .id(_, let property?): name = property
            default: continue
            }
            guard sources[name] == nil else { return nil }
            sources[name] = column.header
        }
        return sources
    }

    /// The properties of a record from its property columns, with the header each came from
    /// (for messages in the sheet's own words): `shared` when given (`sharedSources`), else
    /// this row's own; nil (and diagnostics) on a bad cell.
    mutating func properties(
        _ record: CSVRecord, _ columns: [AdminCSVColumn], file: String, shared: [String: String]? = nil
    ) -> ([String: Value], [String: String])? {
        var properties: [String: Value] = [:]
        var sourceColumn: [String: String] = [:]
        var ok = true
        for (column, field) in zip(columns, record.fields) {
            var name: String
            var value: Value?
            switch column.role {
            case .property(let n, let type):
                name = n
                switch AdminCSVCell.value(field, type: type, header: column.header) {
                case .success(let v): value = v
                case .failure(let e):
                    report(file, record.line, e.message)
                    ok = false
                    continue
                }
            case .id(_, let property?):
                name = property
                value = field.text.isEmpty ? nil : .string(field.text)
            default: continue
            }
            guard let value else { continue }
            if shared != nil {
                // No two columns name one property: nothing to check, nothing to note per row.
                properties[name] = value
                continue
            }
            if let other = sourceColumn[name] {
                report(
                    file, record.line, .csvTwoValues,
                    ["property": .text(name), "first": .text(other), "second": .text(column.header)])
                ok = false
                continue
            }
            sourceColumn[name] = column.header
            properties[name] = value
        }
        return ok ? (properties, shared ?? sourceColumn) : nil
    }

    mutating func checkFieldCount(_ record: CSVRecord, _ columns: [AdminCSVColumn], file: String) -> Bool {
        guard record.fields.count == columns.count else {
            report(
                file, record.line, .csvFieldCount,
                ["expected": .int(columns.count), "found": .int(record.fields.count)])
            return false
        }
        return true
    }

    /// Labels from a `jenis` cell: kind names people write, each mapped to its label.
    mutating func kindLabels(_ text: String, column: String, file: String, line: Int) -> [String]? {
        var labels: [String] = []
        for piece in ScalarText.split(text, on: ";") {
            let name = piece.trimmingASCIIWhitespace
            guard !name.isEmpty else { continue }
            let known = kindOfName[name] ?? KindNames.label(for: name)
            kindOfName[name] = .some(known)
            guard let label = known else {
                report(
                    file, line,
                    Message(.importUnknownKind, ["column": .text(column), "value": .text(name)]).suggesting(
                        KindNames.suggestions(for: name, limit: 1)))
                return nil
            }
            if !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    mutating func readNodeFile(_ file: AdminCSV.SourceFile) {
        guard let (columns, records) = table(file, relationshipFile: false) else { return }
        batch.nodes.reserveCapacity(batch.nodes.count + records.count)
        let shared = Self.sharedSources(columns)
        for record in records {
            guard checkFieldCount(record, columns, file: file.path) else { continue }
            var key: String?
            var space = ""
            var labels: [String] = []
            var regions: [RegionCell] = []
            var kindColumn: String?
            var ok = true
            for (column, field) in zip(columns, record.fields) {
                switch column.role {
                case .id(let s, _):
                    // An empty key cell: the row has no key (it is found by kind, name and region).
                    guard !field.text.isEmpty else { continue }
                    ok =
                        defineNode(field.text, space: s, header: column.header, file: file.path, line: record.line)
                        && ok
                    key = field.text
                    space = s
                case .labels:
                    kindColumn = column.header
                    for label in ScalarText.split(field.text, on: ";") where !label.isEmpty && !labels.contains(label) {
                        labels.append(label)
                    }
                case .kind:
                    kindColumn = column.header
                    guard let more = kindLabels(field.text, column: column.header, file: file.path, line: record.line)
                    else {
                        ok = false
                        continue
                    }
                    for l in more where !labels.contains(l) { labels.append(l) }
                case .region(let level):
                    if !field.text.isEmpty {
                        regions.append(RegionCell(level: level, name: field.text, column: column.header))
                    }
                default: break
                }
            }
            guard let (properties, named) = properties(record, columns, file: file.path, shared: shared), ok else {
                continue
            }
            var node = ImportedNode(
                key: key, labels: labels, properties: properties, place: ImportPlace(file: file.path, line: record.line)
            )
            node.idSpace = space
            node.regions = regions
            node.columns = named
            node.kindColumn = kindColumn
            batch.nodes.append(node)
        }
    }

    mutating func defineNode(_ id: String, space: String, header: String, file: String, line: Int) -> Bool {
        guard !id.isEmpty else {
            report(file, line, .csvEmptyNodeID, ["column": .text(header)])
            return false
        }
        if let first = idSpaces[space]?[id] {
            report(file, line, .csvDuplicateNodeID, ["id": .text(id), "place": .text(first.description)])
            return false
        }
        if let other = keySpace[id] {
            report(file, line, .csvIDInTwoSpaces, ["id": .text(id), "first": .text(other), "second": .text(space)])
            return false
        }
        idSpaces[space, default: [:]][id] = ImportPlace(file: file, line: line)
        keySpace[id] = space
        return true
    }
}
