#!/usr/bin/env bash
# Writes the fixtures whose WordprocessingML LibreOffice writes (needs `soffice`, LibreOffice 7+):
#   test/fixtures/libreoffice-seed-000.docx          seed 000 reproduction, docx -> odt -> docx
#   test/fixtures/libreoffice-paragraph-areas.docx   from test/fixture-builders/libreoffice/*.fodt
# Runs scripts/build-fixtures.ts first so both start from the current builders.
# Usage: scripts/build-libreoffice-fixtures.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixtures="$root/test/fixtures"
sources="$root/test/fixture-builders/libreoffice"

if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice (LibreOffice) niet gevonden / not found: installeer LibreOffice / install LibreOffice" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of our own: another LibreOffice running with the default profile would make soffice
# hand the job to that instance or fail silently.
profile="file://$work/profile"

convert() { # convert <filter> <outdir> <file>
  soffice -env:UserInstallation="$profile" --headless --norestore --convert-to "$1" --outdir "$2" "$3" >/dev/null
}

(cd "$root" && npx tsx scripts/build-fixtures.ts >/dev/null)

mkdir -p "$work/odt" "$work/docx"
convert odt "$work/odt" "$fixtures/seed-000-functieprofiel.docx"
convert 'docx:MS Word 2007 XML' "$work/docx" "$work/odt/seed-000-functieprofiel.odt"
cp "$work/docx/seed-000-functieprofiel.docx" "$fixtures/libreoffice-seed-000.docx"

convert 'docx:MS Word 2007 XML' "$work/docx" "$sources/functieprofiel-paragraph-areas.fodt"
cp "$work/docx/functieprofiel-paragraph-areas.docx" "$fixtures/libreoffice-paragraph-areas.docx"

for file in libreoffice-seed-000.docx libreoffice-paragraph-areas.docx; do
  if [ ! -s "$fixtures/$file" ]; then
    echo "$file is niet gemaakt / was not written" >&2
    exit 1
  fi
  echo "$file $(wc -c <"$fixtures/$file") bytes"
done
