"""What the fidelity scripts share: a labdesk-sandbox process, checks and the main routine."""
import os
import subprocess
import sys
import tempfile


class Sandbox:
    """`with Sandbox(build_dir, seed) as s:` gives s.url and s.token of a running labdesk-sandbox."""

    def __init__(self, build_dir, seed="demo"):
        self.executable = os.path.join(build_dir, "src/sandbox/labdesk-sandbox")
        self.seed = seed
        self.url = None
        self.token = None
        self._tmp = None
        self._process = None

    def __enter__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="labdesk-fidelity-")
        token_file = os.path.join(self._tmp.name, "token")
        self._process = subprocess.Popen(
            [self.executable, "--listen", "127.0.0.1:0", "--seed", self.seed, "--admin-token-file", token_file,
             "--data", os.path.join(self._tmp.name, "data")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self._process.stdout.readline().decode().strip()
        if not line.startswith("listening on "):
            self.__exit__(None, None, None)
            raise RuntimeError(f"labdesk-sandbox did not start: {line!r}")
        self.url = line.split()[-1]
        with open(token_file) as f:
            self.token = f.read().strip()
        return self

    def __exit__(self, *exc):
        if self._process:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._tmp:
            self._tmp.cleanup()
        return False


def check(condition, message):
    """Asserts one step, and says so."""
    if not condition:
        raise AssertionError(message)
    print(f"PASS: {message}")


def run_against_sandbox(doc, name, run, failures=(AssertionError,)):
    """main() of a fidelity script: `run(url, token)` against a demo sandbox; exit 0, 1 or 2."""
    if len(sys.argv) != 2:
        print(doc)
        return 2
    with Sandbox(sys.argv[1], "demo") as sandbox:
        try:
            run(sandbox.url, sandbox.token)
        except failures as error:
            print(f"FAIL: {type(error).__name__}: {error}")
            return 1
    print(f"{name} fidelity: all checks passed")
    return 0
