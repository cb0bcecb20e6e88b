// The replication history the calibration reads: when every node became active, which
// stakeholders were at risk of replicating in each year, and through how many links (of which
// types) active stakeholders reached them — grouped by exposure, so the likelihood sums over
// distinct patterns instead of stakeholders.
import SinergiGraph

/// Stakeholder-years with the same exposure: `trials` at risk, `successes` of them replicated.
struct ExposureGroup: Equatable {
    /// Exposed links per type (one entry when the probability is shared).
    var counts: [Int32]
    var trials: Int
    var successes: Int
}

/// The observations of some years, grouped by exposure.
struct ExposureObservations {
    var groups: [ExposureGroup] = []
    var successes = 0
    var trials = 0
}

/// Activation years, the population at risk and the links that expose it.
struct ExposureHistory {
    /// The network's relationship types (exposure vectors are indexed by them).
    let typeNames: [String]
    /// The labels a stakeholder carries to be at risk.
    let population: [String]
    /// The first year anyone could be exposed (the year after the first activation), if any.
    let firstYear: Int?
    /// The last replication year, if any.
    let lastYear: Int?
    /// Replications with an exposed link, over all years.
    private(set) var adoptions = 0
    /// Replicators without a year, or outside the population.
    private(set) var leftOut = 0

    static let never = Int32.max
    /// The year each node became active (`never` when it did not).
    private let activeYear: [Int32]
    /// The replication year of each replicator in the population (`never` otherwise).
    private let adoptYear: [Int32]
    private let atRisk: [Bool]
    /// Links that influence node w: `sources[offsets[w] ..< offsets[w + 1]]`, with the
    /// type index and the first year each exists in.
    private let offsets: [Int]
    private let sources: [Int32]
    private let linkType: [Int32]
    private let linkYear: [Int32]
    /// Replications with no exposed link, by year.
    private var unexplainedByYear: [Int: Int] = [:]

    /// - Complexity: O(N + E) plus property look-ups of the replicators and dated relationships.
    init(
        _ snapshot: GraphSnapshot, cascade: CascadeParameters, population given: [String]?, province: NodeID?,
        hierarchy: RegionHierarchy?, type: String
    ) {
        let graph = snapshot.graph
        let n = snapshot.nodeCapacity
        let replicationFilter = snapshot.typeFilter([type])
        var active = [Int32](repeating: Self.never, count: n)
        var adopt = [Int32](repeating: Self.never, count: n)
        let replicators = Replication.replicators(snapshot, type: type)
        var isReplicator = [Bool](repeating: false, count: n)
        var dated: [NodeID] = []
        var undated = 0
        for v in replicators {
            isReplicator[v.index] = true
            if let y = Replication.replicationYear(snapshot, v, filter: replicationFilter) {
                active[v.index] = Int32(clamping: y)
                dated.append(v)
            } else {
                undated += 1
            }
        }
        for v in 0..<n where !isReplicator[v] && snapshot.contains(NodeID(v)) {
            if let y = Replication.cohortYear(graph.property("cohort", of: NodeID(v))) {
                active[v] = Int32(clamping: y)
            }
        }
        // a node copied without a year of its own was active by its first copy
        let ownYear = active
        for v in dated {
            snapshot.forEachNeighbor(of: v, direction: .outgoing, types: replicationFilter) { u, _ in
                if ownYear[u.index] == Self.never { active[u.index] = min(active[u.index], active[v.index]) }
            }
        }
        // the population: the labels every dated replicator carries
        var labels: [String]
        if let given {
            labels = given
        } else if let firstReplicator = dated.first {
            labels = graph.labels(of: firstReplicator)
            for v in dated.dropFirst() {
                let own = Set(graph.labels(of: v))
                labels = labels.filter { own.contains($0) }
            }
        } else {
            labels = []
        }
        labels.sort()
        var atRisk = snapshot.liveMask()
        for l in labels {
            let set = graph.nodes(withLabel: l)
            for v in 0..<n where atRisk[v] && !set.contains(NodeID(v)) { atRisk[v] = false }
        }
        if labels.isEmpty { atRisk = [Bool](repeating: false, count: n) }
        if let province, let hierarchy {
            for v in 0..<n where atRisk[v] && hierarchy.region(of: NodeID(v), at: .province) != province {
                atRisk[v] = false
            }
        }
        var left = undated
        var last: Int32?
        for v in dated {
            if atRisk[v.index] {
                adopt[v.index] = active[v.index]
                last = max(last ?? active[v.index], active[v.index])
            } else if province == nil || hierarchy?.region(of: v, at: .province) == province {
                left += 1
            }
        }
        // the links, against the direction influence flows
        let types = cascade.types ?? graph.typeNames.sorted()
        let reverse: Direction =
            cascade.direction == .outgoing ? .incoming : cascade.direction == .incoming ? .outgoing : .both
        let adjacency = Adjacency(snapshot, direction: reverse, types: snapshot.typeFilter(types), selfLoops: .drop)
        var typeIndex = [Int32](repeating: -1, count: graph.typeNames.count)
        for (i, name) in types.enumerated() {
            if let t = graph.typeID(named: name), t.index < typeIndex.count { typeIndex[t.index] = Int32(i) }
        }
        var years = [Int32](repeating: Int32.min, count: adjacency.arcCount)
        var kinds = [Int32](repeating: 0, count: adjacency.arcCount)
        for i in 0..<adjacency.arcCount {
            let r = RelationshipID(UInt32(adjacency.relationships[i]))
            kinds[i] = typeIndex[snapshot.relationshipTypes[r.index].index]
            if let y = Replication.cohortYear(graph.property("since", of: r)) { years[i] = Int32(clamping: y) + 1 }
        }
        let firstActive = active.min() ?? Self.never
        self.typeNames = types
        self.population = labels
        self.activeYear = active
        self.adoptYear = adopt
        self.atRisk = atRisk
        self.offsets = adjacency.offsets
        self.sources = adjacency.targets
        self.linkType = kinds
        self.linkYear = years
        self.leftOut = left
        self.lastYear = last.map(Int.init)
        self.firstYear = firstActive == Self.never ? nil : Int(firstActive) + 1
        var unexplained: [Int: Int] = [:]
        var explained = 0
        for v in dated where adopt[v.index] != Self.never {
            let year = adopt[v.index]
            if exposure(of: v.index, in: year).reduce(0, +) > 0 {
                explained += 1
            } else {
                unexplained[Int(year), default: 0] += 1
            }
        }
        self.adoptions = explained
        self.unexplainedByYear = unexplained
    }

