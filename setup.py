"""Build hook: compile the detection modules with mypyc when a C compiler is at hand.

Everything else about the package is in pyproject.toml.  Detection (``tactful.core.detect``,
``tactful.core.times`` and the quote splitting they start from) is pure, fully typed Python
that runs once per message; compiled by mypyc it runs about a quarter faster
(bench/detect_throughput.py).  The compiled modules are an option, never a requirement:

- with no compiler (or no Python headers, or mypyc failing), the build says why and the
  wheel holds the same modules as plain Python;
- an editable install (``pip install -e .``) is never compiled, so an edited ``.py`` file
  takes effect at once instead of being shadowed by a stale compiled copy;
- ``TACTFUL_PURE=1`` skips compiling on purpose.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
COMPILED = (
    sorted(str(path.relative_to(ROOT)) for path in (ROOT / "server/tactful/core/detect").glob("*.py"))
    + sorted(str(path.relative_to(ROOT)) for path in (ROOT / "server/tactful/core/times").glob("*.py"))
    + ["server/tactful/core/quoting.py", "server/tactful/core/subject.py"]
)


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them: a failed build leaves pure Python."""

    def run(self) -> None:
        if self.inplace:
            print("tactful: an in-place build (editable install): detection stays pure Python")
            return
        try:
            super().run()
        except Exception as error:  # the compiler's failure, whatever it is: fall back, do not fail the install
            # mypyc modules load one shared library: a partial build must not ship.
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            print(f"tactful: compiling detection failed ({error}); installing it as pure Python")


# The commands that build a wheel: setuptools also runs this file only to read the
# metadata, where type-checking the modules for mypyc would be time spent for nothing.
BUILDS = {"bdist_wheel", "build", "build_ext", "install"}


def _extensions() -> list[object]:
    if os.environ.get("TACTFUL_PURE") or BUILDS.isdisjoint(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        return list(mypycify(COMPILED, opt_level="3"))
    except (Exception, SystemExit) as error:  # mypy reports type errors by exiting: fall back the same way
        print(f"tactful: mypyc could not prepare detection ({error}); installing it as pure Python")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
