// `sinergi shell`: an interactive prompt for statements, parameters and output formats.
import Foundation
import SinergiGraph
import SinergiQuery
import SinergiRegistry

/// A read–eval–print loop over a registry. `;` ends a statement; input may span lines.
public enum ShellCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "shell",
        abstract: "Open an interactive prompt on a registry: statements end with ';'.",
        discussion: """
            Statements may span lines and end with ';'. Commands start with ':' —
              :help                 this list
              :param name => value  set a parameter (value in literal syntax)
              :params               list the parameters
              :format F             table, csv, tsv, json, jsonl or markdown
              :quit                 leave (also end of input)
            When standard input is not a terminal there is no prompt and no banner, and a last statement
            without ';' still runs. History is kept in ~/.sinergi_history (or --history) at a terminal.
            """,
        options: [
            .registry(),
            OptionSpec("history", value: "file", help: "Keep the statement history in this file."),
            OptionSpec("create", help: "Let a writing statement create the registry when it does not exist."),
            .format(RowFormat.names, default: "table"),
        ],
        examples: [
            "sinergi shell -r graphs/tpbis.jsonl",
            "echo 'MATCH (n) RETURN count(n);' | sinergi shell -r graphs/tpbis.jsonl",
        ])

    static let help = """
        :help                 show this list
        :param name => value  set a parameter, e.g. :param province => 'Kepulauan Riau'
        :params               list the parameters
        :format F             output format: table, csv, tsv, json, jsonl, markdown
        :quit                 leave the shell

        """

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let path = arguments.value("registry") else {
            throw CLIError.usage("missing option '--registry <registry>'")
        }
        var format =
            RowFormat(rawValue: try CommandSupport.format(arguments, allowed: RowFormat.names, default: "table"))
            ?? .table
        let interactive = console.stdinIsTerminal
        let historyPath =
            arguments.value("history")
            ?? (interactive ? (ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.sinergi_history" }) : nil)
        let session = try QuerySession(path: path, create: arguments.flag("create"), console: console)
        if interactive {
            console.err(
                "sinergi \(SinergiCommand.version) shell on \(path): \(session.graph.nodeCount) nodes, "
                    + "\(session.graph.relationshipCount) relationships. :help for help, :quit to leave.\n")
        }
        var buffer = ""
        var failed = false
        func execute(_ text: String) {
            for statement in QueryEngine.splitStatements(text) {
                if let historyPath { appendHistory(statement, to: historyPath) }
                do {
                    let outcome = try session.run(statement)
                    QueryCommand.emit(outcome, format: format, session: session, console: console)
                } catch let error as QueryError {
                    console.err(error.render(source: statement) + "\n")
                    failed = true
                } catch {
                    console.err("error: \(error)\n")
                    failed = true
                }
            }
        }
        while true {
            if interactive { console.err(buffer.isEmpty ? "sinergi> " : "      -> ") }
            guard let line = console.readLine() else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if buffer.isEmpty, trimmed.hasPrefix(":") {
                let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
                switch words[0] {
                case ":quit", ":exit", ":q": return failed ? ExitCode.failure : ExitCode.success
                case ":help": console.out(help)
                case ":params":
                    for name in session.parameters.keys.sorted() {
                        console.out(":param \(name) => \(ValueFormatter.literal(session.parameters[name] ?? .null))\n")
                    }
                case ":param":
                    let rest = words.count > 1 ? words[1] : ""
                    guard let arrow = rest.range(of: "=>") else {
                        console.err("error: use :param name => value\n")
                        failed = true
                        continue
                    }
                    let name = rest[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
                    let literal = String(rest[arrow.upperBound...]).trimmingCharacters(in: .whitespaces)
                    do {
                        session.parameters[name] = try QuerySession.value(of: literal, name: name)
                    } catch let error as CLIError {
                        if case .usage(let message) = error { console.err("error: \(message)\n") }
                        failed = true
                    }
                case ":format":
                    guard words.count > 1, let f = RowFormat(rawValue: words[1].trimmingCharacters(in: .whitespaces))
                    else {
                        console.err("error: :format needs one of \(RowFormat.names.joined(separator: ", "))\n")
                        failed = true
                        continue
                    }
                    format = f
                default:
                    console.err("error: unknown command \(words[0]); :help lists the commands\n")
                    failed = true
                }
                continue
            }
            buffer += buffer.isEmpty ? line : "\n" + line
            if trimmed.hasSuffix(";") {
                execute(buffer)
                buffer = ""
            }
        }
        if !buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { execute(buffer) }
        return failed ? ExitCode.failure : ExitCode.success
    }

    static func appendHistory(_ statement: String, to path: String) {
        let entry = statement.replacingOccurrences(of: "\n", with: " ") + ";\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(entry.utf8))
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(entry.utf8))
        }
    }
}
