import { readFile, writeFile } from "node:fs/promises";
import { analyse } from "../core/analyse";
import type { Language, Message } from "../core/common";
import { isProfielwijzerError } from "../core/common";
import { checkFolder, withFolderFindings } from "../core/folder/check-folder";
import { errorEntry, toReportEntry } from "../core/report/build-report";
import { ReportSchema } from "../core/report/schema";
import { BUILT_IN_STANDARD_TEXTS } from "../data";
import { readDocxSnapshot } from "../hosts/docx/read-docx";
import type { Command } from "./args";
import { parseArgs, UsageError, USAGE } from "./args";
import { collectFiles } from "./files";
import { renderHtmlReport } from "./html-report";
import type { FileResult } from "./file-result";
import { runFix } from "./fix";
import { runLearn } from "./learn";
import { type CliIo, EXIT } from "./io";
import { resolveLibrary, resolveTemplate } from "./own-data";
import { createProgress } from "./progress";
import { renderTextReport } from "./text-report";

type CheckCommand = Extract<Command, { name: "check" }>;

function describeMessage(file: string, message: Message, language: Language): string {
  const where = message.location ? ` (alinea ${message.location.start + 1})` : "";
  return `${file}: ${message.severity === "info" ? "" : `${message.severity}: `}${message.text[language]}${where}\n`;
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const { templates, forced } = await resolveTemplate(command.templates);
  const library = await resolveLibrary(command.library);
  const { files, missing } = await collectFiles(command.paths);
  const language = command.language;
  const results: FileResult[] = [];
  let unreadable = 0;
  for (const path of missing) {
    unreadable++;
    const text = language === "nl" ? "Bestand of map bestaat niet." : "File or folder does not exist.";
    results.push({ entry: errorEntry(path, text), analysis: null });
  }
  if (files.length === 0 && missing.length === 0) {
    io.stderr.write(language === "nl" ? "Geen .docx-bestanden gevonden.\n" : "No .docx files found.\n");
    return EXIT.failure;
  }
  // No progress bar over a JSON pipe: the other end may be a program that reads stderr too.
  const progress = createProgress(io.stderr, files.length, !(command.format === "json" && !io.stdout.isTTY));
  for (const [index, file] of files.entries()) {
    progress.update(index, file);
    try {
      const bytes = new Uint8Array(await readFile(file));
      const read = readDocxSnapshot(bytes, { name: file });
      const analysis = analyse(read.value, {
        templates,
        templateId: forced,
        library,
        standardTexts: BUILT_IN_STANDARD_TEXTS,
      });
      for (const message of [...read.messages, ...analysis.messages]) {
        if (message.severity !== "info") io.stderr.write(describeMessage(file, message, language));
      }
      results.push({ entry: toReportEntry(file, analysis.value, language), analysis: analysis.value });
    } catch (error) {
      unreadable++;
      const text = isProfielwijzerError(error)
        ? error.text[language]
        : `${language === "nl" ? "Onverwachte fout" : "Unexpected error"}: ${String(error)}`;
      results.push({ entry: errorEntry(file, text), analysis: null });
    }
  }
  progress.done();
  // The function house as one whole: duplicates and series that disagree, on the files concerned.
  const analysed = results.filter((result) => result.analysis !== null);
  if (analysed.length >= 2) {
    const folder = checkFolder(
      analysed.map((result) => ({ file: result.entry.file, analysis: result.analysis! })),
    );
    for (const result of analysed) {
      const extra = folder.findings.get(result.entry.file) ?? [];
      if (extra.length === 0) continue;
      result.analysis = withFolderFindings(result.analysis!, extra);
      result.entry = toReportEntry(result.entry.file, result.analysis, language);
    }
  }
  const entries = results.map((result) => result.entry);
  const output =
    command.format === "json"
      ? `${JSON.stringify(ReportSchema.parse(entries), null, 2)}\n`
      : command.format === "html"
        ? renderHtmlReport(results, language, io.now())
        : renderTextReport(results, language);
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
