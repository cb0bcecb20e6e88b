// The terminal in raw mode: keys arrive one by one, nothing is echoed, Ctrl-C and Ctrl-Z are
// plain bytes; and the way back to the mode the shell found it in.
import Foundation

/// The controlling terminal of the shell: standard input for keys, standard error for the screen.
///
/// `enterRaw()` switches standard input to raw mode (as `cfmakeraw`, but output processing
/// is kept so `\n` still starts a new line); `leaveRaw()` restores the saved mode. The shell
/// leaves raw mode while a statement runs, so Ctrl-C then raises SIGINT.
final class RawTerminal {
    private var saved = termios()
    private var isRaw = false
    /// The file descriptor keys are read from.
    let input: Int32 = 0
    /// The file descriptor the line is drawn on.
    let output: Int32 = 2

    /// True when keys can be read from a terminal and drawn on one.
    static var isAvailable: Bool {
        guard isatty(0) == 1, isatty(2) == 1 else { return false }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return term != "dumb"
    }

    /// Switches to raw mode; false when the terminal refuses.
    @discardableResult
    func enterRaw() -> Bool {
        guard !isRaw else { return true }
        guard tcgetattr(input, &saved) == 0 else { return false }
        var raw = saved
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else { return false }
        isRaw = true
        return true
    }

    /// Restores the mode saved by `enterRaw()`.
    func leaveRaw() {
        guard isRaw else { return }
        _ = tcsetattr(input, TCSAFLUSH, &saved)
        isRaw = false
    }

    deinit { leaveRaw() }

    /// The terminal's width in columns (80 when it does not say).
    var columns: Int {
        var size = winsize()
        if ioctl(output, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Writes text to the screen at once.
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes {
                Foundation.write(output, $0.baseAddress! + offset, $0.count - offset)
            }
            if n <= 0 {
                if n < 0, errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    /// One byte of input; nil at end of input or on an error. With `timeout` (milliseconds),
    /// nil also when nothing arrives in time (how a lone Escape is told from an arrow key).
    func readByte(timeout: Int32? = nil) -> UInt8? {
        if let timeout {
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, timeout) > 0 else { return nil }
        }
        var byte: UInt8 = 0
        while true {
            let n = read(input, &byte, 1)
            if n == 1 { return byte }
            if n < 0, errno == EINTR { continue }
            return nil
        }
    }
}
