#!/usr/bin/env bash
# Builds the house-style fixtures: every test/fixtures/house-styles/src/*.html (own text, written in the
# layouts FGR, ORBA, HR21, UFO, onderwijs, FWG and own house styles publish) converted to .docx by three
# producers, pandoc, LibreOffice and python-docx (scripts/html-to-docx-python.py), so the reader is tested
# on three writers' XML. Needs pandoc, soffice and Debian's python3-docx (/usr/bin/python3).
# With a folder argument, builds that folder's src/*.html instead (a set scored with score.ts FOLDER).
set -euo pipefail
script=$(cd "$(dirname "$0")" && pwd)/html-to-docx-python.py
cd "${1:-$(dirname "$0")/../test/fixtures/house-styles}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for source in src/*.html; do
  name=$(basename "$source" .html)
  pandoc --from html --to docx --output "$name.pandoc.docx" "$source"
  cp "$source" "$work/$name.html"
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html" >/dev/null 2>&1
  mv "$work/$name.docx" "$name.libreoffice.docx"
  /usr/bin/python3 "$script" "$source" "$name.python-docx.docx"
  echo "schreef $name.pandoc.docx, $name.libreoffice.docx en $name.python-docx.docx"
done
