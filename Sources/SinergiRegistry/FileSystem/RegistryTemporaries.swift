// The temporary files beside a registry (a compaction's copy, a cache image being written): their
// names, and removing those whose writer was killed.
import SinergiGraph

/// Names of temporary files beside a registry `R`, and their clean-up.
///
/// - `R.tmp-<pid>`: the new copy that compaction and `create` write, sync and rename over `R`
///   (only the holder of the registry's lock writes one);
/// - `R.tmp-<pid>-<n>.sinergi-cache`: a binary image being written (any reader may write one;
///   the extension stays last so the image's ignore patterns match it).
///
/// A process killed while writing one leaves it behind; every load and every writer removes
/// those whose process no longer runs (`removeAbandoned`), so none outlives the next command.
enum RegistryTemporaries {
    /// The temporary copy of `registry` written by process `pid`.
    static func copyPath(of registry: String, pid: Int32) -> String { registry + ".tmp-\(pid)" }

    /// A temporary image for `registry` written by process `pid`; `n` tells apart one
    /// process's images.
    static func imagePath(of registry: String, pid: Int32, n: UInt32) -> String {
        let (prefix, suffix) = GraphImage.temporaryName(of: RegistryCache.imagePath(forRegistry: registry))
        return prefix + "\(pid)-\(n)" + suffix
    }

    /// The process id in `name` when it is the name of one of `registry`'s temporaries
    /// (`base` is the registry's file name).
    static func writer(of name: String, base: String) -> Int32? {
        let prefix = base + ".tmp-"
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 10, let pid = Int32(digits), pid > 0 else { return nil }
        let after = rest.dropFirst(digits.count)
        if after.isEmpty { return pid }  // a copy
        let cacheSuffix = GraphImage.temporaryName(of: RegistryCache.imagePath(forRegistry: base)).suffix
        guard after.first == "-", after.hasSuffix(cacheSuffix) else { return nil }
        let n = after.dropFirst().dropLast(cacheSuffix.count)
        guard !n.isEmpty, n.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return pid  // an image
    }

    /// Removes the temporaries of `registry` whose writing process no longer runs; those of
    /// running processes are left alone. Failures are ignored (a read-only folder).
    /// - Complexity: O(entries in the registry's folder).
    static func removeAbandoned(registry: String, fileSystem fs: any FileSystem) {
        let folder = RegistryFileIO.folder(of: registry)
        let base = String(registry.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        guard !base.isEmpty, let names = try? fs.entries(ofFolder: folder) else { return }
        for name in names {
            guard let pid = writer(of: name, base: base), !fs.processIsRunning(pid) else { continue }
            try? fs.unlink(folder == "." ? name : folder + "/" + name)
        }
    }
}
