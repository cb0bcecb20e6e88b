// Reading a GraphImage: the header and table checked, then each section read straight into an array.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GraphImage {
    /// Reads an image's sections in the order they were written.
    public final class Reader {
        let readAt: (UnsafeMutableRawBufferPointer, Int) -> Bool
        let onClose: () -> Void
        let table: [(offset: Int, length: Int, checksum: UInt64)]
        var nextSection = 0
        /// Verify each section's checksum (on by default).
        public var verifiesChecksums = true

        /// Opens `path` and checks its header and section table; nil when it is not a
        /// readable image of this format version.
        /// - Complexity: O(sections): reads the header and the table only.
        public convenience init?(path: String) {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var st = stat()
            guard fstat(fd, &st) == 0 else {
                close(fd)
                return nil
            }
            self.init(
                size: Int(st.st_size), read: { GraphImage.readAll(fd, $0, at: $1) }, close: { _ = close(fd) })
        }

        /// Checks the header and section table of an image of `size` bytes that `read` reads
        /// (`read(buffer, offset)` fills all of `buffer` from byte `offset`, or returns false);
        /// `close` runs once the reader is released (or at once when nil is returned).
        /// - Complexity: O(sections): reads the header and the table only.
        public init?(
            size: Int, read: @escaping (UnsafeMutableRawBufferPointer, Int) -> Bool, close: @escaping () -> Void
        ) {
            var header = [UInt8](repeating: 0, count: GraphImage.headerLength)
            guard size >= GraphImage.headerLength, header.withUnsafeMutableBytes({ read($0, 0) }) else {
                close()
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
                total == UInt64(size), count < 4096
            else {
                close()
                return nil
            }
            var raw = [UInt64](repeating: 0, count: count * 3)
            guard raw.withUnsafeMutableBytes({ read($0, GraphImage.headerLength) }),
                raw.withUnsafeBytes({ GraphImage.checksum($0) }) == tableSum
            else {
                close()
                return nil
            }
            var table: [(offset: Int, length: Int, checksum: UInt64)] = []
            for k in 0..<count {
                let offset = raw[3 * k]
                let length = raw[3 * k + 1]
                guard offset <= total, length <= total - offset else {
                    close()
                    return nil
                }
                table.append((Int(offset), Int(length), raw[3 * k + 2]))
            }
            self.readAt = read
            self.onClose = close
            self.table = table
        }

        deinit { onClose() }

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
                ok = readAt(raw, s.offset)
                if ok && verifiesChecksums { ok = GraphImage.checksum(UnsafeRawBufferPointer(raw)) == s.checksum }
                if !ok { raw.initializeMemory(as: UInt8.self, repeating: 0) }
                initialized = n
            }
            return ok ? array : nil
        }
    }
}
