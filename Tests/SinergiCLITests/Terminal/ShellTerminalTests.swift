// `sinergi shell` in a real pseudo-terminal (tmux): keys are sent as a person types them and
// the screen is read back — line editing, history across sessions, Ctrl-R, Ctrl-L, Ctrl-C on a
// line and on a running statement, multi-line statements, rows before the status line, :schema,
// Ctrl-D. Also the order of rows and summary when both streams go to one pipe (off a terminal).
import Foundation
import SinergiTestSupport
import Testing

@Suite(.serialized) struct ShellTerminalTests {
    /// A folder with a copy of the TPBIS registry and a history file from an "earlier session".
    func workspace() throws -> (folder: URL, registry: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let registry = folder.appendingPathComponent("tpbis.jsonl").path
        try FileManager.default.copyItem(
            atPath: GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path, toPath: registry)
        try "RETURN 'from before' AS earlier;\n".write(
            to: folder.appendingPathComponent(".sinergi_history"), atomically: true, encoding: .utf8)
        return (folder, registry)
    }

    /// Runs the shell at a terminal with HOME in the workspace; prints its exit status when it ends.
    func shell(_ folder: URL, _ registry: String, _ extra: String = "") throws -> TmuxSession {
        let command =
            "cd '\(folder.path)' && HOME='\(folder.path)' TERM=xterm '\(BuiltProducts.sinergi)' shell -r '\(registry)' "
            + extra + "; echo \"[shell ended: $?]\"; sleep 60"
        return try TmuxSession(command: command)
    }

