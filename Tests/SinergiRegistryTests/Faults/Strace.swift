// strace, the real program: the file system calls the real `sinergi` makes in a registry's folder,
// and faults injected into them (`-e inject=SYSCALL:error=ENOSPC:when=N`, `:signal=KILL`).
import Foundation
import SinergiTestSupport

/// Runs `sinergi` under strace.
enum Strace {
    /// The strace executable (`.ci/run` installs it).
    static var path: String? {
        ["/usr/bin/strace", "/bin/strace", "/usr/local/bin/strace"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The system calls the registry's file system seam turns into, and the seam's names for them.
    static let seamCalls: [String: String] = [
        "openat": "open", "pread64": "read", "pwrite64": "write", "fsync": "sync", "ftruncate": "truncate",
        "rename": "rename", "unlink": "unlink", "flock": "lock",
    ]

    /// One traced call on a file in the folder: the seam's name for it and the file's name
    /// (`folder` for the folder itself, temporary names with `*`).
    struct Call: Hashable, CustomStringConvertible {
        var call: String
        var name: String
        var description: String { "\(call) \(name)" }
    }

    /// `name` with the process id and number of a temporary file replaced by `*`.
    static func normalized(_ name: String) -> String {
        var name = name
        if let range = name.range(of: #"\.tmp-[0-9]+(-[0-9]+)?"#, options: .regularExpression) {
            name.replaceSubrange(range, with: ".tmp-*")
        }
        return name
    }

    /// The calls of `sinergi arguments`, run in `folder`, on files in `folder`, in order.
    static func trace(_ arguments: [String], in folder: String) throws -> (calls: [Call], ending: ChildProcess.Ending) {
        guard let strace = path else { throw StraceError.missing }
        let output = folder + "/../strace-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let child = try ChildProcess(
            strace,
            [
                "-f", "-qq", "-y", "-o", output, "-e", "trace=" + seamCalls.keys.sorted().joined(separator: ","),
                BuiltProducts.sinergi,
            ] + arguments, in: folder)
        let ending = child.finish()
        let text = try String(contentsOfFile: output, encoding: .utf8)
        return (parse(text, folder: folder), ending)
    }

    /// The calls in strace's output that concern files in `folder`.
    static func parse(_ text: String, folder: String) -> [Call] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        var calls: [Call] = []
        for line in text.split(separator: "\n") {
            // "PID name(args) = result" or "PID name(args <unfinished ...>"; resumed halves are skipped.
            guard let open = line.firstIndex(of: "("), !line.contains("resumed>") else { continue }
            let head = line[..<open].split(separator: " ")
            guard let syscall = head.last.map(String.init), let call = seamCalls[syscall] else { continue }
            let args = line[line.index(after: open)...]
            var file: String?
            if syscall == "openat" || syscall == "rename" || syscall == "unlink" {
                guard let q1 = args.firstIndex(of: "\""), let q2 = args[args.index(after: q1)...].firstIndex(of: "\"")
                else { continue }
                let name = String(args[args.index(after: q1)..<q2])
                if syscall == "openat" && args.contains("O_DIRECTORY") && args.contains("O_NONBLOCK") {
                    continue  // opendir, for the folder listing: not an open of the seam
                }
                file = name.hasPrefix("/") ? name : root + "/" + name
            } else if let lt = args.firstIndex(of: "<"), let gt = args[lt...].firstIndex(of: ">") {
                file = String(args[args.index(after: lt)..<gt])
            }
            guard let file else { continue }
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            if path == root {
                calls.append(Call(call: call, name: "folder"))
            } else if path.hasPrefix(root + "/"), !path.dropFirst(root.count + 1).contains("/") {
                calls.append(Call(call: call, name: normalized(String(path.dropFirst(root.count + 1)))))
            }
        }
        return calls
    }

    /// Runs `sinergi arguments` in `folder` with the `n`th call of `syscall` made to fail:
    /// `fault` is strace's `error=ENOSPC`, `error=EIO` or `signal=KILL`.
    ///
    /// - Returns: how the program ended and whether the fault was really injected (strace
    ///   marked the call `(INJECTED)`, or the program was killed by the injected signal; a
    ///   run whose `n`th call never came injects nothing); nil when it still ran after
    ///   `timeout` (it was then killed).
    static func inject(
        _ arguments: [String], in folder: String, syscall: String, n: Int, fault: String, timeout: TimeInterval = 60
    ) throws -> (ending: ChildProcess.Ending, injected: Bool)? {
        guard let strace = path else { throw StraceError.missing }
        let output = folder + "/../strace-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let child = try ChildProcess(
            strace,
            [
                "-f", "-qq", "-o", output, "-e", "trace=\(syscall)", "-e", "inject=\(syscall):\(fault):when=\(n)",
                BuiltProducts.sinergi,
            ] + arguments, in: folder)
        guard let ending = child.finish(timeout: timeout) else { return nil }
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let injected =
            fault.hasPrefix("signal=")
            ? text.contains("+++ killed by SIG\(fault.dropFirst("signal=".count)) +++")
            : text.contains("(INJECTED)")
        return (ending, injected)
    }

    enum StraceError: Error { case missing }
}
