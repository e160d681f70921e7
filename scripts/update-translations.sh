#!/usr/bin/env bash
# Extract every tr()/translate() string from ui/ (and the domain's _() messages, through the
# generated ui/app/domain_strings.py) into the Dutch .ts, fill the translations from
# resources/translations/nl_strings.json, then compile the .qm.
# New strings: add them to nl_strings.json ("context|source": "Dutch"; `python
# scripts/ts_fill.py --todo` lists the missing ones) and run this script again.
set -euo pipefail
cd "$(dirname "$0")/.."
python scripts/extract_domain_strings.py
pyside6-lupdate $(find ui -name "*.py" | sort) -no-obsolete -locations none -ts resources/translations/belteam_nl.ts
python scripts/ts_fill.py
pyside6-lrelease resources/translations/belteam_nl.ts -qm resources/translations/belteam_nl.qm
