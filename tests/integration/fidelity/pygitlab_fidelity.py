#!/usr/bin/python3
"""Fidelity proof: Debian's python-gitlab, unmodified, against a running labdesk-sandbox.

usage: /usr/bin/python3 pygitlab_fidelity.py BUILD_DIR

Starts `labdesk-sandbox --seed demo`, then drives it only through python-gitlab: lists every
project across pages (offset and keyset), gets a project by path, creates a group and a project,
adds and lists SSH keys, creates a pipeline and reads a job's trace, lints configurations and
lists runners. Every step asserts what python-gitlab returned. Exit 0 when all pass, 1 on the
first failure, 77 (CTest's skip) when python3-gitlab is not installed.
"""
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_process import check, run_against_sandbox  # noqa: E402

try:
    import gitlab
except ImportError:
    print("SKIP: python3-gitlab is not installed (scripts/deps.sh installs it)")
    sys.exit(77)

# A well-formed ed25519 public key (generated once for this test; the private half was discarded).
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJj2uCAHWap9Ym7L+ahHF8ENxUdEo6duoBDvQDC2iaT3 fidelity@labdesk"
SSH_FINGERPRINT = "hp6PiQUGyH4yRR9TbNGGRygtz79/tt00nrdDCO93ook"  # ssh-keygen -lf of the key above

CI_CONFIG = """\
stages: [build, test]
build:
  stage: build
  script:
    - echo "building $GREETING"
unit:
  stage: test
  script: make test
"""


