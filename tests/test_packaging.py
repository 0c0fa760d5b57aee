"""The wheel must carry every part of Tactful: `pip install .` is how newcomers start."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_under_server_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "server").parts)
        for init in (ROOT / "server").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"


def test_templates_and_sample_data_ship_as_package_data() -> None:
    from importlib import resources

    templates = {entry.name for entry in resources.files("tactful.templates").iterdir()}
    sample = {entry.name for entry in resources.files("tactful.sample").iterdir()}
    assert {"decline.txt.j2", "reschedule.txt.j2", "accept.txt.j2"} <= templates
    assert {"inbox.mbox", "calendar.ics"} <= sample
