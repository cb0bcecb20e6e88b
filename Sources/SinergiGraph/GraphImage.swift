// The binary image container: flat arrays written raw behind a header, read back with a few large reads.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file of raw arrays ("sections") behind a checked header, the on-disk form of a
/// graph's flat storage (see `PropertyGraph.writeImage(to:)`) plus whatever the writer adds.
///
/// Layout (native byte order, checked on reading):
/// ```
/// header   64 bytes: magic "SNGIMAGE", format version, byte-order mark 0x01020304,
///          section count, total file length, checksum of the section table
/// table    per section: byte offset, byte length, checksum of the bytes
/// sections each starting on a 64-byte boundary
/// ```
/// Reading is proportional to bytes: one `pread` per section straight into the array's
/// storage, then a checksum pass. An image is a *cache*: anything unexpected (wrong magic,
/// version, byte order, length, checksum, section size) makes the reader give up and the
/// caller rebuild from the source of truth.
public enum GraphImage {
    /// "SNGIMAGE" read as a little-endian integer.
    public static let magic: UInt64 = 0x4547_414D_4947_4E53
    /// Bumped whenever the layout of any section changes (3: property records may hold
    /// the temporal tags 8–12, which version-2 readers would not know; 4: a record's entries
    /// are in increasing key id, which look-ups rely on).
    public static let formatVersion: UInt32 = 4
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerLength = 64
    static let alignment = 64

    /// A 64-bit checksum of bytes (four xxHash64-style lanes over 8-byte words).
    /// - Complexity: O(n), a few GB/s.
    public static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        let p1: UInt64 = 0x9E37_79B1_85EB_CA87
        let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        let p3: UInt64 = 0x1656_67B1_9E37_79F9
        var a: UInt64 = p1 &+ p2
        var b: UInt64 = p2
        var c: UInt64 = 0
        var d: UInt64 = 0 &- p1
        let n = raw.count
        var i = 0
        @inline(__always) func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
            let x = acc &+ input &* p2
            return ((x << 31) | (x >> 33)) &* p1
        }
        if let base = raw.baseAddress {
            while i + 32 <= n {
                a = round(a, base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                b = round(b, base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                c = round(c, base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                d = round(d, base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
        }
        var h = ((a << 1) | (a >> 63)) &+ ((b << 7) | (b >> 57)) &+ ((c << 12) | (c >> 52)) &+ ((d << 18) | (d >> 46))
        h = round(h, UInt64(n))
        while i < n {
            h = (h ^ UInt64(raw[i]) &* p3)
            h = ((h << 11) | (h >> 53)) &* p1
            i += 1
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        return h ^ (h >> 32)
    }

    static func aligned(_ n: Int) -> Int { (n + alignment - 1) / alignment * alignment }

    /// Asks the kernel to back the 2 MiB-aligned interior of a large fresh buffer with huge
    /// pages: one page fault per 2 MiB instead of per 4 KiB while the section is read in.
    static func adviseHugePages(_ raw: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            let huge = 2 << 20
            guard let base = raw.baseAddress, raw.count >= 2 * huge else { return }
            let start = (Int(bitPattern: base) + huge - 1) / huge * huge
            let end = (Int(bitPattern: base) + raw.count) / huge * huge
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var done = 0
        while done < bytes.count {
            let n = write(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            done += n
        }
        return true
    }

    /// Reads exactly `bytes.count` bytes at `offset` with `pread`, retrying short reads.
    /// - Returns: false on an error or at the end of the file.
    /// - Complexity: O(bytes).
    public static func readAll(_ fd: Int32, _ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var done = 0
        while done < bytes.count {
            let n = pread(fd, base + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { return false }
            done += n
        }
        return true
    }
}
