// Stopping Graphviz with its caller: while the child runs, the chosen signals (Ctrl-C's
// SIGINT, `kill`'s SIGTERM, a closed terminal's SIGHUP) end the child first, remove the
// temporary files, then end this process as the signal would have. Foundation starts the
// child in a process group of its own, so without this a stopped `sinergi` leaves `sfdp`
// running.

import Dispatch
import Foundation

/// Watches one child process for the length of one Graphviz run.
final class ChildGuard: @unchecked Sendable {
    private let signals: [Int32]
    private let cleanUp: [String]
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var process: Process?
    private var stopping = false
    private var released = false

    /// Starts catching `signals` (none: does nothing).
    init(signals: [Int32], cleanUp: [String]) {
        self.signals = signals
        self.cleanUp = cleanUp
        for sig in signals {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in self?.stop(sig) }
            source.resume()
            sources.append(source)
        }
    }

    /// The child to stop when a signal comes.
    func watch(_ process: Process) {
        lock.lock()
        self.process = process
        lock.unlock()
    }

    /// Stops catching the signals (the run is over). When a signal is being handled, waits for
    /// the handler to end the process instead of returning the child's failure as an error.
    func release() {
        lock.lock()
        let stopped = stopping
        lock.unlock()
        while stopped { pause() }
        for source in sources { source.cancel() }
        sources.removeAll()
        for sig in signals { signal(sig, SIG_DFL) }
        lock.lock()
        process = nil
        released = true
        lock.unlock()
    }

    /// Ends the child (SIGTERM, then SIGKILL after two seconds), removes the temporary files
    /// and sends `sig` again, now with its default action, to this process.
    private func stop(_ sig: Int32) {
        lock.lock()
        stopping = true
        var child = process
        var over = released
        lock.unlock()
        // A signal between the child's start and `watch`: the child runs already, and its
        // caller is about to hand it over (waited for up to two seconds), so it is not left
        // running on its own.
        var handedOver = 0
        while child == nil && !over && handedOver < 200 {
            usleep(10_000)
            handedOver += 1
            lock.lock()
            (child, over) = (process, released)
            lock.unlock()
        }
        if let child, child.isRunning {
            let pid = child.processIdentifier
            kill(pid, SIGTERM)
            var waited = 0
            while child.isRunning && waited < 200 {
                usleep(10_000)
                waited += 1
            }
            if child.isRunning { kill(pid, SIGKILL) }
        }
        for path in cleanUp { try? FileManager.default.removeItem(atPath: path) }
        // Dispatch receives the signal with the signal blocked; unblock it on this thread and
        // raise it with the default action, which ends the process as the signal says.
        signal(sig, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, sig)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(sig)
    }
}
