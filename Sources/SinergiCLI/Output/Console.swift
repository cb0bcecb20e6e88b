// Where a command's output goes: standard streams for the program, buffers for tests; the
// language the run speaks, and what the streams are (terminals or not, how wide). A full disk or a
// closed pipe ends the output cleanly instead of trapping.
import Foundation
import SinergiFormats
import SinergiRegistry
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output, standard error and standard input of one command run.
///
/// Data goes to `out`; messages, banners and statistics to `err`. Output is buffered and
/// written in large blocks; call `flush()` before exiting. Every text a person reads is a
/// `Message`, rendered in `language` (chosen once per run by `SinergiCommand`).
///
/// Writes are `write(2)` calls, retried on partial writes. When a stream cannot be written
/// (a full disk, a closed file; a closed pipe when SIGPIPE is ignored), everything later
/// for that stream is dropped and `outputFailure` says why, so the program can end with a
/// clear error instead of a trap: see `SinergiCommand.main`.
public final class Console: @unchecked Sendable {
    private var outBuffer: [UInt8] = []
    private var errBuffer: [UInt8] = []
    private let capture: Bool
    private let input: [UInt8]?
    /// True when standard input is a terminal (prompts and banners are shown only then).
    public let stdinIsTerminal: Bool
    /// True when standard output is a terminal (tables then fit its width).
    public let stdoutIsTerminal: Bool
    /// True when standard error is a terminal (progress is shown only then).
    public let stderrIsTerminal: Bool
    /// The environment of the run (SINERGI_LANG, LANG, HOME, COLUMNS, …).
    public let environment: [String: String]
    /// The language every message is written in.
    public var language: Language = .en
    /// True when the command was given `--quiet`: no progress is drawn, whatever the command.
    public var quietProgress = false
    /// Who signs the run's writes, and why (`--author`, `--message`; see `CommandSignature`).
    public var signature = CommitSignature()
    private var inputOffset = 0
    /// The errno of the first failed write to standard output or standard error.
    private var outFailure: Int32?
    private var errFailure: Int32?

    /// A console on the process's standard streams.
    public static func standard() -> Console {
        Console(
            capture: false, input: nil, stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1,
            stderrIsTerminal: isatty(2) == 1, environment: ProcessInfo.processInfo.environment)
    }

    /// A console that keeps everything written in memory; `input` is what reads return.
    /// `environment` stands for the process environment (empty: English, no terminal width).
    public static func capturing(input: String? = nil, environment: [String: String] = [:]) -> Console {
        Console(
            capture: true, input: input.map { Array($0.utf8) } ?? [], stdinIsTerminal: false, stdoutIsTerminal: false,
            stderrIsTerminal: false, environment: environment)
    }

    private init(
        capture: Bool, input: [UInt8]?, stdinIsTerminal: Bool, stdoutIsTerminal: Bool, stderrIsTerminal: Bool,
        environment: [String: String]
    ) {
        self.capture = capture
        self.input = input
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.environment = environment
    }

