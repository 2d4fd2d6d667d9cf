import { writeFile } from "node:fs/promises";
import { isProfielwijzerError } from "../core/common";
import { folderEntry } from "../core/report/build-report";
import { ReportSchema } from "../core/report/schema";
import { analyseFiles } from "./analyse-files";
import type { Command } from "./args";
import { parseArgs, UsageError, USAGE } from "./args";
import { renderHtmlReport } from "./html-report";
import { runFix } from "./fix";
import { runLearn } from "./learn";
import { runOverview } from "./overview";
import { type CliIo, EXIT } from "./io";
import { renderTextReport } from "./text-report";

type CheckCommand = Extract<Command, { name: "check" }>;

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  // No progress bar over a JSON pipe: the other end may be a program that reads stderr too.
  const checked = await analyseFiles(command, io, !(command.format === "json" && !io.stdout.isTTY));
  if (!checked) return EXIT.failure;
  const { results, unreadable } = checked;
  const language = command.language;
  const entries = results.map((result) => result.entry);
  const analysed = results.filter((result) => result.analysis !== null).length;
  const folder = checked.folder ? folderEntry(analysed, checked.folder, language) : null;
  const output =
    command.format === "json"
      ? `${JSON.stringify(ReportSchema.parse(folder ? [...entries, folder] : entries), null, 2)}\n`
      : command.format === "html"
        ? renderHtmlReport(results, language, io.now(), folder)
        : renderTextReport(results, language, folder);
  if (command.out) await writeFile(command.out, output, "utf8");
  else io.stdout.write(output);
  if (unreadable > 0) return EXIT.failure;
  return entries.some((entry) => entry.findings.some((finding) => finding.severity === "error"))
    ? EXIT.findings
    : EXIT.ok;
}

/** The whole command line, testable: returns the exit code instead of exiting. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${USAGE}`);
    return EXIT.failure;
  }
  try {
    switch (command.name) {
      case "help":
        io.stdout.write(USAGE);
        return EXIT.ok;
      case "version":
        io.stdout.write("profielwijzer 0.1.0\n");
        return EXIT.ok;
      case "check":
        return await runCheck(command, io);
      case "fix":
        return await runFix(command, io);
      case "learn-template":
        return await runLearn(command, io);
      case "overview":
        return await runOverview(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.failure;
    }
    if (isProfielwijzerError(error)) {
      io.stderr.write(`${error.text["language" in command ? command.language : "nl"]}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}
