#!/usr/bin/env python3
"""The peers' side of sinergi-bench: the same questions on the same registry with
igraph, NetworkX and Kùzu (peers only: never dependencies of Sinergi).

Reads the CSV written by export_csv.py. Each operation runs once untimed (warm-up),
then REPEAT times; median and minimum in ms. Setup (building the graphs, the Kùzu
import) is timed separately and not part of the operation times.

Usage: python3 bench_peers.py [CSV_DIR] [--repeat N] [--only igraph,networkx,kuzu] [--kuzu-db PATH]
The questions and the node choices match Sources/sinergi-bench/Bench/*.swift:
  office = kepri/dinas-perpustakaan; far library = last VillageLibrary in file order that is
  neither a beneficiary nor a replicator (has no outgoing REPLICATED_FROM);
  target = Perpusnas.
"""
import argparse
import csv
import os
import statistics
import subprocess
import sys
import time

OFFICE = "kepri/dinas-perpustakaan"
STAKEHOLDER_TABLES = ["Perpusnas", "Bappenas", "Kemendes", "ProvincialLibraryOffice", "Bappeda", "DPMPD",
                      "SynergyTeam", "Facilitator", "RegencyLibraryOffice", "VillageLibrary", "VillageGovernment"]
ROWS = []


def measure(system, name, fn, repeat):
    answer = fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    row = (system, name, statistics.median(samples), min(samples), len(samples), str(answer))
    ROWS.append(row)
    print(f"{system:9} {name:28} median {row[2]:10.2f} ms  min {row[3]:10.2f} ms  x{row[4]}  {row[5]}",
          flush=True)
    return answer


def setup_row(system, name, seconds):
    ROWS.append((system, name, seconds * 1000, seconds * 1000, 1, "setup"))
    print(f"{system:9} {name:28} {seconds * 1000:10.1f} ms (setup, once)", flush=True)


