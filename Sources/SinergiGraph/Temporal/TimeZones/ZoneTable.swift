// Reads the zone table the package ships (`ZoneTable+Data.swift`, generated from an
// IANA tzdata release by `generate-zone-table.py`) into rules per zone, once, on
// first use. Nothing here looks at the machine's /usr/share/zoneinfo.

/// The decoded zone table: zone names and their rules.
struct ZoneTable: Sendable {
    /// Rules by exact zone name.
    let zones: [String: ZoneRules]
    /// Exact names by lowercased name, for names written in another case.
    let folded: [String: String]
    /// The IANA release.
    let version: String

    /// The table, decoded on first use (Swift's global `let`s are initialised once, thread-safely).
    static let shared: ZoneTable = ZoneTable.decode()

    static func decode() -> ZoneTable {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for c in encoded.utf8 {
            let v: UInt32
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            default: continue
            }
            buffer = buffer << 6 | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = PropertyCodec.Reader(buffer: buffer, position: 0)
            func int() -> Int { Int(truncatingIfNeeded: reader.varint()) }
            func signed() -> Int64 { PropertyCodec.unzigzag(reader.varint()) }
            let version = reader.string()
            let zoneCount = int()
            var names: [(String, Int)] = []
            for _ in 0..<zoneCount { names.append((reader.string(), int())) }
            let recordCount = int()
            var records: [ZoneRules] = []
            for _ in 0..<recordCount {
                let typeCount = int()
                var types: [(offset: Int64, isDST: Bool)] = []
                for _ in 0..<typeCount {
                    let offset = signed()
                    types.append((offset, reader.byte() != 0))
                }
                let initial = int()
                let transitionCount = int()
                var times: [Int64] = []
                var offsets: [Int64] = []
                var previous: Int64 = 0
                times.reserveCapacity(transitionCount)
                for _ in 0..<transitionCount {
                    previous += signed()
                    times.append(previous)
                    let type = int()
                    offsets.append(type < types.count ? types[type].offset : 0)
                }
                let footer = reader.string()
                records.append(
                    ZoneRules(
                        initialOffset: initial < types.count ? types[initial].offset : 0, transitions: times,
                        offsets: offsets, rule: PosixTimeZoneRule(footer)))
            }
            var zones: [String: ZoneRules] = [:]
            var folded: [String: String] = [:]
            for (name, index) in names where index < records.count {
                zones[name] = records[index]
                folded[name.lowercased()] = name
            }
            return ZoneTable(zones: zones, folded: folded, version: version)
        }
    }

}
