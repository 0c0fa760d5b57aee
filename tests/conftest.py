"""Shared test settings.

Under CI (``CI=true``) hypothesis runs derandomized: the same examples every run, so a
landing is never decided by the luck of the draw.  Locally it keeps exploring new
examples, which is where new failures are found and then pinned with ``@example``.
"""

import os

from hypothesis import settings

pytest_plugins = ["fakegoogle.fixtures", "databases"]

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")
