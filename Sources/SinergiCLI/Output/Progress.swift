// Progress on long work: a line on standard error saying what is being done and the time so
// far, redrawn in place; shown only at a terminal, never with -q.
import Dispatch
import Foundation
import SinergiText

/// One line of progress, redrawn in place on standard error.
///
/// The line appears only when standard error is a terminal, the command was not asked to be
/// quiet, and the work has lasted `delay` (one second; `SINERGI_PROGRESS_DELAY` seconds when
/// set, which the tests use). A timer on its own queue redraws it ten times a second, so the
/// work itself is not touched; the line is erased before the command prints anything else
/// (`finish()`, which `during` calls when the work ends or throws).
///
/// ```
/// reading graphs/national.jsonl …  4.2 s
/// ```
final class Progress: @unchecked Sendable {
    private let label: String
    private let language: Language
    private let timer: DispatchSourceTimer?
    private let queue = DispatchQueue(label: "sinergi.progress")
    private let start = DispatchTime.now().uptimeNanoseconds
    // Touched only on `queue`.
    private var drawn = false
    private var finished = false

    /// Starts the progress of `label`; inactive off a terminal, when `quiet`, or when the
    /// command was given `--quiet` (`Console.quietProgress`).
    init(_ label: Message, console: Console, quiet: Bool = false) {
        self.label = label.text(console.language)
        self.language = console.language
        guard console.stderrIsTerminal, !quiet, !console.quietProgress else {
            timer = nil
            return
        }
        let delay = console.environment["SINERGI_PROGRESS_DELAY"].flatMap(Double.init) ?? 1.0
        let t = DispatchSource.makeTimerSource(queue: queue)
        t.schedule(deadline: .now() + max(0, delay), repeating: .milliseconds(100))
        timer = t
        t.setEventHandler { [weak self] in self?.draw() }
        t.resume()
    }

    /// Runs `body` with progress for `label`, erased when the body ends (also when it throws).
    static func during<T, E: Error>(
        _ label: Message, console: Console, quiet: Bool = false, _ body: () throws(E) -> T
    ) throws(E) -> T {
        let progress = Progress(label, console: console, quiet: quiet)
        defer { progress.finish() }
        return try body()
    }

    /// Stops the timer and erases the line, if it was drawn.
    func finish() {
        guard let timer else { return }
        queue.sync {
            guard !finished else { return }
            finished = true
            timer.cancel()
            if drawn { _ = Console.writeAll(2, Array("\r\u{1B}[K".utf8)) }
        }
    }

    /// The line for `label` after `seconds`: `reading FILE …  4.2 s`.
    static func line(label: String, seconds: Double, language: Language) -> String {
        label + " …  " + Message(.progressSeconds, ["seconds": .decimal(seconds, digits: 1)]).text(language)
    }

    /// Runs on `queue`, like `finish`'s erasing, so the two never interleave.
    private func draw() {
        guard !finished else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var text = Self.line(label: label, seconds: seconds, language: language)
        var size = winsize()
        let columns = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        if text.count >= columns { text = String(text.prefix(columns - 1)) }
        drawn = true
        _ = Console.writeAll(2, Array(("\r" + text + "\u{1B}[K").utf8))
    }
}
