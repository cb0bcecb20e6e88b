// A small hand-made graph whose names contain everything that breaks naive DOT writers.

import SinergiGraph

enum HostileNetwork {
    static let names: [String] = [
        "Say \"hello\" \\ goodbye", "two\nlines\r\nthree\rfour", "node", "graph", "subgraph", "edge", "strict",
        "digraph", "32.05.01", "<b>bold</b> & R&amp;D", "{braces} [brackets] :colon; semi",
        "Perpustakaan Desa Sukamaju 📚👩🏽‍💻🇮🇩",
        "\\N \\G \\L \\n", "مكتبة القرية", "图书馆", "e\u{301}cole ß İ", "tab\there", "-> -- =", "\u{1}control\u{7F}",
        "A very long name that certainly needs wrapping because it is long: Dinas Perpustakaan dan Kearsipan",
    ]

    static func make() throws -> PropertyGraph {
        var g = PropertyGraph()
        try g.addNode(key: "province/\"1\"", labels: ["Region", "Province"], properties: ["name": "Prov \"<&>\" 🇮🇩"])
        try g.addNode(key: "regency/1\\2", labels: ["Region", "Regency"], properties: ["name": "subgraph cluster_x {"])
        var ids: [NodeID] = []
        for (i, name) in names.enumerated() {
            let kind = ["Perpusnas", "VillageLibrary", "Bappeda", "Event", "Strange Kind\"<>", "DPMPD"][i % 6]
            let key = i % 2 == 0 ? name : "k/\(i)"
            ids.append(
                try g.addNode(
                    key: key, labels: [kind], properties: ["name": .string(name), "roleModel": .bool(i % 5 == 0)]))
        }
        guard let p = g.node(forKey: "province/\"1\""), let r = g.node(forKey: "regency/1\\2") else { return g }
        try g.addRelationship(type: "PART_OF", from: r, to: p)
        let types = ["PARTNERS_WITH", "COORDINATES", "WEIRD \"type\" <x>", "LOCATED_IN", "FUNDS"]
        for (i, id) in ids.enumerated() {
            try g.addRelationship(type: types[i % types.count], from: id, to: ids[(i * 7 + 3) % ids.count])
            if i % 3 == 0 { try g.addRelationship(type: "LOCATED_IN", from: id, to: i % 2 == 0 ? r : p) }
        }
        return g
    }
}
