"""Builds the Kùzu database the peers' scripts query, from the CSV files export_csv.py writes.

One node table per specific label (Province, …, VillageLibrary, SHM) with the columns of
schema.json's nodeColumns, plus an empty `Partner` table the write benchmarks create into;
one relationship table per type with a FROM/TO pair per label pair and the type's
properties (relationshipColumns), plus `SUPPORTS` (Partner → VillageLibrary).
Used by bench_peers.py and kuzu_peer.py; Kùzu is a peer only, never a dependency of Sinergi.
"""
import json
import os
import shutil
import time

# The tables the write benchmarks need beyond the registry's own.
EXTRA_TABLES = ["Partner"]
EXTRA_RELATIONSHIPS = [{"type": "SUPPORTS", "from": "Partner", "to": "VillageLibrary", "file": None}]


def remove(db_path):
    """Deletes a database file or folder (and its write-ahead log)."""
    if os.path.exists(db_path):
        shutil.rmtree(db_path) if os.path.isdir(db_path) else os.remove(db_path)
    if os.path.exists(db_path + ".wal"):
        os.remove(db_path + ".wal")


def build(csv_dir, db_path):
    """Creates the database at db_path from csv_dir/kuzu; returns (seconds, schema)."""
    import kuzu
    remove(db_path)
    kdir = os.path.join(csv_dir, "kuzu")
    with open(os.path.join(kdir, "schema.json")) as f:
        schema = json.load(f)
    columns = ", ".join(f"{name} {kind}" for name, kind in schema.get("nodeColumns", [["name", "STRING"]]))
    rel_columns = schema.get("relationshipColumns", {})
    t = time.perf_counter()
    db = kuzu.Database(db_path)
    c = kuzu.Connection(db)
    for table in schema["tables"] + EXTRA_TABLES:
        c.execute(f"CREATE NODE TABLE {table}(key STRING PRIMARY KEY, {columns})")
        if table in schema["tables"]:
            c.execute(f"COPY {table} FROM '{os.path.join(kdir, table + '.csv')}' (header=true, delim='|')")
    by_type = {}
    for g in schema["relationships"] + EXTRA_RELATIONSHIPS:
        by_type.setdefault(g["type"], []).append(g)
    for t_name, groups in by_type.items():
        pairs = ", ".join(f"FROM {g['from']} TO {g['to']}" for g in groups)
        props = "".join(f", {name} {kind}" for name, kind in rel_columns.get(t_name, []))
        c.execute(f"CREATE REL TABLE {t_name}({pairs}{props})")
        for g in groups:
            if g["file"] is None:
                continue
            c.execute(f"COPY {t_name} FROM '{os.path.join(kdir, g['file'])}' "
                      f"(from='{g['from']}', to='{g['to']}', header=true, delim='|')")
    seconds = time.perf_counter() - t
    del c
    del db
    return seconds, schema
