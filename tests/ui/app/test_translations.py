"""Every string on screen has a Dutch translation, and the compiled .qm matches the .ts."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "belteam_nl.ts"
QM = ROOT / "resources" / "translations" / "belteam_nl.qm"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is missing; it comes with PySide6-Essentials")
    return path


def test_every_ui_string_is_in_the_dutch_ts_and_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], check=True, capture_output=True)
    missing = [
        f"{ctx.findtext('name')}: {msg.findtext('source')!r}"
        for ctx in ET.parse(fresh).getroot().iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (msg.findtext("translation") or "").strip()
        and msg.find("translation").find("numerusform") is None
    ]
    assert not missing, "untranslated (run scripts/update-translations.sh):\n" + "\n".join(missing[:50])


def test_compiled_qm_matches_the_ts(tmp_path):
    out = tmp_path / "check.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert QM.read_bytes() == out.read_bytes(), "run scripts/update-translations.sh"


def test_dutch_translator_loads_and_translates(qapp):
    from belteam_gui.app import i18n
    from PySide6.QtCore import QCoreApplication

    i18n.install("nl")
    try:
        assert QCoreApplication.translate("Pages", "Residents") == "Deelnemers"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("Pages", "Residents") == "Residents"
