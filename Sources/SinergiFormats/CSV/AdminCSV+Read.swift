// Importing admin-import CSV: all files are parsed and checked first; the graph is only
// built when no file has a problem, so an import is all or nothing.

import SinergiGraph

extension AdminCSV {
    /// Imports node files and relationship files into (a copy of) `base`.
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
        var state = ReadState(base: base)
        for file in nodeFiles { state.readNodeFile(file) }
        for file in relationshipFiles { state.readRelationshipFile(file) }
        guard state.diagnostics.isEmpty else { throw ImportFailure(diagnostics: state.diagnostics) }
        return try state.build()
    }
}

private struct ReadState {
    var base: PropertyGraph
    var diagnostics: [ImportDiagnostic] = []
    var nodes: [PendingNode] = []
    var relationships: [PendingRelationship] = []
    /// id space → id → where it was defined.
    var idSpaces: [String: [String: (file: String, line: Int)]] = [:]
    /// node key → the id space that defined it.
    var keySpace: [String: String] = [:]
    var relationshipKeys: [String: (file: String, line: Int)] = [:]

    init(base: PropertyGraph) { self.base = base }

    mutating func report(_ file: String, _ line: Int, _ message: String) {
        diagnostics.append(ImportDiagnostic(file: file, line: line, message: message))
    }

    /// The header columns and data records of a file, or nil when the header is unusable.
    mutating func table(_ file: AdminCSV.InputFile, relationshipFile: Bool) -> ([AdminCSVColumn], [CSVRecord])? {
        let (records, issues) = CSVReader.read(file.text)
        for issue in issues { report(file.path, issue.line, issue.message) }
        guard let header = records.first else {
            report(file.path, 1, "the file is empty; expected a header line")
            return nil
        }
        var columns: [AdminCSVColumn] = []
        var ok = issues.isEmpty
        for field in header.fields {
            switch AdminCSVColumn.parse(field.text, relationshipFile: relationshipFile) {
            case .success(let c): columns.append(c)
            case .failure(let e):
                report(file.path, header.line, e.message)
                ok = false
            }
        }
        guard ok else { return nil }
        func count(_ match: (AdminCSVColumnRole) -> Bool) -> Int { columns.filter { match($0.role) }.count }
        if relationshipFile {
            let required: [(String, (AdminCSVColumnRole) -> Bool)] = [
                (":START_ID", { if case .startID = $0 { return true } else { return false } }),
                (":END_ID", { if case .endID = $0 { return true } else { return false } }),
                (":TYPE", { $0 == .type }),
            ]
            for (name, match) in required {
                let n = count(match)
                if n == 0 { report(file.path, header.line, "missing \(name) column") }
                if n > 1 { report(file.path, header.line, "more than one \(name) column") }
                if n != 1 { ok = false }
            }
            if count({ $0 == .relationshipKey }) > 1 {
                report(file.path, header.line, "more than one relationship key column")
                ok = false
            }
        } else if count({ if case .id = $0 { return true } else { return false } }) > 1 {
            report(file.path, header.line, "more than one :ID column")
            ok = false
        }
        return ok ? (columns, Array(records.dropFirst())) : nil
    }

