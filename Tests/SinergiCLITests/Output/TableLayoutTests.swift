// The table format: aligned columns, and fitting a width by wrapping the widest cells.
import Testing

@testable import SinergiCLI

@Suite struct TableLayoutTests {
    @Test func columnsAlignWithoutAWidth() {
        let text = TableLayout.render(header: ["a", "bb"], rows: [["xyz", "1"], ["", "22"]])
        #expect(text == "+-----+----+\n| a   | bb |\n+-----+----+\n| xyz | 1  |\n|     | 22 |\n+-----+----+\n")
        #expect(TableLayout.render(header: ["a"], rows: []) == "+---+\n| a |\n+---+\n")
    }

    @Test func aWidthWrapsTheWidestColumnAtSpaces() {
        let reason = "the only path from Kabupaten Natuna to Perpusnas runs through one office"
        let text = TableLayout.render(header: ["rank", "reason"], rows: [["1", reason]], width: 40)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.count > 5)
        // Every word is still there, in order.
        let cells = lines.dropFirst(3).dropLast().map {
            $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces)
        }
        #expect(cells.joined(separator: " ") == reason)
        // A word longer than its column is cut, not lost.
        #expect(TableLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        // Columns never shrink below their header or 10 characters: a table too wide stays wide.
        let wide = TableLayout.render(header: ["aaaaaaaaaaaa", "b"], rows: [["x", "y"]], width: 5)
        #expect(wide.hasPrefix("+--------------+---+"))
    }
}
