#!/usr/bin/env python3
"""How long the offline HTML map (`sinergi export --format html`) takes to open in Chromium.

A benchmark, not a test: it prints figures for docs/performance.md and asserts nothing.

For each map file given it writes a copy with a probe script that runs at the page's `load`
event and records, from the page's own clock (`performance`, milliseconds since the
navigation started):
  ready     the viewer's `sinergi-ready` mark: data parsed, every node, line and box drawn,
            filters built, the view fitted (map.js sets it as its last statement);
  load      the page's load event (the page parsed and both of its scripts run);
  script    the time the viewer's script ran (from its first line to the mark).
Then it runs headless Chromium on the copy RUNS times (a fresh profile each time, no network)
and reports the median and range of each figure, plus the whole process's wall time
(Chromium's own start-up included).

Usage:
    python3 Sources/sinergi-bench/peers/map_open_time.py [--runs N] [--chromium PATH] MAP.html...

Standard library only.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = """<script>
addEventListener('load', function () {
  var b = document.body.dataset, t = performance.timing;
  var mark = performance.getEntriesByName('sinergi-ready')[0];
  b.benchReady = mark ? mark.startTime.toFixed(1) : 'none';
  b.benchLoad = performance.now().toFixed(1);
  b.benchScript = mark && window.sinergiBenchStart !== undefined ? (mark.startTime - window.sinergiBenchStart).toFixed(1) : 'none';
  b.benchNodes = document.querySelectorAll('#nodes .node').length;
  b.benchLinks = document.querySelectorAll('#links line').length;
});
</script>
</body>"""

START = "<script>window.sinergiBenchStart = performance.now();</script>\n<script>\n"


def probe_copy(path, folder):
    with open(path, encoding="utf-8") as f:
        page = f.read()
    # The viewer's script is the last <script> element before </body>; mark when it starts.
    viewer = page.rfind("<script>\n")
    if viewer < 0 or "</body>" not in page:
        sys.exit(f"{path}: not a sinergi map (no viewer script)")
    page = page[:viewer] + START + page[viewer + len("<script>\n"):]
    page = page.replace("</body>", PROBE, 1)
    copy = os.path.join(folder, os.path.basename(path))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(page)
    return copy


def browse(chromium, copy):
    profile = tempfile.mkdtemp(prefix="map-bench-")
    try:
        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                "--window-size=1600,900", "--run-all-compositor-stages-before-draw",
                "--dump-dom", "file://" + os.path.abspath(copy)]
        start = time.perf_counter()
        out = subprocess.run(args, capture_output=True, text=True, timeout=600).stdout
        wall = (time.perf_counter() - start) * 1000
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    found = dict(re.findall(r'data-bench-(\w+)="([^"]*)"', out))
    found["wall"] = f"{wall:.1f}"
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("maps", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    a = parser.parse_args()
    if not a.chromium:
        sys.exit("Chromium is not on the PATH")
    version = subprocess.run([a.chromium, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{version}; {a.runs} runs per map; times in ms from the start of navigation")
    folder = tempfile.mkdtemp(prefix="map-bench-pages-")
    try:
        for path in a.maps:
            copy = probe_copy(path, folder)
            runs = [browse(a.chromium, copy) for _ in range(a.runs)]
            first = runs[0]
            size = os.path.getsize(path) / 1e6
            print(f"{path}: {size:.1f} MB, {first.get('nodes')} nodes, {first.get('links')} lines drawn")
            for name in ["script", "ready", "load", "wall"]:
                values = [float(r[name]) for r in runs if r.get(name, "none") not in ("none", "")]
                if not values:
                    print(f"  {name:7} not measured")
                    continue
                print(f"  {name:7} median {statistics.median(values):9.1f}  range {min(values):9.1f}–{max(values):9.1f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
