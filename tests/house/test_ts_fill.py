"""scripts/ts_fill.py: fills a .ts from the JSON in lupdate's own layout, and checks placeholders."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("ts_fill", ROOT / "scripts" / "ts_fill.py")
ts_fill = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ts_fill)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Page</name>
    <message>
        <source>Coordinator&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>days, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_fill_writes_lupdate_layout_and_reports_what_is_missing():
    strings = {"Page|Coordinator's &name": "&Naam van de coördinator",
               "Page|%n calls": ["%n gesprek", "%n gesprekken"],
               "Page|%1, %2|days, time": "%1, %2"}
    text, missing, warnings = ts_fill.fill(TS, strings)
    assert "<translation>&amp;Naam van de coördinator</translation>" in text
    assert ("<translation>\n            <numerusform>%n gesprek</numerusform>\n"
            "            <numerusform>%n gesprekken</numerusform>\n        </translation>") in text
    assert "<comment>days, time</comment>\n        <translation>%1, %2</translation>" in text
    assert missing == ["Page|Not yet"] and not warnings
    assert ts_fill.harvest(text, {}) == 3


def test_placeholders_and_mnemonics_are_checked():
    assert ts_fill.problems("%1 of %2", "%1 van") != []
    assert ts_fill.problems("&Save", "Opslaan") != []
    assert ts_fill.problems("'{value}' is wrong", "'{waarde}' klopt niet") != []
    assert ts_fill.problems("<b>%1</b> days", "<b>%1</b> dagen") == []
