"""The house rule: belteam/ never imports Qt."""

import importlib
import pkgutil
import subprocess
import sys


def test_domain_never_imports_qt():
    code = (
        "import importlib, pkgutil, sys, belteam\n"
        "mods = [m.name for m in pkgutil.walk_packages(belteam.__path__, 'belteam.')\n"
        "        if not m.name.endswith('__main__')]\n"
        "for name in mods:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui.')))\n"
        "print(len(mods), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) >= 10  # the walk really imported the package


def test_every_domain_module_imports():
    import belteam

    for info in pkgutil.walk_packages(belteam.__path__, "belteam."):
        if not info.name.endswith("__main__"):  # running it would start the command line
            importlib.import_module(info.name)
