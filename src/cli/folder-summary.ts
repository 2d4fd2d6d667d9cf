import type { Language } from "../core/common";
import type { FolderReportEntry } from "../core/report/schema";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The function house in a few lines, shared by the text and HTML reports: how many profiles were compared,
 * the series found (files in level order) and how many findings concern more than one file.
 */
export function describeFolder(
  entry: FolderReportEntry,
  language: Language,
): { heading: string; lines: string[] } {
  const { files, series, findings } = entry.folder;
  const nl = language === "nl";
  const heading = nl ? "Functiehuis" : "Function house";
  const lines = [
    nl
      ? `${plural(files, "profiel", "profielen")} vergeleken: ${plural(series.length, "reeks", "reeksen")}, ${plural(findings.length, "bevinding", "bevindingen")} over bestanden heen.`
      : `${plural(files, "profile", "profiles")} compared: ${plural(series.length, "series", "series")}, ${plural(findings.length, "finding", "findings")} across files.`,
    ...series.map((members, index) => `${nl ? "Reeks" : "Series"} ${index + 1}: ${members.join(" → ")}`),
  ];
  return { heading, lines };
}
