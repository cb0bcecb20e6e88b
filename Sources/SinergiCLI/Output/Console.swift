// Where a command's output goes: standard streams for the program, buffers for tests.
import Foundation

/// Standard output, standard error and standard input of one command run.
///
/// Data goes to `out`; messages, banners and statistics to `err`. Output is buffered and
/// written in large blocks; call `flush()` before exiting.
public final class Console: @unchecked Sendable {
    private var outBuffer: [UInt8] = []
    private var errBuffer: [UInt8] = []
    private let capture: Bool
    private let input: [UInt8]?
    /// True when standard input is a terminal (prompts and banners are shown only then).
    public let stdinIsTerminal: Bool
    private var inputOffset = 0

    /// A console on the process's standard streams.
    public static func standard() -> Console {
        Console(capture: false, input: nil, stdinIsTerminal: isatty(0) == 1)
    }

    /// A console that keeps everything written in memory; `input` is what reads return.
    public static func capturing(input: String? = nil) -> Console {
        Console(capture: true, input: input.map { Array($0.utf8) } ?? [], stdinIsTerminal: false)
    }

    private init(capture: Bool, input: [UInt8]?, stdinIsTerminal: Bool) {
        self.capture = capture
        self.input = input
        self.stdinIsTerminal = stdinIsTerminal
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

    /// Writes a message to standard error (unbuffered for the real streams).
    public func err(_ text: String) {
        errBuffer.append(contentsOf: text.utf8)
        if !capture { flushErr() }
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
        FileHandle.standardOutput.write(Data(outBuffer))
        outBuffer.removeAll(keepingCapacity: true)
    }

    private func flushErr() {
        guard !capture, !errBuffer.isEmpty else { return }
        FileHandle.standardError.write(Data(errBuffer))
        errBuffer.removeAll(keepingCapacity: true)
    }
}
