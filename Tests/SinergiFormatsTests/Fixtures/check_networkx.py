#!/usr/bin/env python3
"""What NetworkX sees in Sinergi's GraphML and GEXF exports.

Usage: check_networkx.py GRAPHML GEXF OUT.json

Reads both files with networkx.read_graphml / networkx.read_gexf and writes, for each,
the node and edge counts and every node and edge attribute as "type:value" text
(type = the Python type NetworkX produced: str, int, float, bool). Edges are keyed by
their id. GEXF spells are written as "spells:start/end,...". The Swift test
GraphMLNetworkXTests compares this with what the graph should look like.
"""
import json
import sys

import networkx as nx


def tagged(value):
    if isinstance(value, bool):
        return f"bool:{value}"
    if isinstance(value, float):
        return f"float:{value!r}"
    return f"{type(value).__name__}:{value}"


def view(graph, skip=()):
    nodes = {}
    for node, data in graph.nodes(data=True):
        nodes[str(node)] = {k: tagged(v) for k, v in data.items() if k not in skip}
    edges = {}
    if graph.is_multigraph():
        triples = ((u, v, key, data) for u, v, key, data in graph.edges(keys=True, data=True))
    else:  # read_gexf returns a simple graph when no two edges share their ends
        triples = ((u, v, data.get("id"), data) for u, v, data in graph.edges(data=True))
    for u, v, key, data in triples:
        entry = {}
        for k, value in data.items():
            if k in skip:
                continue
            if k == "spells":
                entry[k] = "spells:" + ",".join(f"{s}/{e}" for s, e in value)
            else:
                entry[k] = tagged(value)
        entry["_ends"] = f"str:{u}->{v}"
        edges[str(key)] = entry
    summary = {
        "nodes": str(graph.number_of_nodes()),
        "edges": str(graph.number_of_edges()),
        "directed": str(graph.is_directed()),
    }
    return {"summary": summary, "nodes": nodes, "edges": edges}


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 64
    graphml = nx.read_graphml(argv[1], force_multigraph=True)
    gexf = nx.read_gexf(argv[2], version="1.3")
    result = {"graphml": view(graphml), "gexf": view(gexf, skip=("viz",))}
    with open(argv[3], "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