def wait_for(predicate, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def run(url, token):
    gl = gitlab.Gitlab(url, private_token=token)
    gl.auth()
    check(gl.user.username == "root", "auth() reads the current user (root)")
    version, revision = gl.version()
    check(version not in ("unknown", "") and revision, f"version() answers {version} ({revision})")

    # Offset pagination: python-gitlab follows the Link header (per_page=3 gives many pages).
    offset = gl.projects.list(get_all=True, per_page=3, order_by="id", sort="asc")
    ids = [p.id for p in offset]
    check(len(ids) > 6 and len(set(ids)) == len(ids) and ids == sorted(ids),
          f"projects.list(get_all=True, per_page=3) walks every page: {len(ids)} distinct projects in id order")
    first_page = gl.projects.list(per_page=3, page=1, order_by="id", sort="asc", get_all=False)
    check(len(first_page) == 3, "a single offset page holds per_page projects")
    lazy = gl.projects.list(iterator=True, per_page=3, order_by="id", sort="asc")
    check(lazy.total == len(ids) and lazy.total_pages == -(-len(ids) // 3) and lazy.per_page == 3,
          f"x-total ({lazy.total}), x-total-pages ({lazy.total_pages}) and x-per-page agree with the listing")

    # Keyset pagination, as GitLab offers for projects.
    keyset = gl.projects.list(get_all=True, pagination="keyset", order_by="id", sort="asc", per_page=4)
    check([p.id for p in keyset] == ids, f"keyset pagination (per_page=4) returns the same {len(ids)} projects")

    # A project by its full path (python-gitlab encodes the slash as %2F).
    storefront = gl.projects.get("web/storefront")
    check(storefront.path_with_namespace == "web/storefront" and storefront.namespace["full_path"] == "web",
          f"projects.get('web/storefront') finds project {storefront.id}")
    check(storefront.http_url_to_repo.startswith(url) and storefront.http_url_to_repo.endswith("web/storefront.git"),
          f"its http_url_to_repo points at the sandbox ({storefront.http_url_to_repo})")
    try:
        gl.projects.get("web/no-such-project")
        raise AssertionError("a missing project should raise GitlabGetError")
    except gitlab.exceptions.GitlabGetError as error:
        check(error.response_code == 404 and "404 Project Not Found" in str(error.error_message),
              "a missing project answers 404 Project Not Found")

    # A group and a project in it.
    suffix = str(int(time.time() * 1000))[-6:]
    group = gl.groups.create({"name": f"Fidelity {suffix}", "path": f"fidelity-{suffix}", "visibility": "private"})
    check(group.full_path == f"fidelity-{suffix}" and gl.groups.get(group.id).name == f"Fidelity {suffix}",
          f"groups.create makes group {group.full_path}")
    subgroup = gl.groups.create({"name": "Nested", "path": "nested", "parent_id": group.id})
    check(subgroup.full_path == f"fidelity-{suffix}/nested", "a subgroup gets the parent's path as prefix")
    project = gl.projects.create({"name": "Proof", "namespace_id": group.id, "initialize_with_readme": True})
    check(project.path_with_namespace == f"fidelity-{suffix}/proof" and project.default_branch == "main",
          f"projects.create makes {project.path_with_namespace} with default branch main")
    check(any(p.id == project.id for p in group.projects.list(get_all=True)), "the group lists its new project")
    readme = project.files.get("README.md", ref="main")
    check(readme.decode().startswith(b"# Proof"), "the initialized README is in the repository")

    # SSH keys: add, list, refuse a duplicate, delete.
    key = gl.user.keys.create({"title": "fidelity", "key": SSH_KEY})
    # GitLab shows the publishable key: type and blob, with "<name> (<host>)" as its comment.
    check(key.title == "fidelity" and key.key.startswith(" ".join(SSH_KEY.split()[:2]) + " Administrator (")
          and key.usage_type == "auth_and_signing", f"user.keys.create returns the publishable key ({key.key[-30:]})")
    by_fingerprint = gl.http_get("/keys", query_data={"fingerprint": "SHA256:" + SSH_FINGERPRINT})
    check(by_fingerprint["id"] == key.id and by_fingerprint["user"]["username"] == "root",
          "GET /keys?fingerprint=SHA256:... finds the key and its owner (admin)")
    check(any(k.id == key.id and k.title == "fidelity" for k in gl.user.keys.list(get_all=True)),
          "user.keys.list includes the new key")
    try:
        gl.user.keys.create({"title": "again", "key": SSH_KEY})
        raise AssertionError("a duplicate key should be refused")
    except gitlab.exceptions.GitlabCreateError as error:
        check(error.response_code == 400 and "has already been taken" in str(error.error_message),
              "a duplicate key answers 400 'has already been taken'")

    # CI lint of the project (GET lints the file on the default branch; POST lints given content).
    lint = project.ci_lint.create({"content": CI_CONFIG})
    check(lint.valid is True and lint.errors == [], "ci_lint.create finds a valid configuration valid")
    bad = project.ci_lint.create({"content": "build:\n  stage: build\n"})
    check(bad.valid is False and any("script" in e for e in bad.errors),
          f"ci_lint.create reports a job without script: {bad.errors}")

    # A pipeline: commit .gitlab-ci.yml, create a pipeline with a variable, read a job trace.
    project.files.create({"file_path": ".gitlab-ci.yml", "branch": "main", "content": CI_CONFIG,
                          "commit_message": "Add CI"})
    on_default = project.ci_lint.get()
    check(on_default.valid is True, "ci_lint.get() lints the committed .gitlab-ci.yml as valid")
    pipeline = project.pipelines.create({"ref": "main",
                                         "variables": [{"key": "GREETING", "value": "fidelity"}]})
    check(pipeline.ref == "main" and pipeline.status in ("created", "pending", "running"),
          f"pipelines.create starts pipeline {pipeline.id} ({pipeline.status})")
    check([v.key for v in pipeline.variables.list()] == ["GREETING"], "the pipeline keeps its variable")
    jobs = pipeline.jobs.list(get_all=True)
    check(sorted(j.name for j in jobs) == ["build", "unit"], "the pipeline has the jobs build and unit")
    build_id = next(j.id for j in jobs if j.name == "build")
    wait_for(lambda: project.jobs.get(build_id).status in ("success", "failed"), "job build to finish")
    trace = project.jobs.get(build_id).trace()
    check(isinstance(trace, bytes) and b"Job succeeded" in trace and b"echo \"building $GREETING\"" in trace,
          f"jobs.get(...).trace() returns the log as bytes ({len(trace)} bytes)")
    finished = wait_for(lambda: (lambda p: p if p.status in ("success", "failed") else None)(
        project.pipelines.get(pipeline.id)), "the pipeline to finish")
    check(finished.status == "success", "the pipeline finishes with success")
    check(any(p.id == pipeline.id for p in project.pipelines.list(ref="main", get_all=True)),
          "pipelines.list(ref='main') lists it")

    # Runners: the seeded ones, with their statuses; a new runner with a glrt- token.
    runners = gl.runners.all(get_all=True)
    statuses = {r.description: r.status for r in runners}
    check(statuses.get("shared-docker") == "online" and statuses.get("new-arm64-runner") == "never_contacted",
          f"runners.all lists every runner with its status ({len(runners)} runners)")
    mine = gl.runners.list(get_all=True)
    check(all(hasattr(r, "status") for r in mine), f"runners.list answers ({len(mine)} runners)")
    created = gl.http_post("/user/runners", post_data={"runner_type": "project_type", "project_id": project.id,
                                                       "description": "fidelity", "tag_list": "fidelity"})
    check(created["token"].startswith("glrt-"), "POST /user/runners returns a one-time glrt- token")
    runner = gl.runners.get(created["id"])
    check(runner.description == "fidelity" and runner.status == "never_contacted" and runner.tag_list == ["fidelity"],
          "runners.get shows the new runner as never_contacted")
    check(any(r.id == runner.id for r in project.runners.list(get_all=True)), "project.runners.list includes it")

    key.delete()
    check(all(k.id != key.id for k in gl.user.keys.list(get_all=True)), "the key is gone after delete()")
    project.delete()
    group.delete()
    check(True, "project and group deleted")


def main():
    return run_against_sandbox(__doc__, "python-gitlab", run,
                               (AssertionError, AttributeError, KeyError, gitlab.exceptions.GitlabError))


if __name__ == "__main__":
    sys.exit(main())
