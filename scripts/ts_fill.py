"""Fill the Dutch .ts from resources/translations/nl_strings.json, keeping lupdate's layout.

The JSON maps ``"context|source"`` (or ``"context|source|comment"`` when lupdate shows a
disambiguation comment) to the Dutch text, or to a list of forms for a ``%n`` (numerus)
message. Filled messages lose ``type="unfinished"``; others are left for a translator.

    python scripts/ts_fill.py            fill, report what is still missing
    python scripts/ts_fill.py --todo     print the missing ones as JSON, ready to translate
    python scripts/ts_fill.py --harvest  copy finished translations made in the .ts (Qt
                                         Linguist, by hand) into the JSON first (the .ts wins)

The file is edited as text, message by message, so the result is byte-for-byte what
lupdate writes itself (lupdate rewrites it on every run; a small diff stays small).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "belteam_nl.ts"
STRINGS = ROOT / "resources" / "translations" / "nl_strings.json"

_CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_TRANSLATION = re.compile(r"( *)<translation[^>]*?(?:/>|>.*?</translation>)", re.S)
_PLACEHOLDERS = re.compile(r"%(?:\d+|n)|\{[a-z_]+(?:![rs])?\}|</?[a-zA-Z]+[^>]*>")


def escape(text: str) -> str:
    """Escape as lupdate does (apostrophes and quotes too)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _field(body: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    return html.unescape(match.group(1)) if match else None


def key_of(context: str, body: str) -> tuple[str, str]:
    """The JSON key with and without the disambiguation comment."""
    plain = f"{context}|{_field(body, 'source') or ''}"
    comment = _field(body, "comment")
    return (f"{plain}|{comment}" if comment else plain), plain


def _translation_xml(indent: str, value: str | list[str], numerus: bool) -> str:
    if not numerus:
        return f"{indent}<translation>{escape(str(value))}</translation>"
    forms = value if isinstance(value, list) else [value, value]
    inner = "".join(f"\n{indent}    <numerusform>{escape(form)}</numerusform>" for form in forms)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def problems(source: str, value: str | list[str]) -> list[str]:
    """Placeholders, tags and mnemonics a translation must keep."""
    found = []
    for text in value if isinstance(value, list) else [value]:
        if sorted(_PLACEHOLDERS.findall(source)) != sorted(_PLACEHOLDERS.findall(text)):
            found.append(f"placeholders differ: {text!r}")
        plain = text.replace("&&", "")
        if ("&" in source.replace("&&", "")) != ("&" in plain) or plain.count("&") > 1:
            found.append(f"mnemonic (&) differs: {text!r}")
    return found


def fill(ts_text: str, strings: dict[str, str | list[str]]) -> tuple[str, list[str], list[str]]:
    """The .ts with translations filled in; the keys still missing; warnings."""
    missing: list[str] = []
    warnings: list[str] = []

    def message(match: re.Match, context: str) -> str:
        numerus, body = bool(match.group(1)), match.group(2)
        full, plain = key_of(context, body)
        value = strings.get(full, strings.get(plain))
        if value in (None, "", []):
            if _TRANSLATION.search(body) and 'type="unfinished"' in body:
                missing.append(full)
            return match.group(0)
        warnings.extend(f"{full}: {w}" for w in problems(_field(body, "source") or "", value))
        old = _TRANSLATION.search(body)
        new = _translation_xml(old.group(1), value, numerus) if old else ""
        if old and 'type="' not in old.group(0) and old.group(0) != new:
            # Someone translated it in the .ts (Linguist): the JSON wins, so say so.
            warnings.append(f"{full}: the .ts had another translation; nl_strings.json wins "
                            "(use --harvest first to keep the .ts one)")
        body = _TRANSLATION.sub(lambda t: _translation_xml(t.group(1), value, numerus), body, 1)
        return f"<message{match.group(1) or ''}>{body}</message>"

    def context(match: re.Match) -> str:
        name = html.unescape(match.group(2))
        inner = _MESSAGE.sub(lambda m: message(m, name), match.group(3))
        return match.group(1) + inner + match.group(4)

    return _CONTEXT.sub(context, ts_text), missing, warnings


def harvest(ts_text: str, strings: dict[str, str | list[str]]) -> int:
    """Copy finished translations of the .ts into ``strings`` (the .ts wins); return how many."""
    added = 0
    for context in _CONTEXT.finditer(ts_text):
        name = html.unescape(context.group(2))
        for message in _MESSAGE.finditer(context.group(3)):
            body = message.group(2)
            translation = _TRANSLATION.search(body)
            if not translation or "type=" in translation.group(0).split(">", 1)[0]:
                continue
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation.group(0), re.S)
            value = ([html.unescape(f) for f in forms] if message.group(1)
                     else _field(translation.group(0).strip(), "translation"))
            full, plain = key_of(name, body)
            key = plain if plain in strings and full not in strings else full
            if value and strings.get(key) != value:
                strings[key] = value
                added += 1
    return added


def save_strings(strings: dict[str, str | list[str]]) -> None:
    STRINGS.write_text(json.dumps(dict(sorted(strings.items())), ensure_ascii=False, indent=1)
                       + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    strings = json.loads(STRINGS.read_text(encoding="utf-8")) if STRINGS.exists() else {}
    if "--harvest" in argv:
        print(f"{harvest(TS.read_text(encoding='utf-8'), strings)} translations harvested")
        save_strings(strings)
    text, missing, warnings = fill(TS.read_text(encoding="utf-8"), strings)
    if "--todo" in argv:
        print(json.dumps({key: "" for key in missing}, ensure_ascii=False, indent=1))
        return 0
    TS.write_text(text, encoding="utf-8")
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    print(f"{len(strings)} translations known; {len(missing)} messages still untranslated")
    for key in missing[:20]:
        print("  missing:", key)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