    /// Replications with no exposed link in `year` (nil: in every year).
    func unexplained(in year: Int?) -> Int {
        guard let year else { return unexplainedByYear.values.reduce(0, +) }
        return unexplainedByYear[year] ?? 0
    }

    /// Exposed links of node `w` in `year`, per type.
    /// - Complexity: O(deg w).
    func exposure(of w: Int, in year: Int32) -> [Int32] {
        var counts = [Int32](repeating: 0, count: typeNames.count)
        exposure(of: w, in: year, into: &counts)
        return counts
    }

    /// `exposure(of:in:)` into a buffer of one count per type (set to zero first).
    @inline(__always) func exposure(of w: Int, in year: Int32, into counts: inout [Int32]) {
        for t in counts.indices { counts[t] = 0 }
        for i in offsets[w]..<offsets[w + 1] {
            let u = Int(sources[i])
            guard activeYear[u] < year, linkYear[i] <= year, linkType[i] >= 0 else { continue }
            counts[Int(linkType[i])] += 1
        }
    }

    /// The stakeholder-years of `years` at risk with an exposed link, grouped by exposure
    /// (per type, or summed when `byType` is false).
    /// - Complexity: O(|years| · (N + E)).
    func observations(years: ClosedRange<Int>, byType: Bool) -> ExposureObservations {
        var index: [[Int32]: Int] = [:]
        var result = ExposureObservations()
        var buffer = [Int32](repeating: 0, count: typeNames.count)
        for year in years {
            let t = Int32(clamping: year)
            for w in 0..<atRisk.count where atRisk[w] && activeYear[w] >= t {
                // activated otherwise that year (funded): censored, neither replicated nor not
                if activeYear[w] == t && adoptYear[w] != t { continue }
                exposure(of: w, in: t, into: &buffer)
                var total: Int32 = 0
                for c in buffer { total += c }
                guard total > 0 else { continue }
                let counts = byType ? buffer : [total]
                let success = adoptYear[w] == t ? 1 : 0
                if let g = index[counts] {
                    result.groups[g].trials += 1
                    result.groups[g].successes += success
                } else {
                    index[counts] = result.groups.count
                    result.groups.append(ExposureGroup(counts: counts, trials: 1, successes: success))
                }
                result.trials += 1
                result.successes += success
            }
        }
        return result
    }
}
