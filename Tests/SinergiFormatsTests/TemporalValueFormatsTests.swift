// Temporal values in the file formats: the registry's tagged JSON (`{"$datetime": …}`),
// admin-import CSV's typed columns (`:localtime`, `:datetime`, `:duration`, …) and
// GraphML's type hints, each written in ISO 8601 and read back to the same value.

import SinergiGraph
import SinergiTestSupport
import SinergiText
import Testing

@testable import SinergiFormats

@Suite struct TemporalValueFormatsTests {
    let clock = CypherLocalTime(hour: 9, minute: 30, second: 5, nanosecond: 1)!
    var day: CypherDate { CypherDate(year: 2023, month: 6, day: 21)! }

    var samples: [(Value, String)] {
        [
            (.date(day), #"{"$date":"2023-06-21"}"#),
            (.localTime(clock), #"{"$localtime":"09:30:05.000000001"}"#),
            (.time(CypherTime(clock, offsetSeconds: 25_200)!), #"{"$time":"09:30:05.000000001+07:00"}"#),
            (.localDateTime(CypherLocalDateTime(day, clock)), #"{"$localdatetime":"2023-06-21T09:30:05.000000001"}"#),
            (
                .dateTime(
                    CypherDateTime(CypherLocalDateTime(day, .midnight), offsetSeconds: 25_200, zone: "Asia/Jakarta")!),
                #"{"$datetime":"2023-06-21T00:00+07:00[Asia/Jakarta]"}"#
            ),
            (
                .duration(CypherDuration(months: 26, days: -3, seconds: 3_600, nanoseconds: 500_000_000)!),
                #"{"$duration":"P2Y2M-3DT1H0.5S"}"#
            ),
        ]
    }

    @Test func registryJSONTagsEachTypeAndReadsItBack() throws {
        for (value, json) in samples {
            #expect(EmbeddedJSON.encode(value) == json)
            #expect(try EmbeddedJSON.decode(json).get() == value)
        }
        #expect(
            throws: EmbeddedJSONError(Message(.jsonNotATemporal, ["text": .text("25:00"), "kind": .text("localtime")]))
        ) {
            try EmbeddedJSON.decode(#"{"$localtime":"25:00"}"#).get()
        }
        #expect(
            throws: EmbeddedJSONError(Message(.jsonNotATemporal, ["text": .text("P1H"), "kind": .text("duration")]))
        ) {
            try EmbeddedJSON.decode(#"{"$duration":"P1H"}"#).get()
        }
    }

    @Test func adminCSVHasAColumnTypePerTemporalType() throws {
        let text = """
            :ID,opens:localtime,meets:time,held:localdatetime,at:datetime,lasts:duration,days:date[]
            m1,09:30,09:30+07:00,2023-06-21T09:30,2023-06-21T09:30+07:00[Asia/Jakarta],PT2H30M,2023-06-21;2023-W25-4

            """
        let g = try AdminCSV.read(nodeFiles: [(path: "m.csv", text: text)], relationshipFiles: []).graph
        let m = try #require(g.node(forKey: "m1"))
        let p = g.properties(of: m)
        #expect(p["opens"]?.temporalText == "09:30")
        #expect(p["meets"]?.temporalText == "09:30+07:00")
        #expect(p["held"]?.temporalText == "2023-06-21T09:30")
        #expect(p["at"]?.temporalText == "2023-06-21T09:30+07:00[Asia/Jakarta]")
        #expect(p["lasts"]?.temporalText == "PT2H30M")
        #expect(p["days"] == .list([.date(day), .date(CypherDate(year: 2023, month: 6, day: 22)!)]))
        for (value, _) in samples {
            let type = AdminCSVCell.columnType(for: value)
            #expect(type.description == TemporalKind(of: value)?.rawValue)
            let cell = AdminCSVCell.field(for: value, type: type)
            #expect(try AdminCSVCell.value(cell, type: type, header: "x").get() == value)
        }
        // Without an offset: the column's zone, else UTC (Neo4j's importer default).
        let zoned = """
            :ID,wib:datetime{timezone:Asia/Jakarta},utc:datetime,t:time,named:datetime
            m2,2023-06-21T09:00,2023-06-21T09:00,09:00,2023-06-21T09:00[Asia/Makassar]

            """
        let g2 = try AdminCSV.read(nodeFiles: [(path: "z.csv", text: zoned)], relationshipFiles: []).graph
        let p2 = g2.properties(of: try #require(g2.node(forKey: "m2")))
        #expect(p2["wib"]?.temporalText == "2023-06-21T09:00+07:00[Asia/Jakarta]")
        #expect(p2["utc"]?.temporalText == "2023-06-21T09:00Z")
        #expect(p2["t"]?.temporalText == "09:00Z")
        #expect(p2["named"]?.temporalText == "2023-06-21T09:00+08:00[Asia/Makassar]")
        #expect(AdminCSVType(parsing: "datetime{timezone:Asia/Djakarta}") == nil)
        #expect(AdminCSVType(parsing: "date{timezone:Asia/Jakarta}") == nil)
        #expect(
            AdminCSVType(parsing: "DateTime{timezone:asia/jakarta}")?.description == "datetime{timezone:Asia/Jakarta}")
        #expect(
            throws: AdminCSVColumnError(
                Message(
                    .csvBadTemporal,
                    ["kind": .text("duration"), "value": .text("soon"), "column": .text("lasts:duration")]))
        ) {
            try AdminCSVCell.value(CSVField("soon"), type: AdminCSVType(.duration), header: "lasts:duration").get()
        }
    }

    @Test func graphMLHintsNameTheTemporalType() throws {
        for (value, _) in samples {
            let attribute = TypedAttribute.of(value)
            #expect(attribute.attrType == "string")
            #expect(attribute.hint == TemporalKind(of: value)?.rawValue)
            #expect(try attribute.value(TypedAttribute.text(value)).get() == value)
        }
    }

    @Test func spellsAndLabelsTakeTheDayOfADateTime() throws {
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", labels: ["Stakeholder"])
        let b = try g.addNode(key: "b", labels: ["Stakeholder"])
        let since = CypherDateTime(
            CypherLocalDateTime(day, CypherLocalTime(hour: 23, minute: 30)!), offsetSeconds: 25_200,
            zone: "Asia/Jakarta")!
        _ = try g.addRelationship(
            key: "p", type: "PARTNERS_WITH", from: a, to: b,
            properties: ["since": .dateTime(since), "until": .localDateTime(CypherLocalDateTime(day, .midnight))])
        let gexf = GEXF.write(g)
        #expect(gexf.contains(#"<spell start="2023-06-21" end="2023-06-21"/>"#))
        var options = DOTOptions()
        options.edgeLabels = true
        #expect(DOTExporter.export(g, options: options).contains("(since 2023, until 2023)"))
    }
}
