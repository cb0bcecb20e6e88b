"""Loads the admin-import CSV files `sinergi export --format csv` writes into a real Kùzu
(the pip package kuzu), the files read as they are: the tables are declared from the files'
own headers (`:ID`, `:LABEL`, `name:string`, `since:date`, `seeAlso:string[]`, `:START_ID`,
`:END_ID`, `:TYPE`) and every file is copied with `COPY … FROM (LOAD WITH HEADERS (c0 STRING, …)
FROM 'file' …)`, which reads it unchanged, every cell as text cast to the column's type
(Kùzu's own reading of a `name:type` header expects its `[a,b]` lists, not admin-import's `a;b`). One node table `Node` (key, labels, every property column), one
relationship table per type. Prints, as one JSON object, what Kùzu then holds:

  nodes:         key -> {"labels": [sorted], "properties": {name: tagged value}}
  relationships: key -> {"type", "start", "end", "properties"}
  partners:      key -> number of PARTNERS_WITH relationships (either direction)

with values tagged as peer_values.py says. Usage: load_kuzu.py FOLDER
"""
import csv
import json
import os
import sys
import tempfile

import kuzu
from peer_values import tagged

TYPES = {"string": "STRING", "long": "INT64", "int": "INT64", "short": "INT64", "byte": "INT64",
         "double": "DOUBLE", "float": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def columns(path):
    """The header of a CSV file: [(header, property name, Kùzu type or None)]."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    out = []
    for h in header:
        if h.startswith(":") or h == "key":
            out.append((h, None, None))
            continue
        name, _, kind = h.partition(":")
        kind = kind or "string"
        listed = kind.endswith("[]")
        base = TYPES.get(kind[:-2] if listed else kind)
        if base is None:
            sys.exit(f"{path}: column '{h}' has a type this loader does not map to Kùzu")
        out.append((h, name, base + "[]" if listed else base))
    return out


def expression(col, kind):
    """The text column `col` read as `kind` (admin-import lists are ';'-separated)."""
    text = f"CASE WHEN {col} IS NULL OR {col} = '' THEN NULL ELSE {col} END"
    if kind == "STRING":
        return text
    if kind.endswith("[]"):
        return f"CAST(string_split({text}, ';') AS {kind})"
    return f"CAST({text} AS {kind})"


def load(path, cols, returned):
    """`LOAD WITH HEADERS (c0 STRING, …) FROM 'path' … RETURN returned`."""
    headers = ", ".join(f"c{i} STRING" for i in range(len(cols)))
    options = "(header=true, delim=',', quote='\"', escape='\"')"
    named = ", ".join(f"{e} AS r{i}" for i, e in enumerate(returned))
    return f"LOAD WITH HEADERS ({headers}) FROM '{path}' {options} RETURN {named}"


def main(folder):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".csv"))
    node_files = [f for f in files if not any(h == ":START_ID" for h, _, _ in columns(os.path.join(folder, f)))]
    rel_files = [f for f in files if f not in node_files]
    properties = {}
    for f in node_files:
        for h, name, kind in columns(os.path.join(folder, f)):
            if name is not None:
                if properties.setdefault(name, kind) != kind:
                    sys.exit(f"{f}: '{name}' is {kind} here and {properties[name]} elsewhere")
    db = kuzu.Database(os.path.join(tempfile.mkdtemp(prefix="sinergi-kuzu-"), "db"))
    c = kuzu.Connection(db)
    names = sorted(properties)
    decl = "".join(f", `{n}` {properties[n]}" for n in names)
    c.execute(f"CREATE NODE TABLE Node(key STRING PRIMARY KEY, labels STRING[]{decl})")
    for f in node_files:
        path = os.path.join(folder, f)
        cols = columns(path)
        at = {h: f"c{i}" for i, (h, _, _) in enumerate(cols)}
        given = {name: (at[h], kind) for h, name, kind in cols if name is not None}
        returned = [at[":ID"], f"string_split({at[':LABEL']}, ';')"]
        for n in names:
            returned.append(expression(*given[n]) if n in given else f"CAST(NULL AS {properties[n]})")
        c.execute(f"COPY Node FROM ({load(path, cols, returned)})")
    types = {}
    for f in rel_files:
        with open(os.path.join(folder, f), encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        kinds = {r[3] for r in rows}
        if len(kinds) != 1:
            sys.exit(f"{f}: a relationship file per type expected, found {sorted(kinds)}")
        rtype = kinds.pop()
        path = os.path.join(folder, f)
        every = columns(path)
        at = {h: f"c{i}" for i, (h, _, _) in enumerate(every)}
        cols = [(h, name, kind) for h, name, kind in every if name is not None]
        decl = "".join(f", `{name}` {kind}" for _, name, kind in cols)
        c.execute(f"CREATE REL TABLE `{rtype}`(FROM Node TO Node, key STRING{decl})")
        returned = [at[":START_ID"], at[":END_ID"], at["key"]] + [expression(at[h], kind) for h, _, kind in cols]
        c.execute(f"COPY `{rtype}` FROM ({load(path, every, returned)})")
        types[rtype] = [name for _, name, _ in cols]

    out = {"nodes": {}, "relationships": {}, "partners": {}}
    result = c.execute("MATCH (n:Node) RETURN n.key, n.labels, " + ", ".join(f"n.`{n}`" for n in names))
    while result.has_next():
        row = result.get_next()
        props = {n: tagged(v) for n, v in zip(names, row[2:]) if v is not None}
        out["nodes"][row[0]] = {"labels": sorted(row[1]), "properties": props}
    for rtype, cols in types.items():
        fields = "".join(f", r.`{n}`" for n in cols)
        result = c.execute(f"MATCH (a:Node)-[r:`{rtype}`]->(b:Node) RETURN r.key, a.key, b.key{fields}")
        while result.has_next():
            row = result.get_next()
            props = {n: tagged(v) for n, v in zip(cols, row[3:]) if v is not None}
            out["relationships"][row[0]] = {"type": rtype, "start": row[1], "end": row[2], "properties": props}
    if "PARTNERS_WITH" in types:
        result = c.execute("MATCH (a:Node)-[:PARTNERS_WITH]-(b:Node) RETURN a.key, count(b)")
        while result.has_next():
            key, count = result.get_next()
            out["partners"][key] = count
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
