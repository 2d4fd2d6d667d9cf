import { writeFile } from "node:fs/promises";
import { folderEntry } from "../core/report/build-report";
import { ReportSchema } from "../core/report/schema";
import { analyseFiles } from "./analyse-files";
import type { Command } from "./args";
import { renderHtmlReport } from "./html-report";
import { type CliIo, EXIT } from "./io";
import { renderTextReport } from "./text-report";

type CheckCommand = Extract<Command, { name: "check" }>;

export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
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
