"""Write the domain's messages for pyside6-lupdate, and refuse ui/ strings lupdate cannot see.

* ``ui/app/domain_strings.py`` (generated): every ``_("...")`` / ``N_("...")`` literal in
  belteam/*.py (belteam.core.messages), as ``QT_TRANSLATE_NOOP("Domain", ...)``; the window
  translates them through the "Domain" context (ui/i18n.py).
* ui/ strings translated through a context held in a variable (``translate(CTX, "...")``),
  an alias (``QT_TRANSLATE_NOOP as N``) or a module-level ``tr()`` wrapper are skipped or
  misfiled by lupdate, so at run time they stay English. They are reported as errors: write
  the context as a literal in the call itself.

Run by scripts/update-translations.sh before lupdate; tests/test_domain_strings.py checks
that the file is up to date and that no such ui/ string exists.
``python scripts/extract_domain_strings.py [--check]``.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN_OUT = ROOT / "ui" / "app" / "domain_strings.py"
GENERATED = {DOMAIN_OUT.name}
DOMAIN_MARKERS = {"_", "N_"}
TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}

Entry = tuple[str, str, str, bool]  # (context, source, disambiguation, has a %n count)


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def domain_strings(package: Path = ROOT / "belteam") -> list[str]:
    """Sorted, unique ``_("...")``/``N_("...")`` literals of the domain package."""
    found: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in DOMAIN_MARKERS and node.args):
                text = _literal(node.args[0])
                if text:
                    found.add(text)
    return sorted(found)


class _Module:
    """What one ui/ module's translate calls need: string constants, aliases, tr() wrappers."""

    def __init__(self, tree: ast.Module) -> None:
        self.constants = {target.id: node.value.value for node in tree.body
                          if isinstance(node, ast.Assign) and _literal(node.value) is not None
                          for target in node.targets if isinstance(target, ast.Name)}
        self.aliases = {alias.asname: alias.name for node in tree.body
                        if isinstance(node, ast.ImportFrom) for alias in node.names
                        if alias.asname and alias.name in TRANSLATE_CALLS}
        self.wrappers = {node.name: found for node in tree.body
                         if isinstance(node, ast.FunctionDef)
                         and (found := self._wrapped_context(node)) is not None}

    def _context(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return _literal(node)

    def _wrapped_context(self, func: ast.FunctionDef) -> tuple[str, bool] | None:
        """Context (and whether a count is passed on) of ``def tr(text): translate(CTX, text)``."""
        if not func.args.args:
            return None
        param = func.args.args[0].arg
        for node in ast.walk(func):
            if (isinstance(node, ast.Call) and _call_name(node) == "translate"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Name)
                    and node.args[1].id == param):
                context = self._context(node.args[0])
                return None if context is None else (context, len(node.args) >= 4)
        return None

    def entry(self, call: ast.Call) -> Entry | None:
        """The (context, source, disambiguation) lupdate would miss, else None."""
        name = _call_name(call)
        args = call.args
        if isinstance(call.func, ast.Name) and name in self.wrappers:
            source = _literal(args[0]) if args else None
            context, counts = self.wrappers[name]
            return (context, source, "", counts and len(args) >= 2) if source else None
        aliased = isinstance(call.func, ast.Name) and name in self.aliases
        real = self.aliases.get(name, name) if aliased else name
        if real not in TRANSLATE_CALLS or len(args) < 2:
            return None
        source, context = _literal(args[1]), self._context(args[0])
        if not source or context is None or (_literal(args[0]) is not None and not aliased):
            return None  # lupdate reads literal contexts itself
        comment = _literal(args[2]) if len(args) > 2 else ""
        return context, source, comment or "", real == "translate" and len(args) >= 4


def indirect_strings(folder: Path = ROOT / "ui") -> list[Entry]:
    """Sorted, unique UI strings whose context lupdate cannot read."""
    found: set[Entry] = set()
    for path in sorted(folder.rglob("*.py")):
        if path.name in GENERATED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module = _Module(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (entry := module.entry(node)):
                found.add(entry)
    return sorted(found)


def _quote(text: str) -> str:
    """A double-quoted Python literal lupdate reads back to ``text``."""
    return json.dumps(text, ensure_ascii=False)


def _noop(context: str, source: str) -> str:
    return f"QT_TRANSLATE_NOOP({_quote(context)}, {_quote(source)}),"


def _render(doc: str, names: str, lines: list[str]) -> str:
    body = "\n".join(f"    {line}" for line in lines)
    return (f'"""{doc}"""\n\n'
            f"from PySide6.QtCore import {names}\n\n"
            f"STRINGS = [\n{body}\n]\n")


def render_domain(strings: list[str]) -> str:
    doc = ("Generated by scripts/extract_domain_strings.py: do not edit.\n\n"
           "The domain's messages (belteam.core.messages) for lupdate, in the \"Domain\" context.\n")
    return _render(doc, "QT_TRANSLATE_NOOP", [_noop("Domain", s) for s in strings])


def outputs() -> dict[Path, str]:
    return {DOMAIN_OUT: render_domain(domain_strings())}


def _report_hidden() -> int:
    """Print every ui/ string lupdate cannot see; the count."""
    hidden = indirect_strings()
    for context, source, _comment, _counted in hidden:
        print(f"ui/: {context}: {source!r} is hidden from lupdate: write "
              f"QCoreApplication.translate(\"{context}\", \"...\") with literals", file=sys.stderr)
    return len(hidden)


def main(argv: list[str]) -> int:
    stale = [path for path, text in outputs().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    hidden = _report_hidden()
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run scripts/update-translations.sh")
        return 1 if stale or hidden else 0
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(domain_strings())} domain strings")
    return 1 if hidden else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
