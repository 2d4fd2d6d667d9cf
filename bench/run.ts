import { measureBundleFigures, type BundleFigures } from "./bundle-size";
import { measureCliFigures, prepareFolder, type CliFigures } from "./cli-vs-mammoth";
import { measureCoreFigures, type CoreFigures } from "./core-throughput";
import { profileCli, type CliProfile } from "./profile-cli";
import { log } from "./timing";
import { measureWordFigures, type WordSyncFigures } from "./word-syncs";
import { rmSync, writeFileSync } from "node:fs";

/**
 * `npm run bench`: sync counts of the office-js adapter, core and .docx-reader throughput and linearity,
 * the CLI against mammoth, and the task pane's initial JS size, each against its goal. Prints a table;
 * `npm run bench -- --json` prints exactly one JSON object on stdout (progress goes to stderr).
 * `--quick` takes fewer samples (a smoke run); `--profile` profiles the CLI even when it meets its goal;
 * `--copies N` sets how many copies of the fixtures the CLI checks; `--json --out FILE` also writes the JSON
 * to a file. npm prints its own banner on stdout: for a clean pipe use `npm run --silent bench -- --json`.
 */

type Status = "met" | "accepted" | "missed" | "unknown";

interface Goal {
  value: number | null;
  goal: string;
  status: Status;
}

interface Options {
  json: boolean;
  /** Also write the JSON object to this file (npm prints its own banner on stdout unless run with --silent). */
  out: string | null;
  quick: boolean;
  profile: boolean;
  copies: number;
}

function parseOptions(argv: readonly string[]): Options {
  const copiesAt = argv.indexOf("--copies");
  const copies = copiesAt >= 0 ? Number(argv[copiesAt + 1]) : 22;
  if (!Number.isInteger(copies) || copies < 1) throw new Error("--copies needs a whole number ≥ 1");
  const outAt = argv.indexOf("--out");
  return {
    json: argv.includes("--json"),
    out: outAt >= 0 ? (argv[outAt + 1] ?? null) : null,
    quick: argv.includes("--quick"),
    profile: argv.includes("--profile"),
    copies,
  };
}

function judge(
  value: number | null,
  goal: string,
  met: (v: number) => boolean,
  accepted?: (v: number) => boolean,
): Goal {
  if (value === null || Number.isNaN(value)) return { value, goal, status: "unknown" };
  if (met(value)) return { value, goal, status: "met" };
  if (accepted?.(value)) return { value, goal, status: "accepted" };
  return { value, goal, status: "missed" };
}

function judgeAll(word: WordSyncFigures, core: CoreFigures, cli: CliFigures, bundle: BundleFigures) {
  return {
    wordReadSyncs300: judge(
      word.wordReadSyncs300,
      "1 (≤ 2 accepted)",
      (v) => v <= 1,
      (v) => v <= 2,
    ),
    wordReadSyncs3000: judge(
      word.wordReadSyncs3000,
      "1 (≤ 2 accepted)",
      (v) => v <= 1,
      (v) => v <= 2,
    ),
    wordApplySyncs: judge(word.wordApplySyncs, "1", (v) => v <= 1),
    wordApplyWriteSyncs: judge(word.wordApplyWriteSyncs, "1", (v) => v <= 1),
    coreLinearityRatio: judge(core.coreLinearityRatio, "≤ 1.5 (linear)", (v) => v <= 1.5),
    cliVsMammoth: judge(cli.cliVsMammoth, "≤ 1.0", (v) => v <= 1),
    cliStartupVsNode: judge(cli.cliStartupVsNode, "≤ 3× node -e 0", (v) => v <= 3),
    taskpaneInitialJsGzipKB: judge(bundle.taskpaneInitialJsGzipKB, "≤ 250 KB", (v) => v <= 250),
  };
}

const MARK: Record<Status, string> = {
  met: "✓ gehaald",
  accepted: "≈ geaccepteerd",
  missed: "✗ GEMIST",
  unknown: "? onbekend",
};

