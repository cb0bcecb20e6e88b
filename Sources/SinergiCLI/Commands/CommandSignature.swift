// Who signs a command's writes, and why: `--author` and `--message` of the writing commands,
// with the defaults people expect (SINERGI_AUTHOR, git's user.name, the login name) and
// SINERGI_DATE for reproducible runs — resolved once, before the command runs.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signature every transaction of a run carries (see docs/registry-format.md, "Who, when
/// and why").
///
/// A writing command lists `CommandSignature.options` in its spec; `Subcommand.parseAndRun`
/// then resolves the signature into `console.signature`, and the command opens its registry
/// with `Registry(path:signature: console.signature)`.
enum CommandSignature {
    /// `--author <name>`.
    static let author = Option.text("author", value: .valueName, help: Message(.optionAuthor))
    /// `--message <text>`.
    static let message = Option.text("message", value: .valueText, help: Message(.optionMessage))
    /// The options of a writing command.
    static var options: [OptionSpec] { [author.spec, message.spec] }

    /// True when `spec` is a writing command (it takes `--message`; `log --author` is a filter).
    static func signs(_ spec: CommandSpec) -> Bool { spec.options.contains { $0.long == "message" } }

    /// The signature of the run: the author from `--author`, else `SINERGI_AUTHOR`, else
    /// `GIT_AUTHOR_NAME`, else git's global `user.name`, else the login name; the time from
    /// `SINERGI_DATE` (an ISO 8601 date-time with its offset) or, when unset, the clock at each
    /// commit; the message from `--message`.
    /// - Throws: a usage error for an empty `--author`/`--message` or a malformed `SINERGI_DATE`.
    /// - Complexity: O(size of the git configuration file).
    static func resolve(_ arguments: ParsedArguments, environment: [String: String]) throws(CLIError)
        -> CommitSignature
    {
        var signature = CommitSignature()
        if let given = arguments.value(author.spec.long) {
            let name = given.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw .usage(.historyEmptyOption, ["name": .text("author")]) }
            signature.author = name
        } else {
            signature.author = defaultAuthor(environment: environment)
        }
        if let given = arguments.value(message.spec.long) {
            let text = given.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw .usage(.historyEmptyOption, ["name": .text("message")]) }
            signature.message = text
        }
        if let date = environment["SINERGI_DATE"], !date.isEmpty {
            guard let time = CypherDateTime(parsing: date) else {
                throw .usage(.historyBadSinergiDate, ["value": .text(date)])
            }
            signature.time = time
        }
        return signature
    }

    /// The author when `--author` is not given (nil when nothing names one).
    /// - Complexity: O(size of the git configuration file).
    static func defaultAuthor(environment: [String: String]) -> String? {
        for variable in ["SINERGI_AUTHOR", "GIT_AUTHOR_NAME"] {
            if let name = environment[variable]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        if let name = gitUserName(environment: environment) { return name }
        for variable in ["USER", "LOGNAME"] {
            if let name = environment[variable], !name.isEmpty { return name }
        }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        let login = String(cString: name)
        return login.isEmpty ? nil : login
    }

    /// `user.name` of git's global configuration (`$XDG_CONFIG_HOME/git/config`, then
    /// `~/.gitconfig`, git's own order: the later wins), read without running git.
    /// - Complexity: O(size of the files).
    static func gitUserName(environment: [String: String]) -> String? {
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        let xdg = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        var name: String?
        for file in [xdg + "/git/config", home + "/.gitconfig"] {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            if let found = userName(inGitConfig: text) { name = found }
        }
        return name
    }

    /// The last `name = …` of a `[user]` section of git configuration text (quotes removed).
    /// - Complexity: O(size of the text).
    static func userName(inGitConfig text: String) -> String? {
        var inUser = false
        var name: String?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let section = line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                inUser = section.lowercased() == "user"
                continue
            }
            guard inUser, let eq = line.firstIndex(of: "=") else { continue }
            guard line[..<eq].trimmingCharacters(in: .whitespaces).lowercased() == "name" else { continue }
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { name = value }
        }
        return name
    }
}
