"""The extension's JavaScript unit tests, run by Node's own test runner (`node --test`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

EXTENSION = Path(__file__).resolve().parents[1] / "extension"


def test_the_extensions_javascript_unit_tests_pass() -> None:
    node = shutil.which("node")
    assert node is not None, "Node.js is missing: install nodejs (.ci/run does it) to run the extension's unit tests"
    files = sorted(str(path.relative_to(EXTENSION)) for path in EXTENSION.glob("test/*.test.js"))
    assert len(files) >= 8, files
    result = subprocess.run(
        [node, "--test", "--test-reporter=tap", *files],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout
