/**
 * Scores the reader on the house-style fixtures: for every .docx in test/fixtures/house-styles, the
 * template detected and the areas, tasks, indicators and competencies read, against what a person
 * reads (`src/<name>.expected.json`). `npx tsx test/house-styles/score.ts [--verbose] [folder]`: another
 * folder laid out the same way (a set of profiles the reader's authors did not write) is scored alike.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareWithExpected, type Expected, readFixture } from "./expected";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const folder = args.find((arg) => !arg.startsWith("--")) ?? join(__dirname, "..", "fixtures", "house-styles");
let checks = 0;
let right = 0;
let detected = 0;
let files = 0;
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith(".docx"))
  .sort()) {
  const name = file.replace(/\.(pandoc|libreoffice|python-docx)\.docx$/, "");
  const expected = JSON.parse(readFileSync(join(folder, "src", `${name}.expected.json`), "utf8")) as Expected;
  const analysis = readFixture(join(folder, file));
  const result = compareWithExpected(analysis, expected);
  files++;
  checks += result.checks;
  right += result.right;
  if (result.templateRight) detected++;
  const share = Math.round((100 * result.right) / result.checks);
  console.log(`${share.toString().padStart(3)}%  ${analysis.profile.template.id ?? "-"}  ${file}`);
  if (verbose) for (const problem of result.problems) console.log(`       ${problem}`);
}
console.log(
  `\nstructure ${Math.round((100 * right) / checks)}% (${right}/${checks}), detected ${detected}/${files}`,
);
