// sinergi query and sinergi shell: statements from arguments, files and stdin; parameters;
// formats; --bail; writes committed as journal transactions; the shell's commands and history.
import Foundation
import SinergiCLI
import SinergiRegistry
import Testing

@Suite(.serialized) struct QueryAndShellTests {
    /// A fresh copy of the TPBIS registry in a temporary folder.
    func copyOfTPBIS() throws -> (folder: URL, registry: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let registry = folder.appendingPathComponent("tpbis.jsonl").path
        try FileManager.default.copyItem(
            atPath: GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path, toPath: registry)
        return (folder, registry)
    }

    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) -> (
        code: Int32, out: String, err: String
    ) {
        let console = Console.capturing(input: input, environment: environment)
        let code = SinergiCommand.run(arguments: arguments, console: console)
        return (code, console.capturedOut, console.capturedErr)
    }

    @Test func queryFormatsParametersAndErrors() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let q = "MATCH (p:Province {name: $name}) RETURN p.name AS name, p.code AS code"
        let csv = run(["query", "-r", registry, "-q", "-p", "name='Jambi'", "--format", "csv", q])
        #expect(csv.code == 0)
        #expect(csv.out == "name,code\nJambi,ID-JA\n")
        #expect(csv.err.isEmpty)
        let json = run(["query", "-r", registry, "-q", "-p", "name='Jambi'", "--format", "json", q])
        #expect(json.out == "[{\"name\":\"Jambi\",\"code\":\"ID-JA\"}]\n")
        let markdown = run(["query", "-r", registry, "-q", "-p", "name='Jambi'", "--format", "markdown", q])
        #expect(markdown.out == "| name | code |\n| --- | --- |\n| 'Jambi' | 'ID-JA' |\n")
        // A malformed parameter is a usage error.
        let badParameter = run(["query", "-r", registry, "-p", "name=", q])
        #expect(badParameter.code == 64)
        // A failing statement among several: the others still run, the exit code is 1; --bail stops.
        let script = "RETURN 1 AS a; RETURN nope; RETURN 2 AS b"
        let all = run(["query", "-r", registry, "-q", "--format", "csv", script])
        #expect(all.code == 1)
        #expect(all.out == "a\n1\nb\n2\n")
        #expect(all.err.contains("UndefinedVariable") && all.err.contains("^"))
        let bail = run(["query", "-r", registry, "-q", "--format", "csv", "--bail", script])
        #expect(bail.code == 1 && bail.out == "a\n1\n")
        // Statements from standard input and from a file.
        let stdin = run(["query", "-r", registry, "-q", "--format", "tsv"], input: "RETURN 'x\ty' AS s;")
        #expect(stdin.out == "s\nx\\ty\n")
        let file = folder.appendingPathComponent("q.cypher").path
        try "MATCH (n:Perpusnas) RETURN n.name AS n".write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = run(["query", "-r", registry, "-q", "--format", "csv", "-f", file])
        #expect(fromFile.out == "n\nPerpustakaan Nasional Republik Indonesia\n")
    }

    @Test func temporalValuesInEveryFormatAndThroughTheRegistry() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = """
            CREATE (:Event {kind: 'SHM', at: datetime('2023-08-08T09:00[Asia/Jakarta]'), lasts: duration('PT7H30M'),
              opens: localtime('08:30'), on: date('2023-08-08')})
            """
        #expect(run(["query", "-r", registry, "-q", write]).code == 0)
        let q = "MATCH (e:Event {kind: 'SHM'}) WHERE e.at IS NOT NULL RETURN e.at AS at, e.lasts AS lasts, e.on AS day"
        let csv = run(["query", "-r", registry, "-q", "--format", "csv", q])
        #expect(csv.out == "at,lasts,day\n2023-08-08T09:00+07:00[Asia/Jakarta],PT7H30M,2023-08-08\n")
        let tsv = run(["query", "-r", registry, "-q", "--format", "tsv", q])
        #expect(tsv.out == "at\tlasts\tday\n2023-08-08T09:00+07:00[Asia/Jakarta]\tPT7H30M\t2023-08-08\n")
        let json = run(["query", "-r", registry, "-q", "--format", "json", q])
        #expect(
            json.out
                == "[{\"at\":\"2023-08-08T09:00+07:00[Asia/Jakarta]\",\"lasts\":\"PT7H30M\",\"day\":\"2023-08-08\"}]\n")
        let markdown = run(["query", "-r", registry, "-q", "--format", "markdown", q])
        #expect(
            markdown.out
                == "| at | lasts | day |\n| --- | --- | --- |\n| '2023-08-08T09:00+07:00[Asia/Jakarta]' | 'PT7H30M' | '2023-08-08' |\n"
        )
        let table = run(["query", "-r", registry, "-q", "--format", "table", q])
        #expect(table.out.contains("'2023-08-08T09:00+07:00[Asia/Jakarta]'") && table.out.contains("'PT7H30M'"))
        // The registry journals the values tagged by type, and reads them back as values.
        let text = try String(contentsOfFile: registry, encoding: .utf8)
        #expect(text.contains(#""at":{"$datetime":"2023-08-08T09:00+07:00[Asia/Jakarta]"}"#))
        #expect(text.contains(#""opens":{"$localtime":"08:30"}"#) && text.contains(#""lasts":{"$duration":"PT7H30M"}"#))
        let typed = run([
            "query", "-r", registry, "-q", "--format", "csv",
            "MATCH (e:Event {kind: 'SHM'}) WHERE e.at IS NOT NULL RETURN e.at.hour AS h, e.opens < localtime('09:00') AS early, (e.at + e.lasts).hour AS finish",
        ])
        #expect(typed.out == "h,early,finish\n9,true,16\n")
    }

    @Test func writesCommitAsOneTransactionAndFailuresLeaveTheFileAlone() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        // A failing write leaves the registry byte for byte as it was.
        let failed = run(["query", "-r", registry, "CREATE (:Partner {name: 'X'}) WITH 1 AS one RETURN 1 / 0"])
        #expect(failed.code == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
        // A successful write appends one committed transaction.
        let ok = run(["query", "-r", registry, "CREATE (:Stakeholder:Partner {name: 'Universitas Riau'})"])
        #expect(ok.code == 0)
        #expect(ok.err.contains("1 node created") && ok.err.contains("committed as transaction 1"))
        let loaded = try Registry(path: registry).load(useCache: false)
        #expect(loaded.journalTransactions == 1)
        #expect(loaded.graph.nodeCount(withLabel: "Partner") == 1)
    }

    @Test func indexesAreDeclaredJournaledListedAndUsed() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = run(["query", "-r", registry, "CREATE INDEX by_name FOR (s:Stakeholder) ON (s.name)"])
        #expect(created.code == 0)
        #expect(created.err.contains("1 index added, committed as transaction 1"))
        let text = try String(contentsOfFile: registry, encoding: .utf8)
        #expect(text.contains(#"{"tx":1,"type":"index","name":"by_name","label":"Stakeholder","property":"name"}"#))
        // A new process rebuilds it and MATCH seeks it.
        let explain = run([
            "query", "-r", registry, "-q", "EXPLAIN MATCH (s:Stakeholder {name: 'Bappeda Provinsi Jambi'}) RETURN s",
        ])
        #expect(explain.out.contains("NodeIndexSeek(s:Stakeholder {name})"))
        let shown = run(["query", "-r", registry, "-q", "--format", "csv", "SHOW INDEXES"])
        #expect(shown.out.hasPrefix("name,label,property,entries\nby_name,Stakeholder,name,"))
        let stats = run(["stats", "-r", registry])
        #expect(stats.out.hasSuffix("indexes\n  by_name on :Stakeholder(name)\n"))
        // A refused duplicate leaves the file as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let duplicate = run(["query", "-r", registry, "CREATE INDEX FOR (s:Stakeholder) ON (s.name)"])
        #expect(duplicate.code == 1 && duplicate.err.contains("EquivalentSchemaRuleAlreadyExists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
        let dropped = run(["query", "-r", registry, "DROP INDEX by_name"])
        #expect(dropped.code == 0 && dropped.err.contains("1 index removed, committed as transaction 2"))
    }

    @Test func shellReadsStatementsCommandsAndKeepsHistory() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("history").path
        let input = """
            :param name => 'Jambi'
            :params
            MATCH (p:Province {name: $name})
            RETURN p.code AS code;
            :format csv
            RETURN 1 AS one;
            :format nonsense
            RETURN 2 AS last
            """
        let shell = run(["shell", "-r", registry, "--history", history], input: input)
        #expect(shell.code == 1)  // the bad :format is reported and counts as a failure
        #expect(
            shell.out
                == ":param name => 'Jambi'\n+---------+\n| code    |\n+---------+\n| 'ID-JA' |\n+---------+\none\n1\nlast\n2\n"
        )
        #expect(shell.err.contains("error: :format needs one of"))
        #expect(!shell.err.contains("sinergi>"))  // no prompt when standard input is not a terminal
        let kept = try String(contentsOfFile: history, encoding: .utf8)
        #expect(
            kept == "MATCH (p:Province {name: $name}) RETURN p.code AS code;\nRETURN 1 AS one;\nRETURN 2 AS last;\n")
    }

    @Test func maxMemoryBoundsEachStatementOfQueryAndShell() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let doubling = "RETURN size(reduce(s = 'a', x IN range(1, 40) | s + s)) AS n"
        let query = run(["query", "-r", registry, "-q", "--max-memory", "64M", doubling])
        #expect(query.code == 1)
        #expect(query.err.contains("MemoryLimitExceeded") && query.err.contains("64 MiB"), "\(query.err)")
        let shell = run(["shell", "-r", registry, "--max-memory", "64m"], input: doubling + ";\nRETURN 1 AS one;\n")
        #expect(shell.code == 1)
        #expect(shell.err.contains("MemoryLimitExceeded") && shell.err.contains("64 MiB"), "\(shell.err)")
        #expect(shell.out.contains("| one |"))  // the shell goes on after the stopped statement
        // A size that names no amount is a usage error naming the option, in both languages.
        let bad = run(["query", "-r", registry, "--max-memory", "lots", "RETURN 1"])
        #expect(bad.code == 64)
        #expect(bad.err.contains("--max-memory") && bad.err.contains("'lots'"), "\(bad.err)")
        let buruk = run(["shell", "-r", registry, "--lang", "id", "--max-memory", "0"], input: "")
        #expect(buruk.code == 64)
        #expect(buruk.err.contains("jumlah memori") && buruk.err.contains("'0'"), "\(buruk.err)")
        // A statement within the bound runs.
        let small = run(["query", "-r", registry, "-q", "--max-memory", "1G", "--format", "csv", "RETURN 1 AS one"])
        #expect(small.code == 0 && small.out == "one\n1\n")
    }

    @Test func scriptErrorsNameTheirLineInTheFile() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.cypher").path
        try """
        // the provinces
        MATCH (p:Province) RETURN count(p) AS provinces;

        MATCH (p:Province)
        RETURN nope;
        RETURN 1 AS one; RETURN oops
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let r = run(["query", "-r", registry, "-q", "--format", "csv", "-f", file])
        #expect(r.code == 1)
        #expect(r.out == "provinces\n34\none\n1\n")
        #expect(r.err.contains("at line 5, column 8 of \(file) (statement 2)\nRETURN nope\n       ^"))
        #expect(r.err.contains("at line 6, column 25 of \(file) (statement 4)\nRETURN oops\n       ^"))
        // In Indonesian, the same places.
        let id = run(["query", "-r", registry, "-q", "--lang", "id", "-f", file])
        #expect(id.err.contains("galat: "))
        #expect(id.err.contains("pada baris 5, kolom 8 berkas \(file) (pernyataan ke-2)"))
        // An argument with several statements counts lines from its start.
        let inline = run(["query", "-r", registry, "-q", "RETURN 1 AS a;\nRETURN nope"])
        #expect(inline.err.contains("at line 2, column 8\nRETURN nope\n       ^"))
    }

    @Test func singleTransactionAppliesAllOrNothing() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let failing = folder.appendingPathComponent("failing.cypher").path
        try """
        CREATE (:Stakeholder:Partner {name: 'Universitas Riau'});
        CREATE (:Stakeholder:Partner {name: 'Universitas Jambi'});
        MATCH (p:Partner) RETURN p.name / 0 AS broken;
        """.write(toFile: failing, atomically: true, encoding: .utf8)
        let refused = run(["query", "-r", registry, "--single-transaction", "-f", failing])
        #expect(refused.code == 1)
        #expect(refused.out.isEmpty)
        #expect(refused.err.contains("in statement 3 of \(failing), which starts on line 3\n"))
        #expect(
            refused.err.contains(
                "error: statement 3 (line 3) failed, so no statement of the script was applied\n"
                    + "The registry was left as it was.\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
        // Without the flag the first two statements would have been committed one by one.
        let ok = folder.appendingPathComponent("ok.cypher").path
        try """
        CREATE (:Stakeholder:Partner {name: 'Universitas Riau'});
        CREATE (:Stakeholder:Partner {name: 'Universitas Jambi'});
        MATCH (p:Partner) RETURN count(p) AS partners;
        """.write(toFile: ok, atomically: true, encoding: .utf8)
        let applied = run(["query", "-r", registry, "-1", "--format", "csv", "-f", ok])
        #expect(applied.code == 0)
        #expect(applied.out == "partners\n2\n")
        #expect(applied.err.contains("committed as transaction 1"))
        let loaded = try Registry(path: registry).load(useCache: false)
        #expect(loaded.journalTransactions == 1)
        #expect(loaded.graph.nodeCount(withLabel: "Partner") == 2)
        let id = run(["query", "-r", registry, "-1", "--lang", "id", "-f", failing])
        #expect(
            id.err.contains(
                "galat: pernyataan ke-3 (baris 3) gagal, sehingga tidak satu pun pernyataan skrip diterapkan\n"
                    + "Registri tidak diubah.\n"))
    }

    @Test func rowsGoToTheOutputFileInTheFormatItsNameSays() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let q = "MATCH (p:Province {name: 'Jambi'}) RETURN p.name AS name, p.code AS code"
        let csv = folder.appendingPathComponent("jambi.csv").path
        let r = run(["query", "-r", registry, q, "-o", csv])
        #expect(r.code == 0 && r.out.isEmpty)
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "name,code\nJambi,ID-JA\n")
        #expect(r.err.hasSuffix("wrote \(csv)\n"))
        let md = folder.appendingPathComponent("jambi.md").path
        _ = run(["query", "-r", registry, "-q", q, "-o", md])
        #expect(try String(contentsOfFile: md, encoding: .utf8).hasPrefix("| name | code |\n| --- | --- |\n"))
        let forced = folder.appendingPathComponent("jambi.txt").path
        _ = run(["query", "-r", registry, "-q", q, "-o", forced, "--format", "json"])
        #expect(try String(contentsOfFile: forced, encoding: .utf8) == "[{\"name\":\"Jambi\",\"code\":\"ID-JA\"}]\n")
        let unknown = run(["query", "-r", registry, q, "-o", folder.appendingPathComponent("x.xls").path])
        #expect(unknown.code == 64 && unknown.err.contains("cannot tell the format from the name"))
    }

    @Test func summariesAreInTheLanguageOfTheRun() throws {
        let (folder, registry) = try copyOfTPBIS()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = run(
            ["query", "-r", registry, "CREATE (:Stakeholder:Partner {name: 'Universitas Riau'})"],
            environment: ["LANG": "id_ID.UTF-8"])
        #expect(
            r.err.hasPrefix(
                "0 baris, 1 simpul dibuat, 1 properti diisi, 1 label ditambahkan, disimpan sebagai transaksi 1 ("))
        let bad = run(["query", "-r", registry, "--lang", "id", "-p", "x", "RETURN 1"])
        #expect(bad.code == 64)
        #expect(bad.err.hasPrefix("galat: parameter 'x' harus berbentuk nama=nilai"))
    }

    @Test func shellSchemaAndCommandsInBothLanguages() throws {
        let input = ":schema\n:formt csv\n:param x\n"
        GoldenTranscript.check(
            "shell-tpbis-schema", ["shell", "-r", "graphs/tpbis.jsonl"], input: input, environment: ["COLUMNS": "100"])
        GoldenTranscript.check(
            "id/shell-tpbis-schema", ["shell", "-r", "graphs/tpbis.jsonl", "--lang", "id"], input: input,
            environment: ["COLUMNS": "100"])
    }
}
