import type { Analysis } from "../core/analyse";
import type { Language } from "../core/common";
import type { ReportEntry } from "../core/report/schema";

/** One checked file: its public report entry, and the full analysis when the file could be read. */
export interface FileResult {
  entry: ReportEntry;
  analysis: Analysis | null;
}

/** The template as a person reads it, by its name; the entry's id is for JSON and `--template`. */
export function templateName(result: FileResult, language: Language): string | null {
  return result.analysis?.template?.name[language] ?? result.entry.template;
}
