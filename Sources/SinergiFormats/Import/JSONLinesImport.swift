// Reading APOC-shaped JSON lines (`apoc.export.json` output, or a compacted registry) into an
// import batch: every line decoded strictly from its bytes; journal records refused.
import SinergiGraph
import SinergiText

/// Reads APOC-shaped JSON lines for import.
public enum JSONLinesImport {
    /// The rows of `bytes` (the file's content): nodes and relationships with their lines;
    /// a malformed line is a diagnostic `FILE:LINE:COLUMN` (at most `maximumProblems`).
    ///
    /// - Complexity: O(size of the data).
    public static func batch(_ bytes: [UInt8], file: String, maximumProblems: Int = 20) -> ImportBatch {
        var batch = ImportBatch()
        batch.files = [file]
        var lineNumber = 0
        var start = 0
        while start <= bytes.count, batch.diagnostics.count < maximumProblems {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            let slice = bytes[start..<lineEnd]
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if end >= bytes.count { break }
                continue
            }
            // Decoded from the bytes themselves, so invalid UTF-8 is an error, not U+FFFD.
            let decoded: Result<RegistryRecord, JSONLineError> = slice.withUnsafeBufferPointer { buffer in
                do throws(JSONLineError) {
                    return .success(try JSONLineDecoder.decode(buffer))
                } catch {
                    return .failure(error)
                }
            }
            let place = ImportPlace(file: file, line: lineNumber)
            switch decoded {
            case .failure(let error):
                batch.diagnostics.append(
                    ImportDiagnostic(file: file, line: lineNumber, column: error.column, message: error.message))
            case .success(.node(let key, let labels, let properties, nil)):
                batch.nodes.append(ImportedNode(key: key, labels: labels, properties: properties, place: place))
            case .success(.relationship(let key, let type, let s, let e, let properties, nil)):
                batch.relationships.append(
                    ImportedRelationship(
                        key: key, type: type, start: .key(s, space: "", column: "start"),
                        end: .key(e, space: "", column: "end"), properties: properties, place: place))
            case .success(.commit(let record)) where record.compacted && record.lines == 0:
                // The trailer of a compacted registry: its bookkeeping (key serial, who compacted it
                // and when), no stakeholder or partnership; the import writes a commit of its own.
                break
            case .success:
                batch.diagnostics.append(ImportDiagnostic(file: file, line: lineNumber, .importJournalRecord))
            }
            if end >= bytes.count { break }
        }
        return batch
    }
}