def load_csv(d):
    keys, tables, role_model, beneficiary = [], [], [], []
    with open(os.path.join(d, "nodes.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            keys.append(row[1])
            tables.append(row[2])
            role_model.append(row[4] == "1")
            beneficiary.append(row[5] == "1")
    src, dst, typ = [], [], []
    with open(os.path.join(d, "edges.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            src.append(int(row[0]))
            dst.append(int(row[1]))
            typ.append(row[2])
    return keys, tables, role_model, beneficiary, src, dst, typ


class Data:
    def __init__(self, d):
        t = time.perf_counter()
        self.keys, self.tables, self.role_model, self.beneficiary, self.src, self.dst, self.typ = load_csv(d)
        setup_row("python", "read CSV", time.perf_counter() - t)
        self.n = len(self.keys)
        self.index = {k: i for i, k in enumerate(self.keys)}
        self.office = self.index[OFFICE]
        replicators = {s for s, t in zip(self.src, self.typ) if t == "REPLICATED_FROM"}
        self.far = max(i for i, t in enumerate(self.tables)
                       if t == "VillageLibrary" and not self.beneficiary[i] and i not in replicators)
        self.perpusnas = self.tables.index("Perpusnas")
        self.regencies = [i for i, t in enumerate(self.tables) if t == "Regency"]
        self.stakeholder = [t in STAKEHOLDER_TABLES for t in self.tables]

    def edges_of(self, kind):
        return [(s, d) for s, d, t in zip(self.src, self.dst, self.typ) if t == kind]


def synergy_gaps(regencies, located_in_sources, tables, partnered):
    """Regencies whose library office lacks a partnership with its Bappeda or DPMPD."""
    gaps = 0
    for r in regencies:
        lib, bap, dpm = [], [], []
        for s in located_in_sources(r):
            t = tables[s]
            if t == "RegencyLibraryOffice":
                lib.append(s)
            elif t == "Bappeda":
                bap.append(s)
            elif t == "DPMPD":
                dpm.append(s)
        if not lib or not bap or not dpm:
            continue
        lb = any(partnered(a, b) for a in lib for b in bap)
        ld = any(partnered(a, b) for a in lib for b in dpm)
        if not lb or not ld:
            gaps += 1
    return gaps


def run_igraph(data, repeat):
    import igraph as ig
    t = time.perf_counter()
    g = ig.Graph(n=data.n, edges=list(zip(data.src, data.dst)), directed=True)
    g.es["type"] = data.typ
    partners = g.subgraph_edges(g.es.select(type="PARTNERS_WITH"), delete_vertices=False)
    replicated = g.subgraph_edges(g.es.select(type="REPLICATED_FROM"), delete_vertices=False)
    located = g.subgraph_edges(g.es.select(type="LOCATED_IN"), delete_vertices=False)
    stake_ids = [i for i in range(data.n) if data.stakeholder[i]]
    partners_stake = partners.induced_subgraph(stake_ids)
    setup_row("igraph", "build graph + type subgraphs", time.perf_counter() - t)
    s = f"igraph {ig.__version__}"

    measure(s, "reach-3hops", lambda: len(g.neighborhood(data.office, order=3, mode="all")), repeat)
    pu = partners.as_undirected(mode="each")
    measure(s, "synergy-gaps",
            lambda: synergy_gaps(data.regencies, lambda r: located.neighbors(r, mode="in"), data.tables,
                                 lambda a, b: pu.are_adjacent(a, b)), repeat)

    def components():
        c = g.connected_components(mode="weak")
        return f"{len(c)} components, largest {max(c.sizes())}"
    measure(s, "components", components, repeat)

    def components_partners():
        c = partners_stake.connected_components(mode="weak")
        return f"{len(c)} components"
    measure(s, "components-partners", components_partners, repeat)

    def fragile():
        u = partners_stake.as_undirected(mode="each")
        return f"{len(u.bridges())} bridges, {len(u.articulation_points())} articulation points"
    measure(s, "fragile-links", fragile, repeat)

    def lineage():
        models = [v for v in range(data.n) if replicated.degree(v, mode="in") > 0]
        sizes = sorted((len(replicated.subcomponent(v, mode="in")) - 1 for v in models), reverse=True)
        return ",".join(map(str, sizes[:10]))
    measure(s, "lineage-top10", lineage, repeat)

    def path():
        p = g.get_shortest_paths(data.far, to=data.perpusnas, mode="all", output="epath")
        return f"{len(p[0])} hops"
    measure(s, "shortest-path", path, repeat)
    measure(s, "degree", lambda: max(g.degree(mode="all")), repeat)

    def pagerank():
        pr = g.pagerank(directed=True)
        return data.keys[max(range(data.n), key=pr.__getitem__)]
    measure(s, "pagerank", pagerank, repeat)


def run_networkx(data, repeat):
    import networkx as nx
    t = time.perf_counter()
    ug = nx.Graph()
    ug.add_nodes_from(range(data.n))
    ug.add_edges_from(zip(data.src, data.dst))
    dg = nx.DiGraph()
    dg.add_nodes_from(range(data.n))
    dg.add_edges_from(zip(data.src, data.dst))
    pe = data.edges_of("PARTNERS_WITH")
    pg = nx.Graph()
    pg.add_nodes_from(range(data.n))
    pg.add_edges_from(pe)
    ps = nx.Graph()
    ps.add_nodes_from(i for i in range(data.n) if data.stakeholder[i])
    ps.add_edges_from(pe)
    rg = nx.DiGraph()
    rg.add_nodes_from(range(data.n))
    rg.add_edges_from(data.edges_of("REPLICATED_FROM"))
    lg = nx.DiGraph()
    lg.add_nodes_from(range(data.n))
    lg.add_edges_from(data.edges_of("LOCATED_IN"))
    setup_row("networkx", "build graphs", time.perf_counter() - t)
    s = f"networkx {nx.__version__}"

    measure(s, "reach-3hops", lambda: len(nx.single_source_shortest_path_length(ug, data.office, cutoff=3)), repeat)
    measure(s, "synergy-gaps",
            lambda: synergy_gaps(data.regencies, lg.predecessors, data.tables, pg.has_edge), repeat)

    def components():
        sizes = [len(c) for c in nx.connected_components(ug)]
        return f"{len(sizes)} components, largest {max(sizes)}"
    measure(s, "components", components, repeat)
    measure(s, "components-partners", lambda: f"{nx.number_connected_components(ps)} components", repeat)
    measure(s, "fragile-links", lambda: f"{sum(1 for _ in nx.bridges(ps))} bridges", max(1, repeat // 2))

    def lineage():
        models = [v for v in rg.nodes if rg.in_degree(v) > 0]
        sizes = sorted((len(nx.ancestors(rg, v)) for v in models), reverse=True)
        return ",".join(map(str, sizes[:10]))
    measure(s, "lineage-top10", lineage, repeat)
    measure(s, "shortest-path", lambda: f"{len(nx.shortest_path(ug, data.far, data.perpusnas)) - 1} hops", repeat)
    measure(s, "degree", lambda: max(d for _, d in ug.degree()), repeat)

    def pagerank():
        pr = nx.pagerank(dg)
        return data.keys[max(pr, key=pr.get)]
    measure(s, "pagerank", pagerank, max(1, repeat // 2))
    measure(s, "betweenness-32",
            lambda: data.keys[max((b := nx.betweenness_centrality(ug, k=32, seed=42)), key=b.get)], 1)


KUZU_QUERIES = {
    "q1-reach-count": "MATCH (o:ProvincialLibraryOffice {name: $name})-[*1..3]-(s:" + ":".join(STAKEHOLDER_TABLES)
                      + ") RETURN count(DISTINCT s)",
    "q1-reach-count-shortest": "MATCH (o:ProvincialLibraryOffice {name: $name})-[* SHORTEST 1..3]-(s:"
                               + ":".join(STAKEHOLDER_TABLES) + ") RETURN count(DISTINCT s)",
    "q2-synergy-gaps": "MATCH (r:Regency)<-[:LOCATED_IN]-(l:RegencyLibraryOffice), (r)<-[:LOCATED_IN]-(b:Bappeda), "
                       "(r)<-[:LOCATED_IN]-(d:DPMPD) WHERE NOT EXISTS { MATCH (l)-[:PARTNERS_WITH]-(b) } "
                       "OR NOT EXISTS { MATCH (l)-[:PARTNERS_WITH]-(d) } RETURN count(DISTINCT r)",
    "q3-libraries-per-province": "MATCH (v:VillageLibrary)-[:LOCATED_IN]->(:Village)-[:PART_OF]->(:District)"
                                 "-[:PART_OF]->(:Regency)-[:PART_OF]->(p:Province) "
                                 "RETURN p.name AS province, count(*) AS libraries ORDER BY libraries DESC, province",
}


def build_kuzu(csv_dir, db_path):
    import kuzu_db
    return kuzu_db.build(csv_dir, db_path)


def run_kuzu(data, csv_dir, db_path, repeat):
    import kuzu
    seconds, schema = build_kuzu(csv_dir, db_path)
    setup_row("kuzu", "import CSV (create + COPY)", seconds)
    s = f"kuzu {kuzu.__version__}"
    t = time.perf_counter()
    db = kuzu.Database(db_path)  # read-write: the algo extension's project_graph needs it
    c = kuzu.Connection(db)
    setup_row("kuzu", "open database", time.perf_counter() - t)
    name = data_name(csv_dir, OFFICE)
    params = {"name": name}

    def query(q, p=None):
        def f():
            rows = c.execute(q, p or {}).get_all()
            return rows[0] if len(rows) == 1 else f"{len(rows)} rows, first {rows[0] if rows else None}"
        return f
    for qname, q in KUZU_QUERIES.items():
        reps = repeat if qname != "q1-reach-count" else max(3, repeat // 2)
        measure(s, qname, query(q, params if "$name" in q else None), reps)

    tables = schema["tables"]
    rels = sorted({g["type"] for g in schema["relationships"]})
    try:
        c.execute(f"CALL project_graph('all', {tables}, {rels})")
        measure(s, "components (algo WCC)",
                query("CALL weakly_connected_components('all') RETURN count(DISTINCT group_id)"), repeat)
        measure(s, "pagerank (algo)",
                query("CALL page_rank('all') RETURN node.key ORDER BY rank DESC LIMIT 1"), 1)
    except Exception as e:  # the algo extension can be missing or read-only-incompatible
        print(f"kuzu algo: {e}", flush=True)
    far_key = data.keys[data.far]
    measure(s, "shortest-path",
            query("MATCH p = (a:VillageLibrary {key: $k})-[* SHORTEST 1..30]-(b:Perpusnas) RETURN length(p)",
                  {"k": far_key}), repeat)
    measure(s, "reach-3hops",
            query("MATCH (o:ProvincialLibraryOffice {key: $k})-[* SHORTEST 1..3]-(x) RETURN count(DISTINCT x) + 1",
                  {"k": OFFICE}), repeat)
    del c
    del db
    # Whole process: start Python, import kuzu, open the database, answer one query.
    for qname in ["q2-synergy-gaps", "q3-libraries-per-province", "q1-reach-count-shortest"]:
        script = ("import kuzu,sys\ndb=kuzu.Database(sys.argv[1],read_only=True)\nc=kuzu.Connection(db)\n"
                  f"print(c.execute({KUZU_QUERIES[qname]!r},{params!r} if '$name' in {KUZU_QUERIES[qname]!r} else {{}}"
                  ").get_all()[:1])")

        def whole(script=script):
            r = subprocess.run([sys.executable, "-c", script, db_path], capture_output=True, text=True)
            return r.stdout.strip()[:60] or r.stderr.strip()[-200:]
        measure(s, f"process: open + {qname}", whole, max(3, repeat // 2))
    measure("python", "process: python -c 'import kuzu'",
            lambda: subprocess.run([sys.executable, "-c", "import kuzu"]).returncode, max(3, repeat // 2))


def data_name(csv_dir, key):
    with open(os.path.join(csv_dir, "nodes.csv"), newline="") as f:
        for row in csv.reader(f):
            if row[1] == key:
                return row[3]
    raise SystemExit(f"no node {key}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_dir", nargs="?", default="graphs/generated/national-csv")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="igraph,networkx,kuzu")
    ap.add_argument("--kuzu-db", default="graphs/generated/national-kuzu")
    a = ap.parse_args()
    print(f"load average {os.getloadavg()}; {os.cpu_count()} processors; python {sys.version.split()[0]}", flush=True)
    data = Data(a.csv_dir)
    only = a.only.split(",")
    if "igraph" in only:
        run_igraph(data, a.repeat)
    if "networkx" in only:
        run_networkx(data, a.repeat)
    if "kuzu" in only:
        run_kuzu(data, a.csv_dir, a.kuzu_db, a.repeat)
    print(f"\nload average {os.getloadavg()}\n")
    print("| system | operation | median ms | min ms | reps | answer |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for r in ROWS:
        print(f"| {r[0]} | {r[1]} | {r[2]:.2f} | {r[3]:.2f} | {r[4]} | {r[5]} |")


if __name__ == "__main__":
    main()
