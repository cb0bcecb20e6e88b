// Writing an output file without ever replacing a registry by accident: a file that reads
// as a registry, or the registry the command reads, is only replaced with --force. Other
// files (DOT, SVG, GraphML, a CSV folder's files) are replaced as Graphviz and other tools
// replace theirs.
import Foundation
import SinergiFormats
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output files of the commands.
enum OutputFile {
    /// Refuses to replace `path` when it is the registry named by `-r` (the same file, however
    /// spelt) or an existing file whose first line reads as a registry record, unless `force`.
    ///
    /// - Throws: `CLIError.failure` saying which and that `--force` replaces it.
    /// - Complexity: O(length of the file's first line).
    static func checkReplaceable(_ path: String, registry: String?, force: Bool, console: Console) throws(CLIError) {
        guard !force, FileManager.default.fileExists(atPath: path) else { return }
        if let registry, sameFile(path, registry) {
            throw .failure(.outputIsTheRegistry, ["path": .text(path)])
        }
        if looksLikeRegistry(path) {
            throw .failure(.outputIsARegistry, ["path": .text(path)])
        }
    }

    /// Writes `bytes` to `path` (after `checkReplaceable`), or to standard output without a path.
    static func write(
        _ bytes: [UInt8], to path: String?, registry: String?, force: Bool, console: Console
    ) throws {
        guard let path else {
            console.outBytes(bytes)
            return
        }
        try checkReplaceable(path, registry: registry, force: force, console: console)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw CLIError.failure(.outputCannotWrite, ["path": .text(path)])
        }
    }

    /// True when both paths name one file (same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat()
        var sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// True when the file's first non-blank line (read up to 1 MiB) is a registry record.
    static func looksLikeRegistry(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        while buffer.count < 1 << 20 {
            guard let chunk = try? handle.read(upToCount: 64 * 1024), !chunk.isEmpty else { break }
            buffer.append(contentsOf: chunk)
            if buffer.contains(0x0A) { break }
        }
        for line in buffer.split(separator: 0x0A) {
            let bytes = Array(line.last == 0x0D ? line.dropLast() : line[...])
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return bytes.withUnsafeBufferPointer { (try? JSONLineDecoder.decode($0)) != nil }
        }
        return false
    }
}

/// What an output must not replace: the command's registry, unless `--force` was given.
struct OutputGuard {
    /// The registry the command reads (`-r`), if any.
    var registry: String?
    /// `--force`: replace even a registry.
    var force = false
}
