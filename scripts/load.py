#!/usr/bin/env python3
"""Load script for the job list, search and static files at 100,000 jobs (`make load`).

1. Builds (once, cached beside the build output) a database of N jobs from the dev corpus through
   `jobintel import`: every posting repeated with its own id, dedupe key and reference line, so
   descriptions keep their real sizes; a third get a fit score.
2. Starts the release binary on it, logs in, and measures with `wrk` each endpoint at 50 and 200
   connections: requests/s, p50, p99, errors and timeouts. List pages are measured twice: the
   same URL again and again (the server answers from the pages it keeps), and a new query string
   on every request (every page rendered).
3. Prints the server's memory before and after, and the issue's ratios against `/health`.
   `--soak SECONDS` then runs a mixed load and samples memory every 30 s.

Standard library only; needs `wrk` (the Makefile installs it).
"""

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "jobintel")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "jobs-dev.json")
PASSWORD = "load-test-password"
CHUNK = 5000


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def build_db(path, n):
    """The N-job database, built through the real import path."""
    if os.path.exists(path):
        with sqlite3.connect(path) as db:
            have = db.execute("SELECT COALESCE(SUM(n), 0) FROM job_counts").fetchone()[0]
        if have >= n:
            return
        os.remove(path)
    corpus = json.load(open(CORPUS))
    env = dict(os.environ, DATABASE_URL=f"sqlite://{path}", LOG_LEVEL="warn")
    base = time.time()
    tmp = tempfile.mkdtemp()
    started = time.time()
    try:
        for start in range(0, n, CHUNK):
            docs = []
            for i in range(start, min(n, start + CHUNK)):
                d = dict(corpus[i % len(corpus)])
                d.pop("_id", None)
                d["dedupeKey"] = f"{d.get('dedupeKey') or d.get('title')}|load-{i}"
                d["job_description"] = f"{d.get('job_description') or ''}\n\nReference JI-{i:06d}"
                d["createdAt"] = time.strftime(
                    "%Y-%m-%dT%H:%M:%SZ", time.gmtime(base - i * 60)
                )
                docs.append(d)
            chunk = os.path.join(tmp, "chunk.json")
            with open(chunk, "w") as f:
                json.dump(docs, f)
            out = subprocess.run(
                [BIN, "import", chunk], env=env, capture_output=True, text=True
            )
            if out.returncode != 0:
                sys.exit(f"import failed: {out.stderr}")
            log(f"  imported {min(n, start + CHUNK)}/{n} ({time.time() - started:.0f} s)")
    finally:
        shutil.rmtree(tmp)
    with sqlite3.connect(path) as db:
        # A third of the jobs scored, as after a batch of runs: the fit sort has real work.
        db.execute(
            "UPDATE jobs SET fit_score = (abs(random()) % 101) WHERE rowid % 3 = 0"
        )
        db.commit()
        db.execute("VACUUM")
    log(f"  database ready: {os.path.getsize(path) / 2**20:.0f} MiB")


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_up(base, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as r:
                if r.status == 200:
                    return
        except Exception:
            time.sleep(0.3)
    sys.exit("the server did not come up")


def login(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    data = urllib.parse.urlencode({"password": PASSWORD}).encode()
    opener.open(base + "/login", data=data, timeout=10)
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    if not cookies:
        sys.exit("login failed")
    return opener, cookies


def parse_ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        return float("nan")
    v, unit = float(m.group(1)), m.group(2)
    return {"us": v / 1000, "ms": v, "s": v * 1000, "m": v * 60000}[unit]


# A query string no request repeats (`&n=<thread>-<count>`), so the server renders every page rather
# than answering from the pages it keeps: the cost of a page seen for the first time.
UNIQUE_LUA = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local count = 0
function request()
  count = count + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "n=" .. tid .. "-" .. count)
end
"""


def wrk(url, conns, seconds, cookie, unique=False):
    cmd = [
        "wrk", "-t2", f"-c{conns}", f"-d{seconds}s", "--latency", "--timeout", "5s",
        "-H", f"Cookie: {cookie}", "-H", "Accept-Encoding: br, gzip", url,
    ]
    if unique:
        script = os.path.join(tempfile.gettempdir(), "jobintel-unique.lua")
        with open(script, "w") as f:
            f.write(UNIQUE_LUA)
        cmd[1:1] = ["-s", script]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = parse_ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = parse_ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    errors = int(non2xx.group(1)) if non2xx else 0
    timeouts = 0
    if sock:
        errors += sum(int(sock.group(i)) for i in (1, 2, 3))
        timeouts = int(sock.group(4))
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors, "timeouts": timeouts}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=100_000)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--conns", default="50,200")
    ap.add_argument("--port", type=int, default=3111)
    ap.add_argument("--soak", type=int, default=0, help="then a mixed load for this many seconds")
    args = ap.parse_args()
    if not os.path.exists(BIN):
        sys.exit(f"no release binary at {BIN}: run `cargo leptos build --release`")
    work = os.path.join(TARGET, "load")
    os.makedirs(work, exist_ok=True)
    db = os.path.join(work, f"jobs-{args.jobs}.sqlite")
    log(f"database of {args.jobs} jobs: {db}")
    build_db(db, args.jobs)

    base = f"http://127.0.0.1:{args.port}"
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite://{db}",
        LOGIN_PASSWORD=PASSWORD,
        LEPTOS_SITE_ROOT=os.path.join(ROOT, "target", "site"),
        LEPTOS_SITE_ADDR=f"127.0.0.1:{args.port}",
        SEED_DEMO="false",
        BACKUP_INTERVAL_HOURS="0",
        BACKUP_DIR=os.path.join(work, "backups"),
        APPLICATIONS_DIR=os.path.join(work, "applications"),
        LOG_LEVEL="warn",
    )
    server = subprocess.Popen([BIN, "serve"], env=env, stdout=subprocess.DEVNULL,
                              stderr=open(os.path.join(work, "server.log"), "w"))
    try:
        wait_up(base)
        opener, cookie = login(base)
        page = opener.open(base + "/jobs", timeout=10).read().decode()
        css = re.search(r'href="(/pkg/[^"]+\.css)"', page).group(1)
        api = json.loads(opener.open(base + "/api/jobs?per_page=1", timeout=10).read())
        job_id = api["jobs"][0]["id"]
        # The page names the stylesheet by its hash: a site built by another profile would 404.
        try:
            opener.open(base + css, timeout=10).read()
        except Exception as e:
            sys.exit(f"{css} is not served ({e}): build the site with `cargo leptos build --release`")
        # Let the compressed variants of the site's files be written before measuring.
        site_css = os.path.join(ROOT, "target", "site", css.lstrip("/"))
        for _ in range(100):
            if os.path.exists(site_css + ".br"):
                break
            time.sleep(0.2)
        time.sleep(1)
        idle = rss_mib(server.pid)
        endpoints = [
            ("health", "/health", False),
            ("list page", "/jobs", False),
            ("search", "/jobs?q=engineer", False),
            ("search, fit sort", "/jobs?q=engineer&sort=fit", False),
            ("page 500", "/jobs?page=500", False),
            ("list page, new query", "/jobs", True),
            ("search, new query", "/jobs?q=engineer", True),
            ("fit sort, new query", "/jobs?q=engineer&sort=fit", True),
            ("page 500, new query", "/jobs?page=500", True),
            ("job page", f"/jobs/{job_id}", False),
            ("API list", "/api/jobs", False),
            ("static asset", css, False),
        ]
        results = {}
        for conns in [int(c) for c in args.conns.split(",")]:
            for name, path, unique in endpoints:
                r = wrk(base + path, conns, args.seconds, cookie, unique)
                results[(name, conns)] = r
                log(f"  {name:18} c={conns:<3} {r['rps']:8.0f} req/s  p50 {r['p50']:7.2f} ms  "
                    f"p99 {r['p99']:7.2f} ms  errors {r['errors']}  timeouts {r['timeouts']}")
        time.sleep(2)
        after = rss_mib(server.pid)
        # The allocator hands freed pages back to the system on its own schedule: memory is read
        # again once the server has sat idle for a while.
        time.sleep(28)
        settled = rss_mib(server.pid)

        print(f"# jobintel load: {args.jobs} jobs, release build, wrk -t2 --timeout 5s, "
              f"{args.seconds} s per run")
        print(f"# machine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}; "
              "wrk and the server share the cores")
        print()
        print("| endpoint | conns | req/s | p50 ms | p99 ms | errors | timeouts |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for (name, conns), r in results.items():
            print(f"| {name} | {conns} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | "
                  f"{r['errors']} | {r['timeouts']} |")
        print()
        print("Ratios to /health on the same run (targets: list, search, fit sort >= 0.5; "
              "static >= 0.8; a new query is rendered, every other list page is kept):")
        for conns in [int(c) for c in args.conns.split(",")]:
            h = results[("health", conns)]["rps"]
            parts = [f"{name} {results[(name, conns)]['rps'] / h:.2f}"
                     for name in ("list page", "search", "search, fit sort", "static asset",
                                  "list page, new query", "search, new query",
                                  "fit sort, new query")]
            print(f"- c={conns}: " + ", ".join(parts))
        print()
        print(f"Memory: idle {idle:.1f} MiB, 2 s after the load {after:.1f} MiB, 30 s after "
              f"{settled:.1f} MiB (target <= 1.5 x idle + 20 = {1.5 * idle + 20:.1f} MiB)")

        if args.soak:
            print()
            print(f"Soak: {args.soak} s of mixed load at 50 connections, memory every 30 s:")
            mix = ["/jobs", "/jobs?q=data", "/jobs?q=engineer&sort=fit", "/api/jobs",
                   f"/jobs/{job_id}", "/jobs?page=200"]
            end = time.time() + args.soak
            samples = [rss_mib(server.pid)]
            i = 0
            while time.time() < end:
                wrk(base + mix[i % len(mix)], 50, 30, cookie)
                samples.append(rss_mib(server.pid))
                i += 1
            print("- " + " ".join(f"{s:.0f}" for s in samples) + " MiB")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
