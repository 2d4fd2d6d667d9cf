import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { analyse } from "../core/analyse";
import { newFindings, newPointsText } from "../core/findings/new-points";
import type { Finding } from "../core/findings/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS } from "../data";
import { applyPlan } from "../hosts/docx/apply-plan";
import { readDocx } from "../hosts/docx/read-docx";
import type { Command } from "./args";
import { UsageError } from "./args";
import { type CliIo, EXIT } from "./io";
import { resolveTemplate } from "./own-data";

type FixCommand = Extract<Command, { name: "fix" }>;

type SafeFinding = Finding & { fix: Extract<NonNullable<Finding["fix"]>, { kind: "plan" }> };

function isSafe(finding: Finding, rules: readonly string[]): finding is SafeFinding {
  return (
    finding.fix?.kind === "plan" && finding.fix.safe && (rules.length === 0 || rules.includes(finding.rule))
  );
}

/**
 * Applies every safe fix to a copy, one at a time: after each plan the copy is read and checked again,
 * so the next plan is anchored on the document as it now is. The input file is never written.
 */
export async function runFix(command: FixCommand, io: CliIo): Promise<number> {
  if (resolve(command.file) === resolve(command.out)) {
    throw new UsageError(
      "Het herstelde bestand moet een andere naam krijgen dan het origineel; het origineel blijft ongewijzigd.",
    );
  }
  const { templates, forced } = await resolveTemplate(command.template === null ? [] : [command.template]);
  const language = command.language;
  let bytes = new Uint8Array(await readFile(command.file));
  const done: string[] = [];
  const tried = new Set<string>();
  let first: Finding[] | null = null;
  let last: Finding[] = [];
  for (let round = 0; round < 100; round++) {
    const document = readDocx(bytes, { name: command.file }).value;
    const analysis = analyse(document.snapshot, {
      templates,
      templateId: forced,
      library: BUILT_IN_LIBRARY,
      standardTexts: BUILT_IN_STANDARD_TEXTS,
    }).value;
    first ??= analysis.findings;
    last = analysis.findings;
    const next = analysis.findings.find(
      (finding): finding is SafeFinding => isSafe(finding, command.rules) && !tried.has(finding.fix.plan.id),
    );
    if (!next) break;
    tried.add(next.fix.plan.id);
    bytes = applyPlan(document, next.fix.plan).value.bytes;
    done.push(`${next.fix.title[language]} (${next.rule})`);
  }
  await writeFile(command.out, bytes);
  const nl = language === "nl";
  if (done.length === 0) {
    io.stdout.write(
      nl
        ? `Niets veilig te herstellen; ${command.out} is een ongewijzigde kopie.\n`
        : `Nothing safe to fix; ${command.out} is an unchanged copy.\n`,
    );
  } else {
    io.stdout.write(
      `${nl ? `Hersteld in ${command.out}:` : `Fixed in ${command.out}:`}\n${done.map((line) => `  ✓ ${line}\n`).join("")}`,
    );
    // What was inserted may hold placeholders of its own: say so, or the rise in errors looks like a fault.
    const added = newFindings(first ?? [], last).filter((finding) => finding.severity !== "info");
    if (added.length > 0) {
      const lines = added.map((finding) => `  • ${finding.message[language]}\n`).join("");
      io.stdout.write(`${newPointsText(added.length)[language]}\n${lines}`);
    }
  }
  return EXIT.ok;
}
