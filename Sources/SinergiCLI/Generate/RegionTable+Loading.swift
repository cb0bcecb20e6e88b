import Foundation
import SinergiFormats
import SinergiText

// Reading the four region CSV files into a RegionTable, checking every row.
//
// The checks mirror graphs/regions-id/make_registry.py: the exact header, the field
// count, no empty field, positive integer ids without repeats, an existing parent, a
// regency name starting with `Kabupaten ` or `Kota `. Each failure is a
// `RegionTableError` naming the file and line.

extension RegionTable {
    /// The file names read from a region directory, in loading order.
    public static let fileNames = ["provinces.csv", "regencies.csv", "districts.csv", "villages.csv"]

    /// Loads `provinces.csv`, `regencies.csv`, `districts.csv` and `villages.csv` from `directory`.
    ///
    /// - Throws: `RegionTableError` (`FILE:LINE: problem`) for a missing file, a CSV syntax
    ///   error, a wrong header or field count, an empty field, a bad or repeated id, a
    ///   missing parent, or a regency name that is neither `Kabupaten …` nor `Kota …`.
    /// - Complexity: O(b + n log n) for b bytes and n rows.
    public init(directory: String) throws(RegionTableError) {
        var texts: [[UInt8]] = []
        var paths: [String] = []
        for name in Self.fileNames {
            let path = directory.isEmpty ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RegionTableError(file: path, line: nil, .regionTableCannotRead)
            }
            texts.append([UInt8](data))
            paths.append(path)
        }
        try self.init(csvBytes: texts, paths: paths)
    }

    /// Builds a table from the texts of the four CSV files (for tests and embedded data).
    ///
    /// `directory` only prefixes the file names in error messages.
    /// - Throws: `RegionTableError`, as `init(directory:)`.
    /// - Complexity: O(b + n log n) for b bytes and n rows.
    public init(
        provincesCSV: String, regenciesCSV: String, districtsCSV: String, villagesCSV: String,
        directory: String = ""
    ) throws(RegionTableError) {
        let paths = Self.fileNames.map { directory.isEmpty ? $0 : directory + "/" + $0 }
        let texts = [provincesCSV, regenciesCSV, districtsCSV, villagesCSV].map { Array($0.utf8) }
        try self.init(csvBytes: texts, paths: paths)
    }

    init(csvBytes texts: [[UInt8]], paths: [String]) throws(RegionTableError) {
        let provinceRows = try Self.rows(texts[0], path: paths[0], header: ["id", "name", "iso_code"])
        let regencyRows = try Self.rows(
            texts[1], path: paths[1], header: ["id", "province_id", "name", "capital", "bsni_code"])
        let districtRows = try Self.rows(texts[2], path: paths[2], header: ["id", "regency_id", "name"])
        let villageRows = try Self.rows(texts[3], path: paths[3], header: ["id", "district_id", "name", "postal_code"])

        let provinces = provinceRows.map { Province(id: $0.id, name: $0.fields[1], isoCode: $0.fields[2]) }
        let provincePosition = Self.positions(provinceRows)

        var regencies: [Regency] = []
        regencies.reserveCapacity(regencyRows.count)
        for row in regencyRows {
            let parent = try Self.parent(row, field: 1, in: provincePosition, what: .kindProvince, path: paths[1])
            let name = row.fields[2]
            let kind: String
            if name.hasPrefix("Kabupaten ") {
                kind = "Kabupaten"
            } else if name.hasPrefix("Kota ") {
                kind = "Kota"
            } else {
                throw RegionTableError(file: paths[1], line: row.line, .regionTableRegencyName, ["name": .text(name)])
            }
            regencies.append(
                Regency(
                    id: row.id, province: parent, name: name, capital: row.fields[3], bsniCode: row.fields[4],
                    kind: kind))
        }
        let regencyPosition = Self.positions(regencyRows)

        var districts: [District] = []
        districts.reserveCapacity(districtRows.count)
        for row in districtRows {
            let parent = try Self.parent(row, field: 1, in: regencyPosition, what: .kindRegency, path: paths[2])
            districts.append(District(id: row.id, regency: parent, name: row.fields[2]))
        }
        let districtPosition = Self.positions(districtRows)

        var villages: [Village] = []
        villages.reserveCapacity(villageRows.count)
        for row in villageRows {
            let parent = try Self.parent(row, field: 1, in: districtPosition, what: .kindDistrict, path: paths[3])
            villages.append(Village(id: row.id, district: parent, name: row.fields[2], postalCode: row.fields[3]))
        }
        self.init(provinces: provinces, regencies: regencies, districts: districts, villages: villages)
    }

    /// A data row with its parsed id.
    struct Row {
        var line: Int
        var id: Int
        var fields: [String]
    }

    /// The data rows of one file, checked and sorted by id.
    static func rows(_ bytes: [UInt8], path: String, header: [String]) throws(RegionTableError) -> [Row] {
        // The RFC 4180 reader of SinergiFormats; blank lines are skipped.
        let parsed = CSVReader.read(String(decoding: bytes, as: UTF8.self))
        if let issue = parsed.issues.first {
            throw RegionTableError(file: path, line: issue.line, problem: issue.message)
        }
        let records = parsed.records.compactMap { record -> (line: Int, fields: [String])? in
            if record.fields.count == 1, let only = record.fields.first, !only.quoted, only.text.isEmpty { return nil }
            return (record.line, record.fields.map(\.text))
        }
        guard let first = records.first else {
            throw RegionTableError(
                file: path, line: 1, .regionTableEmpty, ["header": .text(header.joined(separator: ","))])
        }
        guard first.fields == header else {
            throw RegionTableError(
                file: path, line: first.line, .regionTableHeader,
                ["found": .text(first.fields.joined(separator: ",")), "header": .text(header.joined(separator: ","))])
        }
        var rows: [Row] = []
        rows.reserveCapacity(records.count - 1)
        var seen = Set<Int>()
        seen.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw RegionTableError(
                    file: path, line: record.line, .regionTableFieldCount,
                    ["count": .count(record.fields.count), "expected": .count(header.count)])
            }
            for (name, value) in zip(header, record.fields)
            where value.allSatisfy({ $0 == " " || $0 == "\t" }) {
                throw RegionTableError(file: path, line: record.line, .regionTableEmptyField, ["name": .text(name)])
            }
            guard let id = positiveInteger(record.fields[0]) else {
                throw RegionTableError(
                    file: path, line: record.line, .regionTableBadID, ["value": .text(record.fields[0])])
            }
            guard seen.insert(id).inserted else {
                throw RegionTableError(file: path, line: record.line, .regionTableDuplicateID, ["id": .int(id)])
            }
            rows.append(Row(line: record.line, id: id, fields: record.fields))
        }
        rows.sort { $0.id < $1.id }
        return rows
    }

    /// Map from id to position in the sorted rows.
    static func positions(_ rows: [Row]) -> [Int: Int] {
        var map: [Int: Int] = [:]
        map.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() { map[row.id] = i }
        return map
    }

    /// The position of the parent named in `row.fields[field]`.
    static func parent(
        _ row: Row, field: Int, in positions: [Int: Int], what: MessageKey, path: String
    ) throws(RegionTableError) -> Int {
        let text = row.fields[field]
        guard let id = positiveInteger(text) else {
            throw RegionTableError(
                file: path, line: row.line, .regionTableBadParentID,
                ["level": .message(Message(what)), "value": .text(text)])
        }
        guard let position = positions[id] else {
            throw RegionTableError(
                file: path, line: row.line, .regionTableNoParent, ["level": .message(Message(what)), "id": .int(id)])
        }
        return position
    }

    /// A decimal number > 0 of at most 9 digits, or nil.
    static func positiveInteger(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 9, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        guard let value = Int(text), value > 0 else { return nil }
        return value
    }
}
