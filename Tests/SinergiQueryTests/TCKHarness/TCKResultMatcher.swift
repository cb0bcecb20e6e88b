// Compares an actual query result with a scenario's expected table: column
// names in exactly the header's order,
// rows as a sequence (`in order`) or as a multiset (`in any order`), each cell
// through `TCKValue.canonical`, lists as multisets when the step says
// `ignoring element order for lists`. Returns a readable mismatch report.

import SinergiGraph

enum TCKResultMatcher {
    /// At most this many rows are quoted in a mismatch report.
    static let quotedRows = 12

    /// Nil when `actual` matches the expected table, otherwise why not.
    ///
    /// - Complexity: O(r log r · c) for r rows of c cells (plus the size of the values).
    static func mismatch(
        header: [String], rows: [[String]], ordering: TCKResultOrdering, actual: TCKActualResult,
        graph: PropertyGraph
    ) -> String? {
        guard header == actual.columns else {
            return "columns differ: expected \(header), got \(actual.columns)"
        }
        var expectedRows: [String] = []
        for row in rows {
            var cells: [String] = []
            for cell in row {
                do {
                    cells.append(
                        try TCKValueParser.parse(cell).canonical(ignoringListOrder: ordering.ignoringListOrder))
                } catch {
                    return "harness: \(error)"
                }
            }
            expectedRows.append(cells.joined(separator: " | "))
        }
        var actualRows: [String] = []
        for row in actual.rows {
            guard row.count == actual.columns.count else {
                return "engine: a row has \(row.count) values for \(actual.columns.count) columns"
            }
            let cells = row.map {
                TCKValue($0, graph: graph).canonical(ignoringListOrder: ordering.ignoringListOrder)
            }
            actualRows.append(cells.joined(separator: " | "))
        }
        if ordering.ordered {
            guard expectedRows != actualRows else { return nil }
            return "rows differ (in order):\n" + table("expected", expectedRows) + table("actual", actualRows)
        }
        let expectedSorted = expectedRows.sorted()
        let actualSorted = actualRows.sorted()
        guard expectedSorted != actualSorted else { return nil }
        var missing: [String: Int] = [:]
        for row in expectedRows { missing[row, default: 0] += 1 }
        var unexpected: [String] = []
        for row in actualRows {
            if let n = missing[row], n > 0 { missing[row] = n - 1 } else { unexpected.append(row) }
        }
        let absent = expectedRows.filter { row in
            guard let n = missing[row], n > 0 else { return false }
            missing[row] = n - 1
            return true
        }
        return "rows differ (any order): expected \(expectedRows.count), got \(actualRows.count)\n"
            + table("missing", absent) + table("unexpected", unexpected)
    }

    static func table(_ title: String, _ rows: [String]) -> String {
        var text = "  \(title) (\(rows.count)):\n"
        for row in rows.prefix(quotedRows) { text += "    | \(row) |\n" }
        if rows.count > quotedRows { text += "    … \(rows.count - quotedRows) more\n" }
        return text
    }
}
