// The small template language of the catalogues: placeholders, plurals and escaped braces.

/// Renders catalogue templates.
///
/// A template is text with placeholders:
/// - `{name}` — the argument `name`, written as its kind says (see `MessageArgument`);
/// - `{name|one|many}` — `one` when the count argument `name` is 1, else `many`
///   (English needs it; Indonesian templates simply do not use it);
/// - `{{` and `}}` — literal braces.
///
/// A placeholder without an argument is written as `{name}` unchanged, so a mistake shows in
/// the output (and in the catalogue tests) instead of vanishing.
public enum MessageTemplate {
    /// The template with its placeholders replaced.
    ///
    /// - Complexity: O(t + a) for a template of length t and arguments of total rendered length a.
    public static func render(_ template: String, arguments: [String: MessageArgument], language: Language)
        -> String
    {
        var out = ""
        out.reserveCapacity(template.utf8.count + 16)
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            let next = template.index(after: i)
            if c == "{", next < template.endIndex, template[next] == "{" {
                out.append("{")
                i = template.index(after: next)
                continue
            }
            if c == "}", next < template.endIndex, template[next] == "}" {
                out.append("}")
                i = template.index(after: next)
                continue
            }
            if c == "{", let close = template[next...].firstIndex(of: "}") {
                let body = template[next..<close]
                out += placeholder(body, arguments: arguments, language: language)
                i = template.index(after: close)
                continue
            }
            out.append(c)
            i = next
        }
        return out
    }

    /// The names of the placeholders of a template, plural selectors included.
    ///
    /// - Complexity: O(t) for a template of length t.
    public static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var i = template.startIndex
        while i < template.endIndex {
            let next = template.index(after: i)
            if template[i] == "{", next < template.endIndex, template[next] == "{" {
                i = template.index(after: next)
                continue
            }
            if template[i] == "{", let close = template[next...].firstIndex(of: "}") {
                let body = template[next..<close]
                names.insert(String(body.split(separator: "|", omittingEmptySubsequences: false)[0]))
                i = template.index(after: close)
                continue
            }
            i = next
        }
        return names
    }

    private static func placeholder(
        _ body: Substring, arguments: [String: MessageArgument], language: Language
    ) -> String {
        let parts = body.split(separator: "|", omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard let argument = arguments[name] else { return "{\(body)}" }
        if parts.count == 3 {
            let n: Int
            switch argument {
            case .count(let c), .int(let c): n = c
            case .list(let items), .alternatives(let items): n = items.count
            default: n = 2
            }
            return String(n == 1 ? parts[1] : parts[2])
        }
        return write(argument, language: language)
    }

    /// One argument as text in `language`.
    static func write(_ argument: MessageArgument, language: Language) -> String {
        switch argument {
        case .text(let s): return s
        case .int(let n): return String(n)
        case .count(let n): return grouped(n, language: language)
        case .decimal(let d, let digits): return decimal(d, digits: digits, language: language)
        case .list(let items):
            return joined(items, last: language == .id ? "dan" : "and")
        case .alternatives(let items):
            return joined(items, last: language == .id ? "atau" : "or")
        case .message(let m): return m.text(language)
        case .messages(let ms): return ms.map { $0.text(language) }.joined(separator: "; ")
        }
    }

    /// `1396` as `1,396` (English) or `1.396` (Indonesian).
    ///
    /// - Complexity: O(d) in the number of digits.
    public static func grouped(_ n: Int, language: Language) -> String {
        let separator: Character = language == .id ? "." : ","
        let digits = String(n.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return n < 0 ? "-" + out : out
    }

    /// `d` rounded to `digits` places with the language's decimal separator (`0.3` / `0,3`).
    ///
    /// - Complexity: O(d) in the number of digits.
    public static func decimal(_ d: Double, digits: Int, language: Language) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
        let places = max(0, min(digits, 12))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (d.magnitude * scale).rounded()
        let whole = Int(exactly: (scaled / scale).rounded(.towardZero)) ?? 0
        var text = grouped(whole, language: language)
        if places > 0 {
            let fraction = Int(scaled - Double(whole) * scale)
            var f = String(fraction)
            while f.count < places { f = "0" + f }
            text += (language == .id ? "," : ".") + f
        }
        return d < 0 && scaled != 0 ? "-" + text : text
    }

    private static func joined(_ items: [String], last word: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) \(word) \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
        }
    }
}
