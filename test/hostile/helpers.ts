import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyse } from "../../src/core/analyse";
import { isProfielwijzerError, type ProfielwijzerError } from "../../src/core/common";
import { readReport, type ReportEntry } from "../../src/core/report/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";
import { readDocxSnapshot } from "../../src/hosts/docx/read-docx";
import { runCli, type CliRun } from "../cli/run-cli";
import { expectWithinBudget, runWithinBudget, type Budgeted } from "./budget";

/** Reads and checks bytes as the CLI does: read the .docx, then analyse it. */
export function readAndCheck(bytes: Uint8Array, name = "vijandig.docx") {
  const read = readDocxSnapshot(bytes, { name });
  const analysis = analyse(read.value, {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
  });
  return {
    snapshot: read.value,
    readMessages: read.messages,
    analysis: analysis.value,
    messages: analysis.messages,
  };
}

/** The ProfielwijzerError an outcome ended in; fails the test for a value or any other exception. */
export function refusalOf(run: Budgeted<unknown>): ProfielwijzerError {
  if ("value" in run.outcome) throw new Error("expected the input to be refused, but it was read");
  const error = run.outcome.error;
  if (!isProfielwijzerError(error)) throw error;
  return error;
}

/** Reads and checks within the hang and memory limits, and returns the refusal. */
export async function expectRefusal(
  bytes: Uint8Array,
  limits?: { ms?: number },
): Promise<ProfielwijzerError> {
  const run = await runWithinBudget(() => readAndCheck(bytes));
  expectWithinBudget(run, limits);
  return refusalOf(run);
}

/** A temporary folder with the given files, removed afterwards. */
export function withFolder<T>(
  files: Record<string, Uint8Array | string>,
  action: (folder: string) => Promise<T>,
): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), "profielwijzer-hostile-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return action(folder).finally(() => rmSync(folder, { recursive: true, force: true }));
}

/** Runs `profielwijzer check <folder> --format json` in-process and returns the parsed, validated report. */
export async function checkFolderAsJson(
  folder: string,
  extra: string[] = [],
): Promise<{ run: CliRun; report: ReportEntry[] }> {
  const run = await runCli(["check", folder, "--format", "json", ...extra]);
  return { run, report: readReport(JSON.parse(run.stdout)).files };
}

export function entryFor(report: ReportEntry[], name: string): ReportEntry {
  const entry = report.find((candidate) => candidate.file.endsWith(name));
  if (!entry) throw new Error(`no report entry for ${name}`);
  return entry;
}
