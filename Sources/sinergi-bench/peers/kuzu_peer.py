#!/usr/bin/env python3
"""Kùzu's side of `sinergi-bench --questions`: answers the analyst questions on the same
registry, in one long-running process, so that sinergi-bench can interleave the two
engines question by question and compare their answers.

Protocol (one JSON object per line on stdin, one reply per line on stdout):
  {"name": …, "query": …, "params": {…}, "repeat": N, "output": "rows"|"csv"|"json", "write": bool}
  → {"name": …, "samples": [ms, …], "rows": [[text, …], …], "error": null | "message"}
The first request may be {"open": DB, "csv": CSV_DIR, "rebuild": bool}; the database is
built from CSV_DIR (export_csv.py) when it is missing or `rebuild` is set.

Timing: one untimed warm-up, then N timed runs of `execute(query).get_all()` (the rows
converted to Python values, as a Python program would use them). "csv"/"json" time
`COPY (query) TO 'file'` instead, Kùzu's own writer. Writes ("write": true) run inside
BEGIN TRANSACTION … ROLLBACK, and only the statement is timed, so every run starts
from the same database. Rows are returned as canonical text (see `text`).
Kùzu is a peer only, never a dependency of Sinergi.
"""
import datetime
import decimal
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kuzu_db  # noqa: E402


def text(v):
    """The canonical text of a value, the same as sinergi-bench's AnswerText."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, decimal.Decimal):
        v = int(v) if v == v.to_integral_value() else float(v)
        return text(v)
    if isinstance(v, float):
        if v == int(v) and abs(v) < 1e15:
            return str(int(v)) + ".0"
        return "%.9g" % v
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(text(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {text(v[k])}" for k in sorted(v)) + "}"
    return str(v)


def main():
    import kuzu
    conn = None
    out_dir = tempfile.mkdtemp(prefix="kuzu-peer-")
    for line in sys.stdin:
        request = json.loads(line)
        reply = {"name": request.get("name"), "samples": [], "rows": [], "error": None}
        try:
            if "open" in request:
                db_path = request["open"]
                if request.get("rebuild") or not os.path.exists(db_path):
                    seconds, _ = kuzu_db.build(request["csv"], db_path)
                    reply["built"] = seconds * 1000
                db = kuzu.Database(db_path)
                conn = kuzu.Connection(db)
                reply["version"] = kuzu.__version__
            else:
                reply.update(run(conn, request, out_dir))
        except Exception as e:  # reported to sinergi-bench, which prints it in the table
            reply["error"] = str(e).splitlines()[0] if str(e) else type(e).__name__
            try:
                conn.execute("ROLLBACK")
            except Exception:
                pass
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def run(conn, request, out_dir):
    query = request["query"]
    params = request.get("params") or {}
    output = request.get("output", "rows")
    write = request.get("write", False)
    path = os.path.join(out_dir, "out." + output)

    def once():
        if write:
            conn.execute("BEGIN TRANSACTION")
        t = time.perf_counter()
        if output == "rows":
            rows = conn.execute(query, params).get_all()
        else:
            conn.execute(f"COPY ({query}) TO '{path}'", params)
            rows = None
        ms = (time.perf_counter() - t) * 1000
        if write:
            conn.execute("ROLLBACK")
        return ms, rows

    _, rows = once()
    if rows is None:
        rows = conn.execute(query, params).get_all()
    samples = [once()[0] for _ in range(max(1, request.get("repeat", 5)))]
    return {"samples": samples, "rows": [[text(v) for v in row] for row in rows]}


if __name__ == "__main__":
    main()
