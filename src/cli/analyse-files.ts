import { readFile } from "node:fs/promises";
import { analyse } from "../core/analyse";
import type { Language, Message } from "../core/common";
import { isProfielwijzerError } from "../core/common";
import { checkFolder, type FolderCheck, withFolderFindings } from "../core/folder/check-folder";
import { errorEntry, toReportEntry } from "../core/report/build-report";
import { BUILT_IN_STANDARD_TEXTS } from "../data";
import { readDocx } from "../hosts/docx/read-docx";
import { readIgnores } from "../hosts/docx/settings";
import type { FileResult } from "./file-result";
import { collectFiles } from "./files";
import { type CliIo } from "./io";
import { resolveLibrary, resolveTemplate } from "./own-data";
import { createProgress } from "./progress";

export interface AnalyseFilesOptions {
  paths: readonly string[];
  templates: readonly string[];
  library: string | null;
  /** The findings ignored in the documents count as open. */
  all: boolean;
  language: Language;
}

function describeMessage(file: string, message: Message, language: Language): string {
  const where = message.location ? ` (alinea ${message.location.start + 1})` : "";
  return `${file}: ${message.severity === "info" ? "" : `${message.severity}: `}${message.text[language]}${where}\n`;
}

/**
 * Reads and analyses every file of a run (`check`, `overview`): a file that cannot be read becomes an
 * entry with its error, never a stop; with two or more profiles the folder is also checked as one
 * function house. Null when there was nothing to check at all (said on stderr).
 */
export async function analyseFiles(
  options: AnalyseFilesOptions,
  io: CliIo,
  showProgress: boolean,
): Promise<{ results: FileResult[]; unreadable: number; folder: FolderCheck | null } | null> {
  const { templates, forced } = await resolveTemplate(options.templates);
  const library = await resolveLibrary(options.library);
  const { files, missing } = await collectFiles(options.paths);
  const language = options.language;
  const results: FileResult[] = [];
  let unreadable = 0;
  for (const path of missing) {
    unreadable++;
    const text = language === "nl" ? "Bestand of map bestaat niet." : "File or folder does not exist.";
    results.push({ entry: errorEntry(path, text), analysis: null });
  }
  if (files.length === 0 && missing.length === 0) {
    io.stderr.write(language === "nl" ? "Geen .docx-bestanden gevonden.\n" : "No .docx files found.\n");
    return null;
  }
  const progress = createProgress(io.stderr, files.length, showProgress);
  for (const [index, file] of files.entries()) {
    progress.update(index, file);
    try {
      const bytes = new Uint8Array(await readFile(file));
      const read = readDocx(bytes, { name: file });
      // The ignores the pane stored in the document, with their reasons: the same verdict as in Word.
      const stored = options.all ? { ignores: [], messages: [] } : readIgnores(read.value);
      const analysis = analyse(read.value.snapshot, {
        templates,
        templateId: forced,
        library,
        standardTexts: BUILT_IN_STANDARD_TEXTS,
        ignored: stored.ignores,
      });
      for (const message of [...read.messages, ...stored.messages, ...analysis.messages]) {
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
  let folder: FolderCheck | null = null;
  if (analysed.length >= 2) {
    folder = checkFolder(analysed.map((result) => ({ file: result.entry.file, analysis: result.analysis! })));
    for (const result of analysed) {
      const extra = folder.findings.get(result.entry.file) ?? [];
      if (extra.length === 0) continue;
      result.analysis = withFolderFindings(result.analysis!, extra);
      result.entry = toReportEntry(result.entry.file, result.analysis, language);
    }
  }
  return { results, unreadable, folder };
}
