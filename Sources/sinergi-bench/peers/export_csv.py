#!/usr/bin/env python3
"""Exports a Sinergi registry (JSON lines, compacted snapshot) as CSV for the peers.

Writes into OUT (default graphs/generated/national-csv/):
  nodes.csv                 index,key,table,name,roleModel,beneficiary  (index = file order = Sinergi's NodeID)
  edges.csv                 source,target,type                          (node indexes, file order)
  kuzu/<Table>.csv          key|<NODE_COLUMNS>                          (one file per node table; '|'-separated,
                            unquoted, because Kùzu 0.11's CSV reader splits quoted names such as "Sari I, II")
  kuzu/<TYPE>__<From>__<To>.csv  from|to|<the type's REL_COLUMNS>       (one file per relationship type and table pair)
  kuzu/schema.json          the tables, their columns and the relationship groups, for kuzu_db.py

A node's table is its last label (every TPBIS node has two: Region or Stakeholder or
Event, then the specific one). A property an entity lacks is an empty field, which
Kùzu reads as null, as Sinergi does. Journal lines (tx) are not supported: compact first.
Usage: python3 export_csv.py graphs/national.jsonl [OUT]
"""
import csv
import json
import os
import sys
from collections import defaultdict

# Every node table gets these columns (Kùzu needs a fixed schema; absent = null).
NODE_COLUMNS = [
    ("name", "STRING"), ("level", "STRING"), ("cohort", "INT64"), ("beneficiary", "BOOLEAN"),
    ("roleModel", "BOOLEAN"), ("replicator", "BOOLEAN"), ("generation", "INT64"), ("regionId", "INT64"),
    ("postalCode", "STRING"), ("kind", "STRING"), ("shortName", "STRING"), ("code", "STRING"),
    ("capital", "STRING"), ("date", "DATE"), ("wave", "INT64"), ("seats", "INT64"), ("city", "STRING"),
    ("programme", "STRING"),
]
# The properties each relationship type carries in the generated registries.
REL_COLUMNS = {
    "PARTNERS_WITH": [("kind", "STRING"), ("since", "DATE")],
    "FUNDS": [("year", "INT64"), ("source", "STRING"), ("programme", "STRING")],
    "MENTORS": [("since", "DATE")],
    "REPLICATED_FROM": [("since", "DATE")],
    "ATTENDED": [("role", "STRING"), ("seats", "INT64")],
}


def clean(text):
    """A value for the unquoted '|'-separated Kùzu files."""
    return str(text).replace("|", "/").replace("\n", " ").replace('"', "'")


def field(value):
    """One Kùzu CSV field: empty for absent, dates as YYYY-MM-DD, booleans in lower case."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict) and "$date" in value:
        return value["$date"]
    return clean(value)


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
                node_rows[table].append([key] + [field(p.get(c)) for c, _ in NODE_COLUMNS])
            elif o["type"] == "relationship":
                s, e, t = o["start"]["id"], o["end"]["id"], o["label"]
                edges.append((index[s], index[e], t))
                p = o["properties"]
                rel_groups[(t, table_of[s], table_of[e])].append(
                    [s, e] + [field(p.get(c)) for c, _ in REL_COLUMNS.get(t, [])])
    with open(os.path.join(out, "edges.csv"), "w", newline="") as ef:
        ew = csv.writer(ef)
        ew.writerow(["source", "target", "type"])
        ew.writerows(edges)
    for table, rows in node_rows.items():
        with open(os.path.join(out, "kuzu", f"{table}.csv"), "w", newline="") as tf:
            tw = csv.writer(tf, delimiter="|", quoting=csv.QUOTE_NONE, escapechar=None)
            tw.writerow(["key"] + [c for c, _ in NODE_COLUMNS])
            tw.writerows(rows)
    groups = []
    for (t, a, b), rows in sorted(rel_groups.items()):
        name = f"{t}__{a}__{b}.csv"
        with open(os.path.join(out, "kuzu", name), "w", newline="") as rf:
            rw = csv.writer(rf, delimiter="|", quoting=csv.QUOTE_NONE)
            rw.writerow(["from", "to"] + [c for c, _ in REL_COLUMNS.get(t, [])])
            rw.writerows(rows)
        groups.append({"type": t, "from": a, "to": b, "file": name})
    schema = {"tables": sorted(node_rows), "nodeColumns": NODE_COLUMNS, "relationships": groups,
              "relationshipColumns": REL_COLUMNS}
    with open(os.path.join(out, "kuzu", "schema.json"), "w") as sf:
        json.dump(schema, sf, indent=1)
    print(f"wrote {out}: {len(index)} nodes, {len(edges)} relationships, "
          f"{len(node_rows)} node tables, {len(groups)} relationship groups")


if __name__ == "__main__":
    main()