function renderTable(
  word: WordSyncFigures,
  core: CoreFigures,
  cli: CliFigures,
  bundle: BundleFigures,
  goals: ReturnType<typeof judgeAll>,
  profile: CliProfile | null,
): string {
  const rows: [string, string, string, string][] = [];
  const add = (label: string, value: string, goal?: Goal) =>
    rows.push([label, value, goal?.goal ?? "", goal ? MARK[goal.status] : ""]);
  add("Word: syncs lezen, 300 alinea's", String(word.wordReadSyncs300), goals.wordReadSyncs300);
  add("Word: syncs lezen, 3.000 alinea's", String(word.wordReadSyncs3000), goals.wordReadSyncs3000);
  add(
    `Word: syncs plan toepassen (${word.wordApplyOperations} operaties)`,
    String(word.wordApplySyncs),
    goals.wordApplySyncs,
  );
  add("Word: waarvan syncs met schrijfacties", String(word.wordApplyWriteSyncs), goals.wordApplyWriteSyncs);
  add(
    "  controles in die batch: 300 / 3.000 alinea's; schrijfacties",
    `${word.wordApplyChecks300} / ${word.wordApplyChecks3000}; ${word.wordApplyWrites}`,
  );
  add(
    `Kern: ms per 10k alinea's (${core.coreParagraphs} alinea's, mediaan)`,
    String(core.coreMsPer10kParagraphs),
  );
  for (const point of core.coreLinearity) {
    add(`  lineair: ${point.paragraphs} alinea's`, `${point.ms} ms (${point.msPer10kParagraphs} ms/10k)`);
  }
  add(
    "Kern: lineariteit (ms/alinea grootste ÷ kleinste)",
    String(core.coreLinearityRatio),
    goals.coreLinearityRatio,
  );
  add(".docx lezen: ms per 10k alinea's", String(core.docxReadMsPer10kParagraphs));
  add(
    ".docx lezen + ontleden + controleren: 10k alinea's",
    `${Math.round(core.docxReadMsPer10kParagraphs + core.coreMsPer10kParagraphs)} ms`,
  );
  add(`CLI: ${cli.cliFiles} bestanden controleren (eigen proces)`, `${cli.cliMs} ms`);
  add(`mammoth: dezelfde ${cli.cliFiles} bestanden lezen (eigen proces)`, `${cli.mammothMs} ms`);
  add("CLI ÷ mammoth", String(cli.cliVsMammoth), goals.cliVsMammoth);
  add("  opstarten CLI (--version) / mammoth laden", `${cli.cliStartupMs} ms / ${cli.mammothStartupMs} ms`);
  add(
    "  per bestand in-proces: CLI / mammoth",
    `${cli.cliInProcessMsPerFile} ms / ${cli.mammothInProcessMsPerFile} ms`,
  );
  add(
    "Opstarten gebouwde CLI (--version) / node -e 0",
    `${cli.cliStartupMs} ms / ${cli.nodeStartupMs} ms (${cli.cliStartupVsNode}×)`,
    goals.cliStartupVsNode,
  );
  add(
    `Taakvenster: initiële JS gzip (${bundle.buildStatsSource})`,
    bundle.taskpaneInitialJsGzipKB === null ? "?" : `${bundle.taskpaneInitialJsGzipKB} KB`,
    goals.taskpaneInitialJsGzipKB,
  );
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  const header = ["meting", "waarde", "doel", "status"];
  const text = [line(header), widths.map((width) => "─".repeat(width)).join("  "), ...rows.map(line)];
  if (profile) {
    text.push("", `CLI-profiel (node --cpu-prof, ${profile.totalMs} ms totaal): eigen tijd per functie`);
    for (const spot of profile.self)
      text.push(
        `  ${String(spot.ms).padStart(6)} ms  ${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.name}`,
      );
    text.push("Onze functies, inclusief wat ze aanroepen:");
    for (const spot of profile.inclusive)
      text.push(
        `  ${String(spot.ms).padStart(6)} ms  ${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.name}`,
      );
    text.push("Per bestand of pakket:");
    for (const spot of profile.byFile)
      text.push(
        `  ${String(spot.ms).padStart(6)} ms  ${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.name}`,
      );
  }
  return `${text.join("\n")}\n`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const timing = options.quick ? { warmups: 1, runs: 3 } : { warmups: 2, runs: 5 };
  log("· Word-adapter op de nep-Word: syncs tellen …");
  const word = await measureWordFigures();
  const core = await measureCoreFigures(timing);
  const cli = await measureCliFigures({ copies: options.copies, runs: options.quick ? 1 : 3 });
  const bundle = measureBundleFigures();
  const goals = judgeAll(word, core, cli, bundle);
  let profile: CliProfile | null = null;
  if (options.profile || goals.cliVsMammoth.status === "missed") {
    log("· CLI langzamer dan mammoth (of --profile): profiel maken met node --cpu-prof …");
    const { folder } = prepareFolder(options.copies);
    try {
      profile = profileCli(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  if (options.json) {
    const result = {
      ...word,
      ...core,
      ...cli,
      ...bundle,
      goals,
      ...(profile ? { cliProfile: profile } : {}),
      notes: [
        "Word sync counts come from the real office-js adapter on the project's fake Word (test/fakes/word).",
        "cliMs and mammothMs are wall times of separate node processes over the same folder, start-up included (median).",
        "mammoth runs as plain node; the CLI runs through bin/profielwijzer.js (the esbuild bundle, build/profielwijzer.cjs), as users run it.",
        "cliStartupMs includes the clone's check that the bundle is current (an installed copy skips it); nodeStartupMs is a bare `node -e 0`.",
      ],
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (options.out) writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(renderTable(word, core, cli, bundle, goals, profile));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
