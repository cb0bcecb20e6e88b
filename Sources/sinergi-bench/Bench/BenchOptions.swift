// The benchmark's command line: `sinergi-bench --registry PATH [--only NAME]
// [--repeat N] [--format table|markdown]`, parsed without traps.

/// How the report is printed.
enum ReportFormat: String {
    case table
    case markdown
}

/// The parsed command line.
struct BenchOptions {
    /// The registry file to load.
    var registry = "graphs/national.jsonl"
    /// Benchmark names to run (all when empty); a name may be given several times or comma-separated.
    var only: [String] = []
    /// Timed repetitions per benchmark (after one warm-up run).
    var repetitions = 5
    /// Output format.
    var format = ReportFormat.table
    /// True when `--help` was asked for.
    var help = false
    /// True for `--questions`: the analyst questions side by side with Kùzu instead of the benchmarks.
    var questions = false
    /// Rounds of the questions (each question on both engines per round).
    var rounds = 1
    /// The Kùzu database the peer opens (built from `csv` when missing).
    var kuzuDatabase = "graphs/generated/national-kuzu"
    /// The CSV export the Kùzu database is built from (`peers/export_csv.py`).
    var csv = "graphs/generated/national-csv"
    /// Rebuild the Kùzu database even when it exists.
    var rebuildKuzu = false
    /// The Python interpreter that runs the peer (`kuzu` from pip installed).
    var python = "python3"
    /// Run the questions on Sinergi only.
    var noPeer = false

    /// The usage text.
    static let usage = """
        usage: sinergi-bench --registry PATH [--only NAME[,NAME…]] [--repeat N] [--format table|markdown]
               sinergi-bench --questions --registry PATH [--only NAME[,NAME…]] [--repeat N] [--rounds R]
                             [--kuzu-db PATH] [--csv DIR] [--rebuild-kuzu] [--python PATH] [--no-peer]

        Loads the registry, then times every query and algorithm benchmark in-process
        (one warm-up run, then N timed runs; median and minimum in milliseconds).
        --list prints the benchmark names.

        --questions runs the analyst questions instead, each on Sinergi and then on Kùzu
        (peers/kuzu_peer.py, on the database built from the CSV that peers/export_csv.py
        writes), R rounds, and compares the answers.
        """

    /// True when `--list` was asked for.
    var list = false

    /// Parses `arguments` (without the program name).
    /// - Returns: the options, or a message for the user.
    /// - Complexity: O(n).
    static func parse(_ arguments: [String]) -> Result<BenchOptions, BenchOptionsError> {
        var options = BenchOptions()
        var i = 0
        func value(_ flag: String) -> Result<String, BenchOptionsError> {
            guard i + 1 < arguments.count else { return .failure(BenchOptionsError("\(flag) needs a value")) }
            i += 1
            return .success(arguments[i])
        }
        while i < arguments.count {
            let arg = arguments[i]
            switch arg {
            case "--registry":
                switch value(arg) {
                case .success(let v): options.registry = v
                case .failure(let e): return .failure(e)
                }
            case "--only":
                switch value(arg) {
                case .success(let v): options.only += v.split(separator: ",").map(String.init)
                case .failure(let e): return .failure(e)
                }
            case "--repeat":
                switch value(arg) {
                case .success(let v):
                    guard let n = Int(v), n >= 1, n <= 10_000 else {
                        return .failure(BenchOptionsError("--repeat needs a whole number from 1 to 10000, not '\(v)'"))
                    }
                    options.repetitions = n
                case .failure(let e): return .failure(e)
                }
            case "--format":
                switch value(arg) {
                case .success(let v):
                    guard let f = ReportFormat(rawValue: v) else {
                        return .failure(BenchOptionsError("--format is table or markdown, not '\(v)'"))
                    }
                    options.format = f
                case .failure(let e): return .failure(e)
                }
            case "--questions": options.questions = true
            case "--rebuild-kuzu": options.rebuildKuzu = true
            case "--no-peer": options.noPeer = true
            case "--rounds":
                switch value(arg) {
                case .success(let v):
                    guard let n = Int(v), n >= 1, n <= 100 else {
                        return .failure(BenchOptionsError("--rounds needs a whole number from 1 to 100, not '\(v)'"))
                    }
                    options.rounds = n
                case .failure(let e): return .failure(e)
                }
            case "--kuzu-db", "--csv", "--python":
                switch value(arg) {
                case .success(let v):
                    if arg == "--kuzu-db" { options.kuzuDatabase = v }
                    if arg == "--csv" { options.csv = v }
                    if arg == "--python" { options.python = v }
                case .failure(let e): return .failure(e)
                }
            case "--list": options.list = true
            case "--help", "-h": options.help = true
            default: return .failure(BenchOptionsError("unknown argument '\(arg)'"))
            }
            i += 1
        }
        return .success(options)
    }
}

/// A command-line mistake, with the message to print.
struct BenchOptionsError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
