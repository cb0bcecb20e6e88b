// swift-tools-version: 6.0
// Sinergi: a stakeholder network and partnership registry for the TPBIS
// library programme. No package dependencies: only the toolchain's libraries.
import PackageDescription

let package = Package(
    name: "Sinergi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sinergi", targets: ["sinergi"]),
        .library(name: "SinergiText", targets: ["SinergiText"]),
        .library(name: "SinergiGraph", targets: ["SinergiGraph"]),
        .library(name: "SinergiSchema", targets: ["SinergiSchema"]),
        .library(name: "SinergiAlgorithms", targets: ["SinergiAlgorithms"]),
        .library(name: "SinergiQuery", targets: ["SinergiQuery"]),
        .library(name: "SinergiFormats", targets: ["SinergiFormats"]),
        .library(name: "SinergiRegistry", targets: ["SinergiRegistry"]),
    ],
    targets: [
        // What a person reads: one message catalogue per language (en, id), domain vocabulary, name suggestions.
        .target(name: "SinergiText"),
        // The property graph: values, dense ids, the mutable store, indexes, the read-only snapshot.
        .target(
            name: "SinergiGraph", dependencies: ["SinergiText"],
            exclude: ["Temporal/TimeZones/generate-zone-table.py"],
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        // The TPBIS schema: labels, types, properties and their rules; region and node look-ups by name.
        .target(name: "SinergiSchema", dependencies: ["SinergiText", "SinergiGraph"]),
        // Reach, gaps, replication spread, centrality: pure functions of a snapshot.
        .target(name: "SinergiAlgorithms", dependencies: ["SinergiText", "SinergiGraph"]),
        // The query language based on openCypher: Syntax → Binder → Planner → Execution, plus Procedures.
        .target(name: "SinergiQuery", dependencies: ["SinergiText", "SinergiGraph", "SinergiAlgorithms"]),
        // File formats: JSON lines (APOC shape), admin-import CSV, DOT, GraphML, GEXF, the HTML map.
        // The HTML map's viewer (HTML/Viewer: map.js, map.css) is embedded as MapViewerAssets.swift.
        .target(
            name: "SinergiFormats", dependencies: ["SinergiText", "SinergiGraph", "SinergiSchema"],
            exclude: ["HTML/Viewer"]),
        // The file-backed registry: journal, lock, atomic commit, compaction, binary cache.
        .target(name: "SinergiRegistry", dependencies: ["SinergiText", "SinergiGraph", "SinergiFormats"]),
        // Indonesia's regions bundled into the program (graphs/regions-id as text), for `sinergi init`.
        .target(name: "SinergiRegionData"),
        // The command line: one type per subcommand, help texts, renderers, exit codes.
        .target(
            name: "SinergiCLI",
            dependencies: [
                "SinergiText", "SinergiGraph", "SinergiSchema", "SinergiAlgorithms", "SinergiQuery", "SinergiFormats",
                "SinergiRegistry", "SinergiRegionData",
            ]
        ),
        .executableTarget(name: "sinergi", dependencies: ["SinergiCLI"]),
        // Benchmarks: times load, queries and algorithms on a registry (release build).
        .executableTarget(
            name: "sinergi-bench",
            dependencies: [
                "SinergiGraph", "SinergiAlgorithms", "SinergiQuery", "SinergiFormats", "SinergiRegistry", "SinergiCLI",
            ],
            exclude: ["peers"]
        ),

        // Test support: seeded generator, small fixture graphs, golden-file helpers.
        .target(name: "SinergiTestSupport", dependencies: ["SinergiGraph"], path: "Tests/SinergiTestSupport"),
        .testTarget(name: "SinergiTextTests", dependencies: ["SinergiText"]),
        .testTarget(name: "SinergiGraphTests", dependencies: ["SinergiGraph", "SinergiTestSupport"]),
        .testTarget(name: "SinergiSchemaTests", dependencies: ["SinergiSchema", "SinergiTestSupport"]),
        .testTarget(
            name: "SinergiAlgorithmsTests", dependencies: ["SinergiAlgorithms", "SinergiTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SinergiQueryTests", dependencies: ["SinergiQuery", "SinergiTestSupport"],
            exclude: ["TCK", "Engine/Cases"]),
        .testTarget(
            name: "SinergiFormatsTests", dependencies: ["SinergiFormats", "SinergiTestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "SinergiRegistryTests", dependencies: ["SinergiRegistry", "SinergiTestSupport"]),
        .testTarget(
            name: "SinergiCLITests", dependencies: ["SinergiCLI", "SinergiTestSupport"],
            exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
