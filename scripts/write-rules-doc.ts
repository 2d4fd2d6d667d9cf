/**
 * Writes the table of rules in docs/rules.md from the rule registry (src/core/rules/index.ts): id, default
 * severity and what each checks, between the `rules:start` and `rules:end` markers. `npm run docs:rules`;
 * a test fails when a registered rule is missing from the doc.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { RULES } from "../src/core/rules";

const START = "<!-- rules:start (npm run docs:rules writes this table) -->";
const END = "<!-- rules:end -->";

export function rulesTable(): string {
  const rows = RULES.map(
    (rule) => `| \`${rule.meta.id}\` | ${rule.meta.severity} | ${rule.meta.description.en} |`,
  );
  return ["| rule | default severity | what it reports |", "| --- | --- | --- |", ...rows].join("\n");
}

async function main() {
  const path = join(__dirname, "..", "docs", "rules.md");
  const doc = readFileSync(path, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} block`);
  const text = `${doc.slice(0, start + START.length)}\n\n${rulesTable()}\n\n${doc.slice(end)}`;
  // Written as the repository's formatter writes Markdown, so `npm run lint` passes right after.
  writeFileSync(path, await format(text, { ...((await resolveConfig(path)) ?? {}), filepath: path }));
  console.log("schreef docs/rules.md");
}

if (require.main === module) void main();
