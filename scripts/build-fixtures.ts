/**
 * Writes every generated .docx fixture to test/fixtures/ (run: `npx tsx scripts/build-fixtures.ts`, or
 * `npm run fixtures`). The LibreOffice-written fixtures come from scripts/build-libreoffice-fixtures.sh,
 * which runs this first.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_FIXTURES, LIBREOFFICE_SOURCES } from "../test/fixture-builders";

async function main(): Promise<void> {
  const folder = join(__dirname, "..", "test", "fixtures");
  mkdirSync(folder, { recursive: true });
  for (const fixture of GENERATED_FIXTURES) {
    const bytes = await fixture.build();
    writeFileSync(join(folder, fixture.file), bytes);
    console.log(`${fixture.file.padEnd(48)} ${String(bytes.length).padStart(7)} bytes`);
  }
  const builders = join(__dirname, "..", "test", "fixture-builders");
  for (const source of LIBREOFFICE_SOURCES) {
    const text = source.render();
    writeFileSync(join(builders, source.file), text, "utf8");
    console.log(`${source.file.padEnd(48)} ${String(text.length).padStart(7)} chars`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
