import type { Analysis } from "../core/analyse";
import type { ReportEntry } from "../core/report/schema";

/** One checked file: its public report entry, and the full analysis when the file could be read. */
export interface FileResult {
  entry: ReportEntry;
  analysis: Analysis | null;
}
