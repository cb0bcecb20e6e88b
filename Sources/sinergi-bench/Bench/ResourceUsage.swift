// The benchmark process's own resource figures: peak resident memory
// (getrusage ru_maxrss) and the machine's load average at the time of the run.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Figures about the benchmark process and the machine it runs on.
enum ResourceUsage {
    /// Peak resident set size of this process in MiB (`ru_maxrss`: KiB on Linux, bytes on macOS).
    /// - Complexity: O(1).
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            let who = RUSAGE_SELF.rawValue
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
            return Double(usage.ru_maxrss) / 1_048_576
        #else
            return Double(usage.ru_maxrss) / 1024
        #endif
    }

    /// The 1, 5 and 15 minute load averages, or nil when the system does not say.
    /// - Complexity: O(1).
    static func loadAverage() -> [Double]? {
        var loads = [Double](repeating: 0, count: 3)
        let n = getloadavg(&loads, 3)
        return n == 3 ? loads : nil
    }

    /// The number of processors online.
    /// - Complexity: O(1).
    static func processorCount() -> Int {
        Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// CPU time this thread has used, in milliseconds (wall time minus waiting for the CPU).
    /// - Complexity: O(1).
    static func threadCPUMilliseconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
    }
}
