#!/usr/bin/env python3
"""Writes the NetworkX reference answers the Swift algorithm tests compare against.

Run from anywhere with python3 and networkx 3.6 (scipy for PageRank):

    python3 Tests/SinergiAlgorithmsTests/Fixtures/make_fixtures.py

Deterministic: every graph comes from a fixed seed, so rerunning rewrites the same
files. NetworkX is only a tool for making these files, never a dependency of the package.

Each <name>.json holds: n (nodes are 0 ..< n), directed, edges ([u, v, weight]) and
NetworkX's answers, as arrays indexed by node where that fits (-1 / null for
unreachable).
"""

import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = [0, 3, 17]


def weighted(graph, seed):
    rng = random.Random(seed)
    for u, v in sorted(graph.edges()):
        graph[u][v]["weight"] = rng.randint(1, 9)
    return graph


def bridges_graph():
    """Two dense clusters joined through a path, pendants, a second component, isolates."""
    g = nx.barbell_graph(6, 3)  # nodes 0..14: cliques 0-5 and 9-14, path 6-8
    nxt = g.number_of_nodes()
    g.add_edge(2, nxt)  # pendant path of three off the first clique
    g.add_edge(nxt, nxt + 1)
    g.add_edge(nxt + 1, nxt + 2)
    nxt += 3
    cycle = list(range(nxt, nxt + 5))  # a 5-cycle with a tail: a second component
    nx.add_cycle(g, cycle)
    g.add_edge(cycle[0], nxt + 5)
    g.add_edge(nxt + 5, nxt + 6)
    nxt += 7
    g.add_nodes_from([nxt, nxt + 1])  # two isolates
    g.add_edge(12, 6)  # a chord that keeps 6-7-8 on a cycle: fewer bridges there
    return weighted(g, 5)


def graphs():
    yield "random_undirected", weighted(nx.gnp_random_graph(200, 0.02, seed=20231), 1)
    yield "random_directed", weighted(nx.gnp_random_graph(120, 0.03, seed=7, directed=True), 2)
    yield "tree", weighted(nx.random_labeled_tree(150, seed=3), 3)
    yield "bridges", bridges_graph()


def by_node(n, mapping, missing):
    return [mapping.get(v, missing) for v in range(n)]


def answers(name, g):
    n = g.number_of_nodes()
    directed = g.is_directed()
    out = {
        "name": name,
        "n": n,
        "directed": directed,
        "edges": [[u, v, g[u][v]["weight"]] for u, v in sorted(g.edges())],
    }
    out["bfs"] = [
        {"source": s, "distances": by_node(n, nx.single_source_shortest_path_length(g, s), -1)} for s in SOURCES
    ]
    out["bfs_cutoff2"] = [
        {"source": s, "distances": by_node(n, nx.single_source_shortest_path_length(g, s, cutoff=2), -1)}
        for s in SOURCES
    ]
    out["dijkstra"] = [
        {"source": s, "distances": by_node(n, nx.single_source_dijkstra_path_length(g, s, weight="weight"), None)}
        for s in SOURCES
    ]
    comps = nx.weakly_connected_components(g) if directed else nx.connected_components(g)
    out["components"] = sorted(sorted(c) for c in comps)
    out["isolates"] = sorted(nx.isolates(g))
    if not directed:
        out["bridges"] = sorted(sorted(e) for e in nx.bridges(g))
        out["articulation_points"] = sorted(nx.articulation_points(g))
    out["degree_centrality"] = by_node(n, nx.degree_centrality(g), 0.0)
    out["betweenness"] = by_node(n, nx.betweenness_centrality(g, normalized=False), 0.0)
    out["betweenness_normalized"] = by_node(n, nx.betweenness_centrality(g, normalized=True), 0.0)
    out["pagerank"] = by_node(n, nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=1000, weight=None), 0.0)
    out["pagerank_weighted"] = by_node(
        n, nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=1000, weight="weight"), 0.0
    )
    return out


def main():
    for name, g in graphs():
        data = answers(name, g)
        path = os.path.join(HERE, name + ".json")
        with open(path, "w") as f:
            json.dump(data, f, indent=None, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print(f"{path}: {data['n']} nodes, {len(data['edges'])} edges")


if __name__ == "__main__":
    main()
