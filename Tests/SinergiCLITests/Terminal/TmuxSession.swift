// A real pseudo-terminal for the shell's tests: a private tmux server runs a command in a
// window of a given size; keys are sent as a person types them and the screen is read back.
import Foundation
import Testing

/// One tmux server and session (its own socket, no user configuration), killed on `close()`.
final class TmuxSession {
    let socket = "sinergi-test-\(UUID().uuidString.prefix(8))"
    let name = "shell"

    /// Starts `command` (run by /bin/sh) in a `width` × `height` terminal.
    init(command: String, width: Int = 100, height: Int = 40) throws {
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command,
        ])
    }

    /// The tmux program (CI installs it, see .ci/run).
    static var program: String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"] {
            let path = folder + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs tmux with `arguments` on this session's server and returns what it printed.
    ///
    /// Spawned and waited for directly (posix_spawn, waitpid), its output through a file: the
    /// server tmux starts keeps no pipe of ours open, so nothing waits for an end that never comes.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let program = Self.program else { throw TmuxMissing() }
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        // The server and the programs in its window start as at a person's terminal: no signal
        // blocked or ignored (the test runner may block SIGINT, and a blocked mask is inherited,
        // so Ctrl-C would never reach the shell).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, &attributes, argv, environ) == 0 else { throw TmuxMissing() }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        // tmux reads a `;` ending an argument as the end of its command; `\;` is a literal one.
        try tmux(["send-keys", "-t", name, "-l", text.hasSuffix(";") ? String(text.dropLast()) + "\\;" : text])
    }

    /// Presses keys by tmux's names (`Enter`, `Up`, `Left`, `Home`, `DC`, `C-r`, `C-c`, …).
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Appends every byte the program writes to the terminal from now on to `path` (what was
    /// drawn and erased again, such as a progress line, stays in the file).
    func record(to path: String) throws { try tmux(["pipe-pane", "-t", name, "cat >> '\(path)'"]) }

    /// The visible screen, one line per row (a line the terminal wrapped is joined again).
    func screen() throws -> String { try tmux(["capture-pane", "-J", "-p", "-t", name]) }

    /// Waits until the screen satisfies `condition` (at most `seconds`) and returns it; records
    /// an issue showing the screen when it never does.
    @discardableResult
    func wait(
        _ what: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
        until condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try screen()
        while !condition(last) {
            guard Date() < deadline else {
                Issue.record("the screen never showed \(what):\n\(last)", sourceLocation: sourceLocation)
                return last
            }
            Thread.sleep(forTimeInterval: 0.05)
            last = try screen()
        }
        return last
    }

    /// Waits until `text` appears `count` times on the screen.
    @discardableResult
    func wait(
        for text: String, count: Int = 1, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        try wait("'\(text)' \(count) time(s)", seconds: seconds, sourceLocation: sourceLocation) {
            $0.components(separatedBy: text).count - 1 >= count
        }
    }

    /// The last line of `screen` that is not blank, without trailing spaces.
    static func lastLine(_ screen: String) -> String {
        let line = screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return String(line.reversed().drop(while: \.isWhitespace).reversed())
    }

    func close() { _ = try? tmux(["kill-server"]) }
}

struct TmuxMissing: Error, CustomStringConvertible {
    var description: String { "tmux is not installed (apt-get install tmux; .ci/run installs it)" }
}
