// Reading a GraphImage: the header and table checked, then each section read straight into an array.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GraphImage {
    /// Reads an image's sections in the order they were written.
    public final class Reader {
        let fd: Int32
        let table: [(offset: Int, length: Int, checksum: UInt64)]
        var nextSection = 0
        /// Verify each section's checksum (on by default).
        public var verifiesChecksums = true

        /// Opens `path` and checks its header and section table; nil when it is not a
        /// readable image of this format version.
        /// - Complexity: O(sections): reads the header and the table only.
        public init?(path: String) {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var st = stat()
            var header = [UInt8](repeating: 0, count: GraphImage.headerLength)
            guard fstat(fd, &st) == 0, Int(st.st_size) >= GraphImage.headerLength,
                header.withUnsafeMutableBytes({ GraphImage.readAll(fd, $0, at: 0) })
            else {
                close(fd)
                return nil
            }
            let (magic, version, mark, count, total, tableSum) = header.withUnsafeBytes { h in
                (
                    h.load(fromByteOffset: 0, as: UInt64.self), h.load(fromByteOffset: 8, as: UInt32.self),
                    h.load(fromByteOffset: 12, as: UInt32.self), Int(h.load(fromByteOffset: 16, as: UInt32.self)),
                    h.load(fromByteOffset: 24, as: UInt64.self), h.load(fromByteOffset: 32, as: UInt64.self)
                )
            }
            guard magic == GraphImage.magic, version == GraphImage.formatVersion, mark == GraphImage.byteOrderMark,
                total == UInt64(st.st_size), count < 4096
            else {
                close(fd)
                return nil
            }
            var raw = [UInt64](repeating: 0, count: count * 3)
            guard raw.withUnsafeMutableBytes({ GraphImage.readAll(fd, $0, at: GraphImage.headerLength) }),
                raw.withUnsafeBytes({ GraphImage.checksum($0) }) == tableSum
            else {
                close(fd)
                return nil
            }
            var table: [(offset: Int, length: Int, checksum: UInt64)] = []
            for k in 0..<count {
                let offset = raw[3 * k]
                let length = raw[3 * k + 1]
                guard offset <= total, length <= total - offset else {
                    close(fd)
                    return nil
                }
                table.append((Int(offset), Int(length), raw[3 * k + 2]))
            }
            self.fd = fd
            self.table = table
        }

        deinit { close(fd) }

        /// Sections not read yet.
        public var remainingSections: Int { table.count - nextSection }

        /// Reads the next section as an array of `T`; nil when there is none, its length is
        /// not a whole number of `T`s, it cannot be read, or its checksum does not match.
        /// - Complexity: O(bytes of the section).
        public func next<T: BitwiseCopyable>(_ type: T.Type) -> [T]? {
            guard nextSection < table.count else { return nil }
            let s = table[nextSection]
            nextSection += 1
            let stride = MemoryLayout<T>.stride
            guard s.length % stride == 0 else { return nil }
            let n = s.length / stride
            var ok = true
            let array = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                let raw = UnsafeMutableRawBufferPointer(buffer)
                GraphImage.adviseHugePages(raw)
                ok = GraphImage.readAll(fd, raw, at: s.offset)
                if ok && verifiesChecksums { ok = GraphImage.checksum(UnsafeRawBufferPointer(raw)) == s.checksum }
                if !ok { raw.initializeMemory(as: UInt8.self, repeating: 0) }
                initialized = n
            }
            return ok ? array : nil
        }
    }
}
