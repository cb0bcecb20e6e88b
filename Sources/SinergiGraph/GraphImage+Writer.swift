// Writing a GraphImage: sections checksummed, laid out behind the header, handed to a sink in order
// (the registry writes them through its file-system seam) or written to a file and renamed into place.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GraphImage {
    /// Why an image could not be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The temporary files a writer of `path` uses are `prefix + "<pid>-<n>" + suffix`: the
    /// extension stays last (`r.jsonl.sinergi-cache` → `r.jsonl.tmp-<pid>-<n>.sinergi-cache`),
    /// so ignore patterns for images also match abandoned temporaries.
    /// - Complexity: O(length of the path).
    public static func temporaryName(of path: String) -> (prefix: String, suffix: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (path + ".tmp-", "") }
        let suffix = String(name[dot...])
        return (String(path.dropLast(suffix.count)) + ".tmp-", suffix)
    }

    /// Collects sections, then writes them to a file atomically (temporary file + rename).
    public struct Writer {
        var sections: [(length: Int, checksum: UInt64, bytes: ((UnsafeRawBufferPointer) -> Bool) -> Bool)] = []

        public init() {}

        /// Adds `array`'s bytes as the next section.
        /// - Complexity: O(n) for the checksum; the bytes are not copied.
        public mutating func add<T: BitwiseCopyable>(_ array: [T]) {
            let length = array.count * MemoryLayout<T>.stride
            let sum = array.withUnsafeBytes { GraphImage.checksum($0) }
            sections.append((length, sum, { sink in array.withUnsafeBytes { sink($0) } }))
        }

        /// Hands the image's bytes to `sink` in file order (header, section table, then each
        /// section after its alignment padding); stops at the first `false`.
        /// - Returns: false when `sink` refused a piece.
        /// - Complexity: O(total bytes); the sections are not copied.
        public func emit(_ sink: (UnsafeRawBufferPointer) -> Bool) -> Bool {
            var table: [UInt64] = []
            var offset = GraphImage.headerLength + sections.count * 24
            offset = GraphImage.aligned(offset)
            var end = offset
            for s in sections {
                table.append(contentsOf: [UInt64(offset), UInt64(s.length), s.checksum])
                end = offset + s.length
                offset = GraphImage.aligned(end)
            }
            var header = [UInt8](repeating: 0, count: GraphImage.headerLength)
            header.withUnsafeMutableBytes { h in
                h.storeBytes(of: GraphImage.magic, toByteOffset: 0, as: UInt64.self)
                h.storeBytes(of: GraphImage.formatVersion, toByteOffset: 8, as: UInt32.self)
                h.storeBytes(of: GraphImage.byteOrderMark, toByteOffset: 12, as: UInt32.self)
                h.storeBytes(of: UInt32(sections.count), toByteOffset: 16, as: UInt32.self)
                h.storeBytes(of: UInt64(end), toByteOffset: 24, as: UInt64.self)
                h.storeBytes(of: table.withUnsafeBytes { GraphImage.checksum($0) }, toByteOffset: 32, as: UInt64.self)
            }
            guard header.withUnsafeBytes(sink), table.withUnsafeBytes(sink) else { return false }
            var position = GraphImage.headerLength + table.count * 8
            let zeros = [UInt8](repeating: 0, count: GraphImage.alignment)
            for s in sections {
                let pad = GraphImage.aligned(position) - position
                if pad > 0 {
                    guard zeros.withUnsafeBytes({ sink(UnsafeRawBufferPointer(rebasing: $0[0..<pad])) }) else {
                        return false
                    }
                }
                guard s.bytes(sink) else { return false }
                position = GraphImage.aligned(position) + s.length
            }
            return true
        }

        /// Writes the image to `path` through a temporary file in the same folder (see
        /// `temporaryName(of:)`) and a rename. No fsync: a torn image fails its checksums and
        /// is rebuilt. (The registry writes its images through its own file-system seam
        /// with `emit`.)
        /// - Complexity: O(total bytes).
        public func write(to path: String) throws(WriteError) {
            let (prefix, suffix) = GraphImage.temporaryName(of: path)
            let temp = prefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))" + suffix
            let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError(description: "cannot create \(temp): \(GraphImage.errorText())") }
            let ok = emit { GraphImage.writeAll(fd, $0) }
            let text = ok ? "" : GraphImage.errorText()
            close(fd)
            guard ok, rename(temp, path) == 0 else {
                let message = ok ? GraphImage.errorText() : text
                unlink(temp)
                throw WriteError(description: "cannot write \(path): \(message)")
            }
        }
    }
}
