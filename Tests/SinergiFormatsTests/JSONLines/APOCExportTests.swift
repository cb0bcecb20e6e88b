// APOC's own JSON lines: temporal values as the ISO text apoc.export.json writes (not the
// registry's {"$date": …}), every other value as the registry writes it, and the
// apoc.import.json call whose mappings give the dates back their type.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct APOCExportTests {
    @Test func datesAreTextAndTheImportCallRestoresTheirTypes() throws {
        var g = PropertyGraph()
        let date = try #require(CypherDate(year: 2023, month: 6, day: 21))
        let duration = try #require(CypherDuration(parsing: "P3D"))
        let shm = try g.addNode(
            key: "event/shm", labels: ["Event", "SHM"],
            properties: ["name": "SHM Sumatera Utara", "date": .date(date), "length": .duration(duration)])
        let office = try g.addNode(key: "office", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda"])
        try g.addRelationship(
            key: "attended/1", type: "ATTENDED", from: office, to: shm,
            properties: ["role": "participant", "days": .list([.date(date)])])

        let export = APOCExport.write(g)
        let text = String(decoding: export.bytes, as: UTF8.self)
        #expect(
            text == """
                {"type":"node","id":"event/shm","labels":["Event","SHM"],"properties":{"date":"2023-06-21","length":"P3D","name":"SHM Sumatera Utara"}}
                {"type":"node","id":"office","labels":["Stakeholder","Bappeda"],"properties":{"name":"Bappeda"}}
                {"type":"relationship","id":"attended/1","label":"ATTENDED","properties":{"days":["2023-06-21"],"role":"participant"},"start":{"id":"office","labels":["Stakeholder","Bappeda"]},"end":{"id":"event/shm","labels":["Event","SHM"]}}

                """)
        #expect(!text.contains("$date"))
        #expect(export.nodes == 2 && export.relationships == 1)
        #expect(
            export.importCall(file: "shm.jsonl")
                == "CALL apoc.import.json('file:///shm.jsonl', {importIdName: 'sinergiKey', nodePropertyMappings: "
                + "{Event: {date: 'Date', length: 'Duration'}}, relPropertyMappings: {}})")
    }

    @Test func everyLineIsJSONAndNamesEveryEntity() throws {
        let g = try SampleNetwork.make()
        let lines = String(decoding: APOCExport.write(g).bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == g.nodeCount + g.relationshipCount)
        var ids: Set<String> = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            ids.insert(try #require(object["id"] as? String))
        }
        #expect(ids == Set(g.nodes.map { g.key(of: $0) } + g.relationships.map { g.key(of: $0) }))
    }
}
