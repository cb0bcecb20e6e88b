// Tests of the generator's inputs: the CSV line parser, loading and checking the region
// table (errors as FILE:LINE: problem), and the SplitMix64 generator.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiCLI

extension GeneratorTests {
    @Suite struct RegionTableTests {
        @Test func quotedFieldsAndCSVErrorsCarryTheirFileAndLine() throws {
            let header = ["id", "name"]
            let rows = try RegionTable.rows(
                Array("id,name\r\n1,\"Koja (Utara, Selatan)\"\n\n2,\"Pulau Ku,U (Kuu)\"\n3,\"say \"\"hi\"\"\"\n".utf8),
                path: "v.csv", header: header)
            #expect(
                rows.map(\.fields) == [
                    ["1", "Koja (Utara, Selatan)"], ["2", "Pulau Ku,U (Kuu)"], ["3", "say \"hi\""],
                ])
            #expect(rows.map(\.line) == [2, 4, 5])
            #expect {
                try RegionTable.rows(Array("id,name\n1,\"open\n\n".utf8), path: "v.csv", header: header)
            } throws: { error in
                (error as? RegionTableError).map { $0.file == "v.csv" && $0.line == 2 } ?? false
            }
        }

        @Test func realTableLoads() throws {
            let table = try GeneratorFixtures.regions()
            #expect(table.provinces.count == 34)
            #expect(table.regencies.count == 514)
            #expect(table.districts.count == 7097)
            #expect(table.villages.count == 82503)
            #expect(table.villages.first { $0.id == 25480 }?.name == "Koja (Utara, Selatan)")
            #expect(table.villages.first { $0.id == 60702 }?.name == "Pulau Ku,U (Kuu)")
            #expect(
                table.regencies.filter { $0.kind == "Kota" }.count
                    + table.regencies.filter { $0.kind == "Kabupaten" }.count == 514)
            #expect(table.provinces.filter { $0.isoCode == "ID-JB" }.count == 2)
        }

        static let provinces = "id,name,iso_code\n1,Riau,ID-RI\n"
        static let regencies = "id,province_id,name,capital,bsni_code\n1,1,Kabupaten Kampar,Bangkinang,BKN\n"
        static let districts = "id,regency_id,name\n1,1,Bangkinang\n"
        static let villages = "id,district_id,name,postal_code\n1,1,Desa Satu,28411\n"

        static func load(
            provinces: String = provinces, regencies: String = regencies, districts: String = districts,
            villages: String = villages
        ) throws(RegionTableError) -> RegionTable {
            try RegionTable(
                provincesCSV: provinces, regenciesCSV: regencies, districtsCSV: districts, villagesCSV: villages,
                directory: "data")
        }

        @Test func validTableLoads() throws {
            let table = try Self.load()
            #expect(table.villages == [RegionTable.Village(id: 1, district: 0, name: "Desa Satu", postalCode: "28411")])
            #expect(table.regencies.first?.kind == "Kabupaten")
        }

        @Test(arguments: [
            (
                0, "id,nama,iso_code\n1,Riau,ID-RI\n",
                "data/provinces.csv:1: header id,nama,iso_code, expected id,name,iso_code"
            ),
            (0, "id,name,iso_code\n1,Riau\n", "data/provinces.csv:2: 2 fields, expected 3"),
            (0, "id,name,iso_code\n1,Riau,ID-RI\n1,Jambi,ID-JA\n", "data/provinces.csv:3: duplicate id 1"),
            (0, "id,name,iso_code\nx,Riau,ID-RI\n", "data/provinces.csv:2: 'x' is not a positive integer id"),
            (0, "id,name,iso_code\n1, ,ID-RI\n", "data/provinces.csv:2: the field name is empty"),
            (0, "", "data/provinces.csv:1: the file is empty; expected the header id,name,iso_code"),
            (
                1, "id,province_id,name,capital,bsni_code\n1,9,Kabupaten Kampar,Bangkinang,BKN\n",
                "data/regencies.csv:2: province 9 does not exist"
            ),
            (
                1, "id,province_id,name,capital,bsni_code\n1,1,Kampar,Bangkinang,BKN\n",
                "data/regencies.csv:2: regency name 'Kampar' starts with neither 'Kabupaten ' nor 'Kota '"
            ),
            (2, "id,regency_id,name\n1,2,Bangkinang\n", "data/districts.csv:2: regency/city 2 does not exist"),
            (
                3, "id,district_id,name,postal_code\n1,1,\"Desa, Satu\n",
                "data/villages.csv:2: unterminated quoted field"
            ),
        ])
        func malformedTablesAreErrors(file: Int, text: String, message: String) {
            var texts = [Self.provinces, Self.regencies, Self.districts, Self.villages]
            texts[file] = text
            do {
                _ = try Self.load(provinces: texts[0], regencies: texts[1], districts: texts[2], villages: texts[3])
                Issue.record("no error for \(message)")
            } catch {
                #expect(error.description == message)
            }
        }

        @Test func missingDirectoryIsAnError() {
            #expect(throws: RegionTableError(file: "/nonexistent/provinces.csv", line: nil, .regionTableCannotRead)) {
                try RegionTable(directory: "/nonexistent")
            }
            let error = RegionTableError(file: "a.csv", line: 3, .regionTableDuplicateID, ["id": .int(7)])
            #expect(error.description == "a.csv:3: duplicate id 7")
            #expect(error.text(.id) == "a.csv:3: id 7 ganda")
        }

        @Test func splitMix64MatchesTheReference() {
            var rng = SplitMix64(seed: 0)
            #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
            #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
            #expect(rng.next() == 0x06C4_5D18_8009_454F)
            var counts = Array(repeating: 0, count: 6)
            for _ in 0..<6000 { counts[rng.uniform(below: 6)] += 1 }
            #expect(counts.allSatisfy { (800...1200).contains($0) })
            #expect(rng.uniform(below: 0) == 0 && rng.uniform(below: 1) == 0)
            var a = SplitMix64(seed: 5, stream: 1)
            var b = SplitMix64(seed: 5, stream: 2)
            #expect(a.next() != b.next())
            let picked = rng.sample(Array(0..<10), count: 4)
            #expect(Set(picked).count == 4 && picked.allSatisfy { (0..<10).contains($0) })
        }
    }
}
