// The memory bound of a statement: the growth of the process's resident set since
// the statement started, read from the operating system at most every few
// milliseconds (so the check costs nothing measurable), and checked before any
// single value larger than a megabyte is built (a concatenation, a range), so one
// allocation cannot jump past the bound between two reads.

import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Watches the memory one statement uses.
struct MemoryWatch {
    /// The most bytes the statement may add to the resident set.
    let limit: Int
    /// The resident set when the statement started.
    let baseline: Int
    /// The growth at the last reading.
    var used = 0
    /// Bytes reserved for values being built since the last reading.
    var reserved = 0
    /// When the resident set may be read next (uptime nanoseconds).
    var nextReading: UInt64 = 0

    init(limit: Int) {
        self.limit = limit
        baseline = MemoryWatch.residentBytes() ?? 0
    }

    /// Reads the resident set when the last reading is old enough; fails past the limit.
    mutating func check(now: UInt64) throws(QueryError) {
        guard now >= nextReading else { return }
        nextReading = now &+ 5_000_000
        if let resident = MemoryWatch.residentBytes() {
            used = max(0, resident - baseline)
            reserved = 0
        }
        if used > limit { throw EngineMessages.memoryLimit(limit) }
    }

    /// Fails when `bytes` more would exceed the limit.
    mutating func reserve(_ bytes: Int) throws(QueryError) {
        try check(now: DispatchTime.now().uptimeNanoseconds)
        let (total, overflow) = used.addingReportingOverflow(reserved &+ bytes)
        if overflow || total > limit { throw EngineMessages.memoryLimit(limit) }
        reserved &+= bytes
    }

    /// The process's resident set in bytes (nil where it cannot be read).
    /// - Complexity: one small read of `/proc/self/statm` (Linux) or one task query (Darwin).
    static func residentBytes() -> Int? {
        #if os(Linux)
            let fd = open("/proc/self/statm", O_RDONLY)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 128)
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
            guard n > 0 else { return nil }
            // "size resident shared …" in pages.
            var fields: [Int] = []
            var current = 0
            var inNumber = false
            for b in buffer[0..<n] {
                if b >= 48 && b <= 57 {
                    current = current * 10 + Int(b - 48)
                    inNumber = true
                } else if inNumber {
                    fields.append(current)
                    current = 0
                    inNumber = false
                    if fields.count == 2 { break }
                }
            }
            guard fields.count == 2 else { return nil }
            return fields[1] * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            var usage = rusage()
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
            return Int(usage.ru_maxrss)
        #endif
    }
}
