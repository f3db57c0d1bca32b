#!/usr/bin/python3
"""Fidelity proof: the @gitbeaker/cli command line (`gb`, Node.js) against a running labdesk-sandbox.

usage: /usr/bin/python3 gitbeaker_fidelity.py BUILD_DIR

scripts/deps.sh installs @gitbeaker/cli into .cache/npm-tools when npm is available. `gb` takes
GITBEAKER_HOST and GITBEAKER_TOKEN from the environment and prints each call's result as JSON;
every call here checks that JSON against what the sandbox answers on its own REST API. Exit 0
when all pass, 1 on a failure, 77 (CTest's skip, with the reason printed) when npm is missing.
"""
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_process import check, run_against_sandbox  # noqa: E402

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def find_gb():
    candidates = [os.environ.get("LABDESK_GB", ""), os.path.join(SOURCE_DIR, ".cache/npm-tools/bin/gb"),
                  shutil.which("gb") or ""]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


class Api:
    """The sandbox's REST API, read directly, as the reference the CLI's output is compared with."""

    def __init__(self, url, token):
        self.url, self.token = url, token

    def get(self, path):
        request = urllib.request.Request(self.url + "/api/v4" + path, headers={"PRIVATE-TOKEN": self.token})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response), response.headers


def gb(executable, env, *args):
    result = subprocess.run([executable, *args], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        raise AssertionError(f"gb {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()[:400]}")
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise AssertionError(f"gb {' '.join(args)} printed no JSON ({error}): {result.stdout[:200]!r}")


def run(executable, url, token):
    env = dict(os.environ, GITBEAKER_HOST=url, GITBEAKER_TOKEN=token, NO_COLOR="1")
    api = Api(url, token)

    me = gb(executable, env, "users", "show-current-user")
    check(me["username"] == "root" and me["is_admin"] is True, "gb users show-current-user: root, an administrator")

    # gitbeaker walks offset pages through the Link header until there is no next page.
    projects = gb(executable, env, "projects", "all", "--per-page", "4", "--order-by", "id", "--sort", "asc")
    _, headers = api.get("/projects?per_page=1")
    total = int(headers["x-total"])
    ids = [p["id"] for p in projects]
    check(len(ids) == total and len(set(ids)) == total and ids == sorted(ids),
          f"gb projects all --per-page 4 walks every page: {len(ids)} projects, as x-total says")

    shown = gb(executable, env, "projects", "show", "--project-id", "web/storefront")
    reference, _ = api.get("/projects/" + urllib.parse.quote("web/storefront", safe=""))
    check(shown["id"] == reference["id"] and shown["path_with_namespace"] == "web/storefront"
          and shown["http_url_to_repo"] == reference["http_url_to_repo"],
          f"gb projects show --project-id web/storefront finds project {shown['id']}")

    suffix = str(int(time.time() * 1000))[-6:]
    group = gb(executable, env, "groups", "create", "--name", f"Beaker {suffix}", "--path", f"beaker-{suffix}")
    stored, _ = api.get(f"/groups/{group['id']}")
    check(group["full_path"] == f"beaker-{suffix}" and stored["name"] == f"Beaker {suffix}",
          f"gb groups create makes group {group['full_path']}")

    lint = gb(executable, env, "lint", "lint", "--project-id", "web/storefront",
              "--content", "build:\n  script: make\n")
    check(lint["valid"] is True and lint["errors"] == [], "gb lint lint finds a valid configuration valid")
    bad = gb(executable, env, "lint", "lint", "--project-id", "web/storefront", "--content", "build:\n  stage: x\n")
    check(bad["valid"] is False and bad["errors"], f"gb lint lint reports errors: {bad['errors']}")

    runners = gb(executable, env, "runners", "all")
    reference, _ = api.get("/runners/all?per_page=100")
    check(sorted(r["id"] for r in runners) == sorted(r["id"] for r in reference)
          and all("status" in r for r in runners), f"gb runners all lists the {len(runners)} runners")

    pipelines = gb(executable, env, "pipelines", "all", "--project-id", "web/storefront")
    reference, _ = api.get("/projects/" + urllib.parse.quote("web/storefront", safe="") + "/pipelines?per_page=100")
    check([p["id"] for p in pipelines] == [p["id"] for p in reference] and pipelines,
          f"gb pipelines all lists the project's {len(pipelines)} pipelines")


def main():
    executable = find_gb()
    if not executable:
        if not shutil.which("npm"):
            print("SKIP: npm is not installed, so @gitbeaker/cli cannot be (apt-get install npm, then scripts/deps.sh)")
            return 77
        print("FAIL: npm is installed but @gitbeaker/cli is not: run scripts/deps.sh")
        return 1
    return run_against_sandbox(__doc__, "@gitbeaker/cli", lambda url, token: run(executable, url, token))


if __name__ == "__main__":
    sys.exit(main())