    @Test func editingHistoryAndKeysAtATerminal() throws {
        let (folder, registry) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tty = try shell(folder, registry)
        defer { tty.close() }
        try tty.wait(for: "sinergi> ")
        #expect(try tty.screen().contains("shell on \(registry): 605 nodes, 619 relationships."))

        // Rows first, then the status line, then the next prompt.
        try tty.type("RETURN 1 AS one;")
        try tty.press("Enter")
        var screen = try tty.wait(for: "sinergi> ", count: 2)
        let table = try #require(screen.range(of: "| one |"))
        let status = try #require(screen.range(of: "1 row ("))
        let prompt = try #require(screen.range(of: "sinergi> ", options: .backwards))
        #expect(table.lowerBound < status.lowerBound && status.lowerBound < prompt.lowerBound)

        // Left/Right, Home/End, Backspace and Delete edit the line.
        try tty.type("RETUN 2 AS tw0;")
        try tty.press("Home", "Right", "Right", "Right", "Right")
        try tty.type("R")
        try tty.press("End", "Left", "BSpace")
        try tty.type("o")
        try tty.press("Left", "Left", "DC")
        try tty.type("w")
        try tty.press("Enter")
        screen = try tty.wait(for: "| two |")
        #expect(!screen.contains("SyntaxError"), "\(screen)")

        // Up recalls this session's statement, then the earlier session's (from ~/.sinergi_history).
        try tty.press("Up", "Enter")
        try tty.wait(for: "| two |", count: 2)
        try tty.press("Up", "Up", "Up")
        screen = try tty.wait(for: "sinergi> RETURN 'from before' AS earlier;")
        try tty.press("Down", "Down", "Down")
        try tty.wait("an empty line again") { TmuxSession.lastLine($0) == "sinergi>" }
        try tty.press("Up", "Up", "Up", "Enter")
        try tty.wait(for: "| 'from before' |")

        // Ctrl-R finds an earlier statement by a part of it; Enter runs it.
        try tty.press("C-r")
        try tty.type("before")
        try tty.wait(for: "'before': RETURN 'from before' AS earlier;")
        try tty.press("Enter")
        try tty.wait(for: "| 'from before' |", count: 2)

        // A statement over two lines, with the continuation prompt.
        try tty.type("MATCH (p:Province)")
        try tty.press("Enter")
        try tty.wait(for: "      -> ")
        try tty.type("RETURN count(p) AS provinces;")
        try tty.press("Enter")
        try tty.wait(for: "| 34        |")

        // Ctrl-C drops an unfinished statement (and an unfinished line); the shell carries on.
        try tty.type("MATCH (n)")
        try tty.press("Enter")
        try tty.type("RETURN n LIMIT")
        try tty.press("C-c")
        try tty.wait(for: "^C")
        try tty.type("RETURN 5 AS five;")
        try tty.press("Enter")
        screen = try tty.wait(for: "| five |")
        #expect(!screen.contains("SyntaxError"), "the dropped lines must not reach the statement: \(screen)")

        // Ctrl-L clears the screen and redraws the prompt at the top.
        try tty.press("C-l")
        screen = try tty.wait("a cleared screen") { !$0.contains("| five |") }
        #expect(screen.hasPrefix("sinergi> "), "\(screen)")

        // :schema fits the terminal's 100 columns.
        try tty.type(":schema")
        try tty.press("Enter")
        screen = try tty.wait(for: "PARTNERS_WITH")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 100 })

        // Ctrl-D on an empty line leaves with exit code 0 (no statement failed).
        try tty.press("C-d")
        screen = try tty.wait(for: "[shell ended: 0]")
        #expect(screen.contains("[shell ended: 0]"), "\(screen)")

        // The statements of this session were added to the history file.
        let kept = try String(contentsOf: folder.appendingPathComponent(".sinergi_history"), encoding: .utf8)
        #expect(kept.hasPrefix("RETURN 'from before' AS earlier;\nRETURN 1 AS one;\nRETURN 2 AS two;\n"))
        #expect(kept.contains("MATCH (p:Province) RETURN count(p) AS provinces;\n"))
        #expect(!kept.contains("LIMIT"))
    }

    /// Ctrl-C while a runaway statement runs cancels that statement through the engine's
    /// cancellation flag; the shell stays, says so in the run's language, and the registry is
    /// byte for byte what it was.
    @Test func ctrlCCancelsTheRunningStatementAndKeepsTheShell() throws {
        let (folder, registry) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let tty = try shell(folder, registry, "--lang id")
        defer { tty.close() }
        try tty.wait(for: "sinergi> ")

        // Paths of up to 9 hops between every pair of nodes: minutes of work on 605 nodes.
        try tty.type("MATCH (a)-[*1..9]-(b) RETURN count(*) AS jalur;")
        try tty.press("Enter")
        try tty.wait("the progress line of the running statement", seconds: 30) {
            $0.contains("menjalankan pernyataan … ")
        }
        try tty.press("C-c")
        var screen = try tty.wait(for: "pernyataan dibatalkan; registri tidak diubah", seconds: 10)
        #expect(!screen.contains("| jalur |"), "the statement ran to its end:\n\(screen)")
        screen = try tty.wait(for: "sinergi> ", count: 2)
        #expect(TmuxSession.lastLine(screen) == "sinergi>", "\(screen)")

        // The shell carries on; the next Ctrl-C at the prompt drops a line, as before.
        try tty.type("RETURN 1 AS satu;")
        try tty.press("Enter")
        try tty.wait(for: "| satu |")
        try tty.type("RETURN 2")
        try tty.press("C-c")
        try tty.wait(for: "sinergi> ", count: 4)

        // The cancelled statement counts as failed: the shell ends with 1.
        try tty.press("C-d")
        try tty.wait(for: "[shell ended: 1]")
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
    }

    @Test func indonesianAtATerminal() throws {
        let (folder, registry) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tty = try shell(folder, registry, "--lang id")
        defer { tty.close() }
        try tty.wait(for: "sinergi> ")
        #expect(try tty.screen().contains("605 simpul, 619 relasi. :help untuk bantuan, :quit untuk keluar."))
        try tty.type("RETURN 1 AS satu;")
        try tty.press("Enter")
        try tty.wait(for: "1 baris (")
        try tty.press("C-r")
        try tty.type("satu")
        try tty.wait(for: "(cari-riwayat)'satu': RETURN 1 AS satu;")
        try tty.press("C-c")
        try tty.type(":quit")
        try tty.press("Enter")
        try tty.wait(for: "[shell ended: 0]")
    }

    /// Off a terminal, with standard output and standard error in one pipe, the rows of a
    /// statement still come before its status line.
    @Test func rowsBeforeTheStatusLineInOnePipe() throws {
        let (folder, registry) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.sinergi)
        process.arguments = ["query", "-r", registry, "RETURN 1 AS one; RETURN 2 AS two"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n").map(String.init)
        let one = try #require(lines.firstIndex(of: "| one |"))
        let firstStatus = try #require(lines.firstIndex { $0.hasPrefix("1 row (") })
        let two = try #require(lines.firstIndex(of: "| two |"))
        #expect(one < firstStatus && firstStatus < two, "\(text)")
    }
}
