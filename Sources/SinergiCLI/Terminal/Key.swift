// The keys the line editor knows, decoded from the bytes a terminal sends (control bytes,
// UTF-8 characters, and the escape sequences of arrows, Home, End and Delete).
import Foundation

/// One key press.
enum Key: Equatable {
    /// A character to insert.
    case character(Character)
    case enter, backspace, delete, left, right, home, end, up, down
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Ctrl-L.
    case clearScreen
    /// Ctrl-R.
    case searchHistory
    /// Ctrl-K: delete to the end of the line.
    case killToEnd
    /// Ctrl-U: delete to the start of the line.
    case killToStart
    /// Ctrl-W: delete the word before the cursor.
    case deleteWord
    /// Escape alone, Ctrl-G, or a sequence the editor does not know.
    case escape
    /// A key that does nothing (Tab, an unknown control byte).
    case ignored
}

/// Turns bytes into keys.
enum KeyDecoder {
    /// The next key, reading as many bytes as it takes from `next` (nil: no more input).
    /// `nextSoon` reads a byte only if it arrives at once (the rest of an escape sequence).
    /// - Complexity: O(1) bytes per key (at most a few for a sequence or a UTF-8 character).
    static func key(next: () -> UInt8?, nextSoon: () -> UInt8?) -> Key? {
        guard let byte = next() else { return nil }
        switch byte {
        case 0x0D, 0x0A: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x01: return .home
        case 0x05: return .end
        case 0x02: return .left
        case 0x06: return .right
        case 0x10: return .up
        case 0x0E: return .down
        case 0x03: return .interrupt
        case 0x04: return .endOfInput
        case 0x0C: return .clearScreen
        case 0x12: return .searchHistory
        case 0x0B: return .killToEnd
        case 0x15: return .killToStart
        case 0x17: return .deleteWord
        case 0x07: return .escape
        case 0x1B: return escapeSequence(nextSoon)
        case 0x00..<0x20: return .ignored
        case 0x20..<0x80: return .character(Character(Unicode.Scalar(byte)))
        default: return utf8(first: byte, next: nextSoon)
        }
    }

    /// `ESC [ A` and the other sequences of arrows, Home, End and Delete.
    static func escapeSequence(_ nextSoon: () -> UInt8?) -> Key {
        guard let introducer = nextSoon() else { return .escape }
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return .escape }
        guard let code = nextSoon() else { return .escape }
        switch code {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // ESC [ n ~ (and ESC [ n ; m ~): 1/7 Home, 4/8 End, 3 Delete.
            var number = Int(code - UInt8(ascii: "0"))
            var more = nextSoon()
            while let m = more, m >= UInt8(ascii: "0"), m <= UInt8(ascii: "9") {
                number = number * 10 + Int(m - UInt8(ascii: "0"))
                more = nextSoon()
            }
            while let m = more, m != UInt8(ascii: "~"), !(m >= 0x40 && m <= 0x7E) { more = nextSoon() }
            // ESC [ 1 ; 5 C (a modified arrow) ends in the arrow's letter.
            if let final = more, final != UInt8(ascii: "~") { return letter(final) }
            switch number {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            default: return .ignored
            }
        default: return letter(code)
        }
    }

    /// The key of a sequence's final letter: A B C D arrows, H Home, F End.
    static func letter(_ code: UInt8) -> Key {
        switch code {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        default: return .ignored
        }
    }

    /// A UTF-8 character starting with `first`; an invalid sequence is ignored.
    static func utf8(first: UInt8, next: () -> UInt8?) -> Key {
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        guard length > 0 else { return .ignored }
        var bytes = [first]
        for _ in 1..<length {
            guard let b = next(), b & 0xC0 == 0x80 else { return .ignored }
            bytes.append(b)
        }
        guard let text = String(bytes: bytes, encoding: .utf8), let c = text.first else { return .ignored }
        return .character(c)
    }
}