    /// The properties of a record from its property columns; nil (and diagnostics) on a bad cell.
    mutating func properties(_ record: CSVRecord, _ columns: [AdminCSVColumn], file: String) -> [String: Value]? {
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
            if let other = sourceColumn[name] {
                report(
                    file, record.line, "two values for property '\(name)' (columns '\(other)' and '\(column.header)')")
                ok = false
                continue
            }
            sourceColumn[name] = column.header
            properties[name] = value
        }
        return ok ? properties : nil
    }

    mutating func checkFieldCount(_ record: CSVRecord, _ columns: [AdminCSVColumn], file: String) -> Bool {
        guard record.fields.count == columns.count else {
            report(file, record.line, "expected \(columns.count) fields, found \(record.fields.count)")
            return false
        }
        return true
    }

    mutating func readNodeFile(_ file: AdminCSV.InputFile) {
        guard let (columns, records) = table(file, relationshipFile: false) else { return }
        for record in records {
            guard checkFieldCount(record, columns, file: file.path) else { continue }
            var key: String?
            var labels: [String] = []
            var ok = true
            for (column, field) in zip(columns, record.fields) {
                switch column.role {
                case .id(let space, _):
                    ok = defineNode(field.text, space: space, header: column.header, file: file.path, line: record.line)
                    key = field.text
                case .labels:
                    for label in ScalarText.split(field.text, on: ";") where !label.isEmpty && !labels.contains(label) {
                        labels.append(label)
                    }
                default: break
                }
            }
            guard let properties = properties(record, columns, file: file.path), ok else { continue }
            nodes.append(
                PendingNode(key: key, labels: labels, properties: properties, file: file.path, line: record.line))
        }
    }

    mutating func defineNode(_ id: String, space: String, header: String, file: String, line: Int) -> Bool {
        guard !id.isEmpty else {
            report(file, line, "empty node id in column '\(header)'")
            return false
        }
        if let first = idSpaces[space]?[id] {
            report(file, line, "duplicate node id '\(id)' (first at \(first.file):\(first.line))")
            return false
        }
        if base.node(forKey: id) != nil {
            report(file, line, "a node with key '\(id)' exists already in the graph")
            return false
        }
        if let other = keySpace[id] {
            report(
                file, line,
                "node id '\(id)' is used in id spaces '\(other)' and '\(space)'; Sinergi node keys are global")
            return false
        }
        idSpaces[space, default: [:]][id] = (file, line)
        keySpace[id] = space
        return true
    }

    func resolve(_ id: String, space: String) -> Bool {
        if idSpaces[space]?[id] != nil { return true }
        return space.isEmpty && base.node(forKey: id) != nil
    }

    mutating func readRelationshipFile(_ file: AdminCSV.InputFile) {
        guard let (columns, records) = table(file, relationshipFile: true) else { return }
        for record in records {
            guard checkFieldCount(record, columns, file: file.path) else { continue }
            var key: String?
            var type = ""
            var start = ""
            var end = ""
            var ok = true
            for (column, field) in zip(columns, record.fields) {
                switch column.role {
                case .startID(let space), .endID(let space):
                    if field.text.isEmpty {
                        report(file.path, record.line, "empty node id in column '\(column.header)'")
                        ok = false
                    } else if !resolve(field.text, space: space) {
                        report(file.path, record.line, "unknown node id '\(field.text)' in column '\(column.header)'")
                        ok = false
                    }
                    if case .startID = column.role { start = field.text } else { end = field.text }
                case .type:
                    type = field.text
                    if type.isEmpty {
                        report(file.path, record.line, "empty relationship type in column '\(column.header)'")
                        ok = false
                    }
                case .relationshipKey:
                    guard !field.text.isEmpty else { continue }
                    key = field.text
                    if let first = relationshipKeys[field.text] {
                        report(
                            file.path, record.line,
                            "duplicate relationship key '\(field.text)' (first at \(first.file):\(first.line))")
                        ok = false
                    } else if base.relationship(forKey: field.text) != nil {
                        report(
                            file.path, record.line,
                            "a relationship with key '\(field.text)' exists already in the graph"
                        )
                        ok = false
                    } else {
                        relationshipKeys[field.text] = (file.path, record.line)
                    }
                default: break
                }
            }
            guard let properties = properties(record, columns, file: file.path), ok else { continue }
            relationships.append(
                PendingRelationship(
                    key: key, type: type, start: start, end: end, properties: properties, file: file.path,
                    line: record.line))
        }
    }

    /// Builds the graph from the checked records. Relationship keys that were not given
    /// are generated after all given ones are placed, so a generated key never takes a
    /// key that a later line names.
    func build() throws(ImportFailure) -> AdminCSV.ImportResult {
        let added = try PendingImport(nodes: nodes, relationships: relationships).apply(to: base)
        return AdminCSV.ImportResult(
            graph: added.graph, createdNodes: added.createdNodes, createdRelationships: added.createdRelationships)
    }
}

extension AdminCSV {
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

    /// True when the header (first record) of `text` has a `:START_ID` or `:END_ID` column.
    /// - Complexity: O(n) in the length of the text (the whole text is split into records).
    public static func isRelationshipFile(_ text: String) -> Bool {
        guard let header = CSVReader.read(text).records.first else { return false }
        return header.fields.contains { field in
            guard let (_, spec) = ScalarText.splitAtLast(field.text, ":") else { return false }
            let keyword = spec.uppercased()
            return keyword.hasPrefix("START_ID") || keyword.hasPrefix("END_ID")
        }
    }
}
