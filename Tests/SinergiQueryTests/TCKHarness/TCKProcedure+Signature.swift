// Reads a TCK test procedure declaration — `test.my.proc(in :: INTEGER?) ::
// (out :: STRING?)` plus its table — into a name, typed inputs and outputs,
// and the rows it answers: a call returns the table rows whose input columns
// equal the arguments, projected on the output columns.

import SinergiGraph

/// A parsed test procedure.
struct TCKProcedureDefinition: Equatable, Sendable {
    /// The qualified name, e.g. `test.my.proc`.
    var name: String
    /// Input names and type texts (`INTEGER?`), in order.
    var inputs: [(name: String, type: String)]
    /// Output names and type texts, in order.
    var outputs: [(name: String, type: String)]
    /// Table rows as values, one per table column (inputs then outputs, by header name).
    var rows: [[String: TCKValue]]

    static func == (lhs: TCKProcedureDefinition, rhs: TCKProcedureDefinition) -> Bool {
        lhs.name == rhs.name && lhs.inputs.map(\.name) == rhs.inputs.map(\.name)
            && lhs.inputs.map(\.type) == rhs.inputs.map(\.type) && lhs.outputs.map(\.name) == rhs.outputs.map(\.name)
            && lhs.outputs.map(\.type) == rhs.outputs.map(\.type) && lhs.rows == rhs.rows
    }

    /// The output rows for one call: table rows whose inputs equal `arguments`.
    ///
    /// - Complexity: O(r · (i + o)) for r table rows.
    func call(_ arguments: [Value], graph: PropertyGraph) -> [[Value]] {
        let wanted = arguments.map { TCKValue($0, graph: graph).canonical() }
        return rows.compactMap { row -> [Value]? in
            for (offset, input) in inputs.enumerated() {
                let cell = (row[input.name] ?? .null).canonical()
                guard offset < wanted.count, Self.same(cell, wanted[offset]) else { return nil }
            }
            return outputs.map { (try? (row[$0.name] ?? .null).parameterValue()) ?? .null }
        }
    }

    /// Canonical texts equal, or the same number written as integer and float.
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = Double(a), let y = Double(b) else { return false }
        return x == y
    }
}

extension TCKProcedure {
    /// Parses the signature and the table.
    ///
    /// - Complexity: O(n) in the size of the declaration.
    func definition() throws(TCKValueSyntaxError) -> TCKProcedureDefinition {
        func fail(_ message: String) -> TCKValueSyntaxError {
            TCKValueSyntaxError(text: signature, offset: 0, message: message)
        }
        guard let open = signature.firstIndex(of: "("), let close = signature.firstIndex(of: ")"), open < close else {
            throw fail("expected name(inputs) :: (outputs)")
        }
        let name = String(signature[..<open]).trimmingSpaces()
        let inputs = try Self.fields(String(signature[signature.index(after: open)..<close]))
        let rest = String(signature[signature.index(after: close)...]).trimmingSpaces()
        guard rest.hasPrefix("::") else { throw fail("expected :: after the inputs") }
        var outputText = String(rest.dropFirst(2)).trimmingSpaces()
        guard outputText.hasPrefix("("), outputText.hasSuffix(")") else { throw fail("expected (outputs)") }
        outputText = String(outputText.dropFirst().dropLast())
        let outputs = try Self.fields(outputText)
        var rows: [[String: TCKValue]] = []
        if let header = table.first, !header.isEmpty {
            for cells in table.dropFirst() {
                var row: [String: TCKValue] = [:]
                for (column, cell) in zip(header, cells) { row[column] = try TCKValueParser.parse(cell) }
                rows.append(row)
            }
        }
        return TCKProcedureDefinition(name: name, inputs: inputs, outputs: outputs, rows: rows)
    }

    /// `a :: INTEGER?, b :: STRING?` → `[("a", "INTEGER?"), ("b", "STRING?")]`.
    static func fields(_ text: String) throws(TCKValueSyntaxError) -> [(name: String, type: String)] {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { return [] }
        var fields: [(name: String, type: String)] = []
        for part in trimmed.split(separator: ",") {
            let pieces = String(part).components(separatedByText: "::")
            guard pieces.count == 2 else {
                throw TCKValueSyntaxError(text: text, offset: 0, message: "expected name :: TYPE")
            }
            fields.append((pieces[0].trimmingSpaces(), pieces[1].trimmingSpaces()))
        }
        return fields
    }
}

extension String {
    /// Splits on every occurrence of `separator` (Foundation-free).
    func components(separatedByText separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[rest.startIndex..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
