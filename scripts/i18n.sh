#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them into package data.
#
#   bash scripts/i18n.sh            # lupdate (translations/*.ts) + lrelease (data/i18n/*.qm)
#   bash scripts/i18n.sh release    # lrelease only (after editing the .ts files)
#
# translations/fieldvault_ko.ts and _ru.ts hold every interface string; fieldvault_en.ts
# holds only the plural forms ("%n case(s)" -> "1 case" / "2 cases"). Strings that left
# the code are dropped (-no-obsolete); new ones arrive as type="unfinished" until someone
# translates them (Qt Linguist: .venv/bin/pyside6-linguist translations/fieldvault_ru.ts),
# and tests/ui/test_i18n.py fails until they are. Use the terms in translations/glossary.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-$(dirname "$(command -v python)")}"
[ -x "$BIN/pyside6-lupdate" ] || BIN=.venv/bin
SOURCES=desktop/fieldvault/ui
OUT=desktop/fieldvault/data/i18n
if [ "${1:-}" != "release" ]; then
    "$BIN/pyside6-lupdate" -silent -extensions py -locations none -no-obsolete "$SOURCES" \
        -ts translations/fieldvault_ko.ts translations/fieldvault_ru.ts
    "$BIN/pyside6-lupdate" -silent -extensions py -locations none -no-obsolete -pluralonly \
        "$SOURCES" -ts translations/fieldvault_en.ts
fi
for ts in translations/fieldvault_*.ts; do
    name=$(basename "$ts" .ts)
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "$OUT/$name.qm"
done
