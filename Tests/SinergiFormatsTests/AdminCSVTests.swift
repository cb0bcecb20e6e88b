// Neo4j admin-import CSV: headers and types, id spaces, errors with exact messages,
// all-or-nothing imports, and lossless write → read round trips.

import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct AdminCSVTests {
    static let organisations = """
        :ID,:LABEL,name,founded:date,staff:int,budget:double,active:boolean,tags:string[],scores:long[],note:IGNORE,code:string
        perpusnas,Stakeholder;Perpusnas,Perpustakaan Nasional,1980-05-17,120,1.5e9,true,national;library,1;2;3,skip me,32.05
        kepri/bappeda,Stakeholder;Bappeda,"Bappeda, Kepri",,,,FALSE,,,"x",""

        """

    @Test func importsTypedColumnsArraysAndEmptyCells() throws {
        let result = try AdminCSV.read(nodeFiles: [(path: "orgs.csv", text: Self.organisations)], relationshipFiles: [])
        let g = result.graph
        let p = try #require(g.node(forKey: "perpusnas"))
        #expect(g.labels(of: p).sorted() == ["Perpusnas", "Stakeholder"])
        #expect(g.properties(of: p)["founded"] == .date(CypherDate(year: 1980, month: 5, day: 17)!))
        #expect(g.properties(of: p)["staff"] == .int(120))
        #expect(g.properties(of: p)["budget"] == .double(1.5e9))
        #expect(g.properties(of: p)["active"] == .bool(true))
        #expect(g.properties(of: p)["tags"] == .list(["national", "library"]))
        #expect(g.properties(of: p)["scores"] == .list([1, 2, 3]))
        #expect(g.properties(of: p)["code"] == .string("32.05"))
        #expect(g.properties(of: p)["note"] == nil)
        let b = try #require(g.node(forKey: "kepri/bappeda"))
        #expect(g.properties(of: b) == ["name": "Bappeda, Kepri", "active": false, "code": ""])
        #expect(result.createdNodes.count == 2)
    }

    @Test func idSpacesNamedIdsAndRelationshipKeys() throws {
        let people = "person:ID(People),:LABEL,age:long\np1,Person,40\n"
        let rels = """
            :START_ID(People),:END_ID,:TYPE,since:date,key
            p1,perpusnas,MEMBER_OF,2023-06-21,m-1
            p1,kepri/bappeda,MEMBER_OF,,

            """
        let result = try AdminCSV.read(
            nodeFiles: [(path: "orgs.csv", text: Self.organisations), (path: "people.csv", text: people)],
            relationshipFiles: [(path: "rels.csv", text: rels)])
        let g = result.graph
        let p1 = try #require(g.node(forKey: "p1"))
        #expect(g.properties(of: p1) == ["person": "p1", "age": 40])
        let m1 = try #require(g.relationship(forKey: "m-1"))
        #expect(g.type(of: m1) == "MEMBER_OF")
        #expect(g.key(of: g.end(of: m1)) == "perpusnas")
        #expect(g.properties(of: m1) == ["since": .date(CypherDate(parsing: "2023-06-21")!)])
        #expect(result.createdRelationships.count == 2)
    }

    @Test func filesAreClassifiedByTheirHeaders() throws {
        let rels = ":START_ID,:END_ID,:TYPE\nb,a,KNOWS\n"
        #expect(AdminCSV.isRelationshipFile(rels))
        #expect(!AdminCSV.isRelationshipFile(":ID,name\na,x\n"))
        let result = try AdminCSV.read(files: [
            (path: "r.csv", text: rels), (path: "n.csv", text: ":ID\na\nb\n"),
        ])
        #expect(result.graph.nodeCount == 2)
        #expect(result.graph.relationshipCount == 1)
    }

    @Test func relationshipsMayReferToTheBaseGraph() throws {
        var base = PropertyGraph()
        try base.addNode(key: "perpusnas", labels: ["Perpusnas"])
        let result = try AdminCSV.read(
            nodeFiles: [(path: "n.csv", text: ":ID\nbappenas\n")],
            relationshipFiles: [(path: "r.csv", text: ":START_ID,:END_ID,:TYPE\nbappenas,perpusnas,COORDINATES\n")],
            into: base)
        #expect(result.graph.nodeCount == 2)
        #expect(result.graph.relationshipCount == 1)
    }

    /// The diagnostics of an import that must fail.
    func errors(nodes: [(String, String)], relationships: [(String, String)] = []) -> [String] {
        do {
            _ = try AdminCSV.read(
                nodeFiles: nodes.map { (path: $0.0, text: $0.1) },
                relationshipFiles: relationships.map { (path: $0.0, text: $0.1) })
            Issue.record("the import should have failed")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func badIntegerNamesFileLineAndColumn() {
        #expect(
            errors(nodes: [("n.csv", ":ID,age:int\na,12\nb,twelve\n")]) == [
                "n.csv:3: bad integer 'twelve' in column 'age:int'"
            ])
    }

    @Test func wrongFieldCountUsesThePhysicalLineOfTheRecord() {
        #expect(
            errors(nodes: [("n.csv", ":ID,note\na,\"two\nlines\"\nb,x,y\nc\n")]) == [
                "n.csv:4: expected 2 fields, found 3", "n.csv:5: expected 2 fields, found 1",
            ])
    }

    @Test func missingColumnsAndUnknownTypes() {
        #expect(
            errors(nodes: [("n.csv", ":ID,age:integer\n")]) == [
                "n.csv:1: unknown type 'integer' in column 'age:integer'"
            ])
        #expect(
            errors(nodes: [("n.csv", ":ID\na\n")], relationships: [("r.csv", ":START_ID,:TYPE\na,X\n")]) == [
                "r.csv:1: missing :END_ID column (the key of an end), or a column naming it such as 'pihak 2'"
            ])
        #expect(
            errors(nodes: [("n.csv", ":ID,:START_ID\n")]) == [
                "n.csv:1: column ':START_ID' is not allowed in a node file"
            ])
        #expect(errors(nodes: [("n.csv", "")]) == ["n.csv:1: the file is empty; expected a header line"])
    }

    @Test func unknownEndpointsAndDuplicates() {
        let nodes = [("n.csv", ":ID,:LABEL\na,A\nb,B\na,C\n")]
        let rels = [
            ("r.csv", ":START_ID,:END_ID,:TYPE,key\na,zz,KNOWS,k1\nb,a,,k1\n"),
            ("s.csv", ":START_ID(G),:END_ID,:TYPE\na,b,KNOWS\n"),
        ]
        #expect(
            errors(nodes: nodes, relationships: rels) == [
                "n.csv:4: duplicate node id 'a' (first at n.csv:2)",
                "r.csv:2: unknown node id 'zz' in column ':END_ID'",
                "r.csv:3: empty relationship type in column ':TYPE'",
                "r.csv:3: duplicate relationship key 'k1' (first at r.csv:2)",
                "s.csv:2: unknown node id 'a' in column ':START_ID(G)'",
            ])
    }

    @Test func badValuesOfEveryType() {
        let text = ":ID,b:boolean,d:date,f:float,l:long[],j:json\nx,maybe,2023-02-30,1.2.3,1;x,{\n"
        #expect(
            errors(nodes: [("n.csv", text)]) == [
                "n.csv:2: bad boolean 'maybe' in column 'b:boolean'",
                "n.csv:2: bad date '2023-02-30' in column 'd:date'",
                "n.csv:2: bad float '1.2.3' in column 'f:float'",
                "n.csv:2: bad integer 'x' in column 'l:long[]'",
                "n.csv:2: bad json in column 'j:json': the line ends inside an object",
            ])
    }

    @Test func syntaxErrorsAndConflictingColumns() {
        #expect(errors(nodes: [("n.csv", ":ID,name\na,\"open\n")]) == ["n.csv:2: unterminated quoted field"])
        #expect(
            errors(nodes: [("n.csv", ":ID,p:long,p:string\na,1,one\n")]) == [
                "n.csv:2: two values for property 'p' (columns 'p:long' and 'p:string')"
            ])
        #expect(
            errors(nodes: [("a.csv", ":ID(X)\nk\n"), ("b.csv", ":ID(Y)\nk\n")]) == [
                "b.csv:2: node id 'k' is used in id spaces 'X' and 'Y'; Sinergi node keys are global"
            ])
    }

    @Test func importIsAllOrNothing() throws {
        var base = PropertyGraph()
        try base.addNode(key: "existing", labels: ["Partner"])
        #expect(throws: ImportFailure.self) {
            _ = try AdminCSV.read(
                nodeFiles: [(path: "n.csv", text: ":ID\nfresh\nexisting\n")], relationshipFiles: [], into: base)
        }
        #expect(base.nodeCount == 1)
        #expect(base.node(forKey: "fresh") == nil)
    }

    @Test func writesOneFilePerLabelSetAndType() throws {
        let g = try SampleNetwork.make()
        let export = try AdminCSV.write(g)
        #expect(export.nodes["nodes_Bappeda_Stakeholder.csv"] != nil)
        #expect(export.nodes["nodes_Event.csv"] != nil)
        #expect(
            export.relationships.keys.sorted() == [
                "relationships_ATTENDED.csv", "relationships_COORDINATES.csv", "relationships_FUNDS.csv",
                "relationships_LOCATED_IN.csv", "relationships_MEMBER_OF.csv", "relationships_MENTORS.csv",
                "relationships_PARTNERS_WITH.csv", "relationships_PART_OF.csv", "relationships_REPLICATED_FROM.csv",
            ])
        let partners = try #require(export.relationships["relationships_PARTNERS_WITH.csv"])
        #expect(partners.hasPrefix("key,:START_ID,:END_ID,:TYPE,kind:string,since:date,until:date\n"))
        #expect(
            partners.contains(
                "w2,kepri/bintan/dinas-perpustakaan,kepri/bintan/dpmpd,PARTNERS_WITH,advocacy,2023-08-01,2024-12-31\n"))
        let events = try #require(export.nodes["nodes_Event.csv"])
        #expect(events.hasPrefix(":ID,:LABEL,date:date,kind:string,name:string,participants:long\n"))
        #expect(events.contains("event/plm-kepri-2022,Event,2022-08-09,PLM,\"PLM Kepri, CK Hotel Tanjungpinang\",24\n"))
        #expect(export.neo4jImportArguments.first == "--nodes=nodes_Bappeda_Stakeholder.csv")
    }

    @Test func writeRefusesSemicolonsInLabels() throws {
        var g = PropertyGraph()
        try g.addNode(key: "a", labels: ["A;B"])
        #expect(throws: AdminCSV.WriteError.labelContainsSemicolon("A;B")) { _ = try AdminCSV.write(g) }
    }

    static func roundTrip(_ g: PropertyGraph) throws -> PropertyGraph {
        let export = try AdminCSV.write(g)
        let result = try AdminCSV.read(
            nodeFiles: export.nodes.keys.sorted().map { (path: $0, text: export.nodes[$0] ?? "") },
            relationshipFiles: export.relationships.keys.sorted().map {
                (path: $0, text: export.relationships[$0] ?? "")
            })
        return result.graph
    }

    @Test func sampleNetworkRoundTrips() throws {
        let g = try SampleNetwork.make()
        #expect(GraphCanonical.lines(try Self.roundTrip(g)) == GraphCanonical.lines(g))
    }

    @Test(arguments: 1...30)
    func randomGraphRoundTrips(seed: UInt64) throws {
        let g = RandomGraph.make(seed: seed, .init(nodes: 30, relationships: 60, controls: true))
        let back = try Self.roundTrip(g)
        #expect(back.nodeCount == g.nodeCount)
        #expect(back.relationshipCount == g.relationshipCount)
        #expect(GraphCanonical.lines(back) == GraphCanonical.lines(g))
    }

    @Test func writingIsDeterministic() throws {
        let g = RandomGraph.make(seed: 5)
        #expect(try AdminCSV.write(g) == AdminCSV.write(g))
    }
}