    /// The width tables are fitted to: `COLUMNS` when set, else the terminal's width when
    /// standard output is one, else nil (no fitting: files and pipes get whole lines).
    public var width: Int? {
        if let text = environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The width reports are fitted to: `width` (COLUMNS, or the terminal's), else
    /// `defaultWidth` off a terminal.
    public var tableWidth: Int { width ?? Self.defaultWidth }

    /// The width of a report off a terminal (a file, a pipe) without COLUMNS: wide enough for a
    /// report's six columns, narrow enough to read on a page.
    public static let defaultWidth = 100

    /// The text of `message` in the run's language.
    public func text(_ message: Message) -> String { message.text(language) }

    /// Writes `error: …` lines to standard error, one per line of the message.
    public func error(_ message: Message) { err(prefixed(.errorPrefix, message)) }

    /// Writes `warning: …` lines to standard error.
    public func warning(_ message: Message) { err(prefixed(.warningPrefix, message)) }

    /// Writes `note: …` lines to standard error.
    public func note(_ message: Message) { err(prefixed(.notePrefix, message)) }

    /// Writes `hint: …` lines to standard error: what to do next.
    public func hint(_ message: Message) { err(prefixed(.hintPrefix, message)) }

    /// Writes a message as one line to standard error (summaries, what was written).
    public func status(_ message: Message) { err(message.text(language) + "\n") }

    /// Every line of `message` with the prefix of `key` in front.
    func prefixed(_ key: MessageKey, _ message: Message) -> String {
        let prefix = key.template(language)
        return message.text(language).split(separator: "\n", omittingEmptySubsequences: false).map {
            prefix + $0 + "\n"
        }.joined()
    }

    /// Writes data to standard output.
    public func out(_ text: String) {
        outBuffer.append(contentsOf: text.utf8)
        if !capture && outBuffer.count > 1 << 16 { flushOut() }
    }

    /// Writes raw bytes to standard output.
    public func outBytes(_ bytes: [UInt8]) {
        outBuffer.append(contentsOf: bytes)
        if !capture && outBuffer.count > 1 << 16 { flushOut() }
    }

    /// Writes a message to standard error (unbuffered for the real streams). Standard output
    /// written before is flushed first, so on a terminal rows appear before the summary after them.
    public func err(_ text: String) {
        errBuffer.append(contentsOf: text.utf8)
        if !capture {
            flushOut()
            flushErr()
        }
    }

    /// Everything written to standard output so far (capturing consoles only).
    public var capturedOut: String { String(decoding: outBuffer, as: UTF8.self) }
    /// Everything written to standard error so far (capturing consoles only).
    public var capturedErr: String { String(decoding: errBuffer, as: UTF8.self) }

    /// Reads all of standard input.
    public func readAll() -> String {
        if let input {
            let rest = input[inputOffset...]
            inputOffset = input.count
            return String(decoding: rest, as: UTF8.self)
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads one line of standard input (without its newline), nil at end of input.
    public func readLine() -> String? {
        if let input {
            guard inputOffset < input.count else { return nil }
            var end = inputOffset
            while end < input.count, input[end] != 0x0A { end += 1 }
            let line = String(decoding: input[inputOffset..<end], as: UTF8.self)
            inputOffset = min(input.count, end + 1)
            return line
        }
        flush()
        return Swift.readLine(strippingNewline: true)
    }

    /// Writes buffered output to the real streams.
    public func flush() {
        flushOut()
        flushErr()
    }

    private func flushOut() {
        guard !capture, !outBuffer.isEmpty else { return }
        if outFailure == nil { outFailure = Self.writeAll(1, outBuffer) }
        outBuffer.removeAll(keepingCapacity: true)
    }

    private func flushErr() {
        guard !capture, !errBuffer.isEmpty else { return }
        if errFailure == nil { errFailure = Self.writeAll(2, errBuffer) }
        errBuffer.removeAll(keepingCapacity: true)
    }

    /// Why standard output or standard error could not be written, or nil when everything
    /// written so far was written: a message for standard error (when standard output
    /// failed) and whether the failure was only a closed pipe (a reader such as `head` that
    /// stopped reading, which is not worth a message).
    public var outputFailure: (message: Message?, closedPipe: Bool)? {
        guard let code = outFailure ?? errFailure else { return nil }
        let closedPipe = code == EPIPE
        guard let out = outFailure, !closedPipe else { return (nil, closedPipe) }
        return (Message(.standardOutputCannotWrite, ["reason": .message(FileSystemError.reason(code: out))]), false)
    }

    /// Writes all of `bytes` to descriptor `fd`; returns the errno of a failure, nil when all was written.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n > 0 {
                    done += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return n == 0 ? EIO : errno
                }
            }
            return nil
        }
    }

    /// Writes `text` to standard error directly (after standard output failed), ignoring errors.
    public func reportOutputFailure(_ text: String) {
        guard !capture, errFailure == nil else { return }
        errFailure = Self.writeAll(2, Array(text.utf8))
    }
}
