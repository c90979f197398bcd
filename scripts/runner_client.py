#!/usr/bin/env python3
"""A client written for the original (Python) runner API, as its users' scripts call it.

It queues one job with POST /jobs/run, follows GET /jobs/{run_id}/logs (server-sent events) until
`event: end`, reads GET /jobs/{run_id}/status and downloads every artifact it lists. jobintel's
tests run it against the real server to show those scripts keep working. Standard library only.

    python3 scripts/runner_client.py --base http://127.0.0.1:3000 --token "$RUNNER_API_SECRET" --job <job id>
"""
import argparse
import json
import sys
import urllib.request


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    return urllib.request.urlopen(req, timeout=120)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--job", required=True)
    a = ap.parse_args()

    run = json.load(call(a.base, a.token, "POST", "/jobs/run",
                         {"job_id": a.job, "profile_ref": None, "source": None}))
    print("run", run["run_id"], run["status_url"], run["log_stream_url"])

    end = None
    event = None
    with call(a.base, a.token, "GET", run["log_stream_url"]) as stream:
        for raw in stream:
            line = raw.decode().rstrip("\n")
            if line.startswith("event:"):
                event = line[len("event:"):].strip()
            elif line.startswith("data:"):
                data = line[len("data:"):].strip()
                if event == "end":
                    end = data
                    break
                print("log", data)
            elif line == "":
                event = None
    print("end", end)

    status = json.load(call(a.base, a.token, "GET", run["status_url"]))
    print("status", status["status"], status["job_id"])
    for name, url in sorted(status["artifacts"].items()):
        size = len(call(a.base, a.token, "GET", url).read())
        print("artifact", name, size)
    ok = end == "completed" and status["status"] == "completed" and status["artifacts"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
