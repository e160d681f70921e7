"""What the wheel installs: belteam and belteam_gui, never top-level `ui` or `resources`."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETUP = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder(package: str) -> Path:
    """The source folder setuptools takes ``package`` from, by the package-dir mapping."""
    mapping = SETUP["package-dir"]
    for name in sorted(mapping, key=len, reverse=True):
        if package == name or package.startswith(name + "."):
            rest = package[len(name):].lstrip(".")
            return ROOT / mapping[name] / rest.replace(".", "/")
    return ROOT / package.replace(".", "/")


def test_no_generic_top_level_names_are_installed():
    tops = {p.split(".")[0] for p in SETUP["packages"]}
    assert tops == {"belteam", "belteam_gui"}


def test_every_package_folder_is_listed_and_every_listed_package_exists():
    listed = set(SETUP["packages"])
    for package in listed:
        assert (_folder(package) / "__init__.py").is_file(), package
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "belteam").rglob("__init__.py")}
    on_disk |= {".".join(("belteam_gui", *p.parent.relative_to(ROOT / "ui").parts))
                for p in (ROOT / "ui").rglob("__init__.py")}
    assert on_disk <= listed


def test_resources_are_read_through_the_package():
    from belteam_gui.resources import example_file, resource

    assert resource("belteam.qss").is_file()
    assert resource("translations", "belteam_nl.qm").is_file()
    assert example_file("residents").read_text(encoding="utf-8").startswith("code")
