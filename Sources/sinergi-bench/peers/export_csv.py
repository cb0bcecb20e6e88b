#!/usr/bin/env python3
"""Exports a Sinergi registry (JSON lines, compacted snapshot) as CSV for the peers.

Writes into OUT (default graphs/generated/national-csv/):
  nodes.csv                 index,key,table,name,roleModel,beneficiary  (index = file order = Sinergi's NodeID)
  edges.csv                 source,target,type                          (node indexes, file order)
  kuzu/<Table>.csv          key|name|level|cohort|beneficiary|roleModel (one file per node table; '|'-separated,
                            unquoted, because Kùzu 0.11's CSV reader splits quoted names such as "Sari I, II")
  kuzu/<TYPE>__<From>__<To>.csv  from|to                                (one file per relationship type and table pair)
  kuzu/schema.json          the tables and relationship groups, for bench_peers.py

A node's table is its last label (every TPBIS node has two: Region or Stakeholder or
Event, then the specific one). Journal lines (tx) are not supported: compact first.
Usage: python3 export_csv.py graphs/national.jsonl [OUT]
"""
import csv
import json
import os
import sys
from collections import defaultdict


def clean(text):
    """A name for the unquoted '|'-separated Kùzu files."""
    return str(text).replace("|", "/").replace("\n", " ").replace('"', "'")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "graphs/national.jsonl"
    out = sys.argv[2] if len(sys.argv) > 2 else "graphs/generated/national-csv"
    os.makedirs(os.path.join(out, "kuzu"), exist_ok=True)
    index = {}
    table_of = {}
    node_rows = defaultdict(list)
    edges = []
    rel_groups = defaultdict(list)
    with open(src, encoding="utf-8") as f, open(os.path.join(out, "nodes.csv"), "w", newline="") as nf:
        nw = csv.writer(nf)
        nw.writerow(["index", "key", "table", "name", "roleModel", "beneficiary"])
        for line in f:
            o = json.loads(line)
            if "tx" in o:
                sys.exit("the registry has a journal: run `sinergi compact` first")
            if o["type"] == "node":
                key = o["id"]
                table = o["labels"][-1]
                p = o["properties"]
                index[key] = len(index)
                table_of[key] = table
                nw.writerow([index[key], key, table, p.get("name", ""), int(p.get("roleModel", False)),
                             int(p.get("beneficiary", False))])
                cohort = p.get("cohort")
                node_rows[table].append([key, clean(p.get("name", "")), p.get("level", ""),
                                         "" if cohort is None else cohort,
                                         str(bool(p.get("beneficiary", False))).lower(),
                                         str(bool(p.get("roleModel", False))).lower()])
            elif o["type"] == "relationship":
                s, e, t = o["start"]["id"], o["end"]["id"], o["label"]
                edges.append((index[s], index[e], t))
                rel_groups[(t, table_of[s], table_of[e])].append((s, e))
    with open(os.path.join(out, "edges.csv"), "w", newline="") as ef:
        ew = csv.writer(ef)
        ew.writerow(["source", "target", "type"])
        ew.writerows(edges)
    for table, rows in node_rows.items():
        with open(os.path.join(out, "kuzu", f"{table}.csv"), "w", newline="") as tf:
            tw = csv.writer(tf, delimiter="|", quoting=csv.QUOTE_NONE, escapechar=None)
            tw.writerow(["key", "name", "level", "cohort", "beneficiary", "roleModel"])
            tw.writerows(rows)
    groups = []
    for (t, a, b), pairs in sorted(rel_groups.items()):
        name = f"{t}__{a}__{b}.csv"
        with open(os.path.join(out, "kuzu", name), "w", newline="") as rf:
            rw = csv.writer(rf, delimiter="|", quoting=csv.QUOTE_NONE)
            rw.writerow(["from", "to"])
            rw.writerows(pairs)
        groups.append({"type": t, "from": a, "to": b, "file": name})
    with open(os.path.join(out, "kuzu", "schema.json"), "w") as sf:
        json.dump({"tables": sorted(node_rows), "relationships": groups}, sf, indent=1)
    print(f"wrote {out}: {len(index)} nodes, {len(edges)} relationships, "
          f"{len(node_rows)} node tables, {len(groups)} relationship groups")


if __name__ == "__main__":
    main()
