// A small TPBIS-like network (Kepulauan Riau and Sumatera Utara) used by golden files,
// the NetworkX fixture and the pictures in docs/diagrams.md. Names follow DOMAIN.md;
// region numbers are invented running numbers in the `province/<id>` key scheme.

import SinergiGraph

enum SampleNetwork {
    static func make() throws -> PropertyGraph {
        var g = PropertyGraph()
        func node(_ key: String, _ labels: [String], _ props: [String: Value]) throws {
            try g.addNode(key: key, labels: labels, properties: props)
        }
        func rel(_ key: String, _ type: String, _ from: String, _ to: String, _ props: [String: Value] = [:]) throws {
            guard let a = g.node(forKey: from), let b = g.node(forKey: to) else {
                throw GraphError.unknownNode(from + " or " + to)
            }
            try g.addRelationship(key: key, type: type, from: a, to: b, properties: props)
        }
        func date(_ s: String) -> Value { .date(CypherDate(parsing: s) ?? CypherDate(daysSinceEpoch: 0)) }

        // Regions.
        try node("province/21", ["Region", "Province"], ["name": "Kepulauan Riau", "code": "21"])
        try node("regency/2102", ["Region", "Regency"], ["name": "Kabupaten Bintan", "code": "21.02"])
        try node("regency/2172", ["Region", "Regency"], ["name": "Kota Tanjungpinang", "code": "21.72"])
        try node("district/210201", ["Region", "District"], ["name": "Teluk Bintan", "code": "21.02.01"])
        try node("village/2102012001", ["Region", "Village"], ["name": "Pengujan", "code": "21.02.01.2001"])
        try node("village/2102012002", ["Region", "Village"], ["name": "Penaga", "code": "21.02.01.2002"])
        try node("province/12", ["Region", "Province"], ["name": "Sumatera Utara", "code": "12"])
        try rel("p1", "PART_OF", "regency/2102", "province/21")
        try rel("p2", "PART_OF", "regency/2172", "province/21")
        try rel("p3", "PART_OF", "district/210201", "regency/2102")
        try rel("p4", "PART_OF", "village/2102012001", "district/210201")
        try rel("p5", "PART_OF", "village/2102012002", "district/210201")

        // National stakeholders.
        try node("perpusnas", ["Stakeholder", "Perpusnas"], ["name": "Perpustakaan Nasional RI"])
        try node("bappenas", ["Stakeholder", "Bappenas"], ["name": "Bappenas"])
        try node("kemendes", ["Stakeholder", "Kemendes"], ["name": "Kementerian Desa PDTT"])
        // Kepri.
        try node(
            "kepri/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"],
            ["name": "Dinas Perpustakaan dan Kearsipan Provinsi Kepulauan Riau", "source": "001"])
        try node("kepri/bappeda", ["Stakeholder", "Bappeda"], ["name": "Bappeda Provinsi Kepulauan Riau"])
        try node("kepri/dpmpd", ["Stakeholder", "DPMPD"], ["name": "DPMPD Provinsi Kepulauan Riau"])
        try node("kepri/tim-sinergi", ["Stakeholder", "SynergyTeam"], ["name": "Tim Sinergi Provinsi Kepri"])
        try node("kepri/fasilitator", ["Stakeholder", "Facilitator"], ["name": "Fasilitator Daerah Kepri"])
        try node("master-trainer/1", ["Stakeholder", "MasterTrainer"], ["name": "Master Trainer TPBIS"])
        try node(
            "kepri/bintan/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"],
            ["name": "Dinas Perpustakaan Kabupaten Bintan", "roleModel": true])
        try node("kepri/bintan/bappeda", ["Stakeholder", "Bappeda"], ["name": "Bappeda Kabupaten Bintan"])
        try node("kepri/bintan/dpmpd", ["Stakeholder", "DPMPD"], ["name": "DPMPD Kabupaten Bintan"])
        try node(
            "kepri/tanjungpinang/dinas-perpustakaan", ["Stakeholder", "RegencyLibraryOffice"],
            ["name": "Dinas Perpustakaan Kota Tanjungpinang"])
        try node("kepri/tanjungpinang/bappeda", ["Stakeholder", "Bappeda"], ["name": "Bappeda Kota Tanjungpinang"])
        try node(
            "kepri/bintan/pengujan/perpustakaan", ["Stakeholder", "VillageLibrary"],
            ["name": "Perpustakaan Desa Pengujan", "roleModel": true, "champion": true])
        try node(
            "kepri/bintan/pengujan/pemerintah-desa", ["Stakeholder", "VillageGovernment"],
            ["name": "Pemerintah Desa Pengujan"])
        try node(
            "kepri/bintan/penaga/perpustakaan", ["Stakeholder", "VillageLibrary"],
            ["name": "Perpustakaan Desa Penaga", "replication": "mandiri"])
        try node("partner/csr-bank", ["Stakeholder", "Partner"], ["name": "CSR Bank Riau Kepri", "sector": "CSR"])
        try node("person/impact-1", ["Person"], ["name": "Pemustaka terdampak (Impact)", "tags": ["impact", "UMKM"]])
        try node(
            "event/shm-kepri-2023", ["Event"],
            ["name": "SHM Provinsi Kepulauan Riau 2023", "kind": "SHM", "date": date("2023-08-01")])
        try node(
            "event/plm-kepri-2022", ["Event"],
            [
                "name": "PLM Kepri, CK Hotel Tanjungpinang", "kind": "PLM", "date": date("2022-08-09"),
                "participants": 24,
            ])
        // Sumut.
        try node(
            "sumut/dinas-perpustakaan", ["Stakeholder", "ProvincialLibraryOffice"],
            ["name": "Dinas Perpustakaan dan Arsip Provinsi Sumatera Utara", "source": "003"])
        try node("sumut/bappeda", ["Stakeholder", "Bappeda"], ["name": "Bappeda Provinsi Sumatera Utara"])

        for (i, (who, region)) in [
            ("kepri/dinas-perpustakaan", "province/21"), ("kepri/bappeda", "province/21"),
            ("kepri/dpmpd", "province/21"),
            ("kepri/tim-sinergi", "province/21"), ("kepri/fasilitator", "province/21"),
            ("kepri/bintan/dinas-perpustakaan", "regency/2102"), ("kepri/bintan/bappeda", "regency/2102"),
            ("kepri/bintan/dpmpd", "regency/2102"), ("kepri/tanjungpinang/dinas-perpustakaan", "regency/2172"),
            ("kepri/tanjungpinang/bappeda", "regency/2172"),
            ("kepri/bintan/pengujan/perpustakaan", "village/2102012001"),
            ("kepri/bintan/pengujan/pemerintah-desa", "village/2102012001"),
            ("kepri/bintan/penaga/perpustakaan", "village/2102012002"), ("event/shm-kepri-2023", "regency/2172"),
            ("event/plm-kepri-2022", "regency/2172"), ("sumut/dinas-perpustakaan", "province/12"),
            ("sumut/bappeda", "province/12"),
        ].enumerated() {
            try rel("l\(i + 1)", "LOCATED_IN", who, region)
        }

        try rel("c1", "COORDINATES", "perpusnas", "kepri/dinas-perpustakaan")
        try rel("c2", "COORDINATES", "perpusnas", "sumut/dinas-perpustakaan")
        try rel("c3", "COORDINATES", "kepri/dinas-perpustakaan", "kepri/bintan/dinas-perpustakaan")
        try rel("c4", "COORDINATES", "kepri/dinas-perpustakaan", "kepri/tanjungpinang/dinas-perpustakaan")
        try rel("c5", "COORDINATES", "bappenas", "perpusnas")
        try rel(
            "w1", "PARTNERS_WITH", "kepri/bintan/dinas-perpustakaan", "kepri/bintan/bappeda",
            ["since": date("2023-08-01"), "kind": "MoU"])
        try rel(
            "w2", "PARTNERS_WITH", "kepri/bintan/dinas-perpustakaan", "kepri/bintan/dpmpd",
            ["since": date("2023-08-01"), "until": date("2024-12-31"), "kind": "advocacy"])
        try rel(
            "w3", "PARTNERS_WITH", "kepri/dinas-perpustakaan", "kepri/bappeda",
            ["since": date("2022-08-09"), "kind": "budget"])
        try rel(
            "w4", "PARTNERS_WITH", "sumut/dinas-perpustakaan", "sumut/bappeda",
            ["since": date("2023-08-08"), "kind": "MoU"])
        try rel("w5", "PARTNERS_WITH", "perpusnas", "kemendes", ["since": date("2020-01-01")])
        try rel("m1", "MENTORS", "master-trainer/1", "kepri/fasilitator")
        try rel("m2", "MENTORS", "kepri/fasilitator", "kepri/bintan/pengujan/perpustakaan")
        try rel("f1", "FUNDS", "partner/csr-bank", "kepri/bintan/pengujan/perpustakaan", ["amount": 25_000_000])
        try rel("f2", "FUNDS", "kepri/bintan/pengujan/pemerintah-desa", "kepri/bintan/pengujan/perpustakaan")
        try rel(
            "x1", "REPLICATED_FROM", "kepri/bintan/penaga/perpustakaan", "kepri/bintan/pengujan/perpustakaan",
            ["year": 2023])
        try rel("g1", "MEMBER_OF", "kepri/dinas-perpustakaan", "kepri/tim-sinergi")
        try rel("g2", "MEMBER_OF", "kepri/bappeda", "kepri/tim-sinergi")
        try rel("g3", "MEMBER_OF", "kepri/dpmpd", "kepri/tim-sinergi")
        try rel("a1", "ATTENDED", "kepri/bintan/dinas-perpustakaan", "event/shm-kepri-2023")
        try rel("a2", "ATTENDED", "kepri/bintan/bappeda", "event/shm-kepri-2023")
        try rel("a3", "ATTENDED", "kepri/tanjungpinang/dinas-perpustakaan", "event/shm-kepri-2023")
        try rel("a4", "ATTENDED", "person/impact-1", "event/shm-kepri-2023")
        try rel("a5", "ATTENDED", "kepri/bintan/pengujan/perpustakaan", "event/plm-kepri-2022")
        return g
    }
}
