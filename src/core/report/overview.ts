import type { Analysis } from "../analyse";
import type { Language } from "../common";
import { gradeInLevelTable } from "../folder/check-folder";
import { type OverviewRow, OverviewRowSchema } from "./schema";

/** A file of the run: its analysis, or why it could not be read. */
export interface OverviewInput {
  file: string;
  analysis: Analysis | null;
  error?: string;
}

const GRADE_FIELDS = new Set([
  "functiegroep",
  "functieschaal",
  "schaal",
  "salarisschaal",
  "loongroep",
  "fwg-groep",
  "fwg-niveau",
]);

/** "Medewerker Burgerzaken A", "… B", "… C" → "Medewerker Burgerzaken": the words the titles share. */
function seriesName(titles: readonly string[]): string {
  const words = titles.map((title) => title.split(/\s+/));
  const shared: string[] = [];
  for (let index = 0; words.every((title) => title[index] !== undefined); index++) {
    const word = words[0]![index]!;
    if (!words.every((title) => title[index]!.toLowerCase() === word.toLowerCase())) break;
    shared.push(word);
  }
  return shared.join(" ") || titles.join(" / ");
}

/**
 * One row per file, in the run's order, in the reader's language (the template by its name); a series is
 * named after what its profiles' titles share.
 */
export function overviewRows(
  inputs: readonly OverviewInput[],
  series: readonly string[][],
  language: Language,
): OverviewRow[] {
  const titleOf = new Map(
    inputs.map((input) => [input.file, input.analysis?.profile.title?.text ?? input.file]),
  );
  const seriesOf = new Map<string, string>();
  for (const group of series) {
    const name = seriesName(group.map((file) => titleOf.get(file)!));
    for (const file of group) seriesOf.set(file, name);
  }
  return inputs.map(({ file, analysis, error }) => {
    const profile = analysis?.profile;
    const field = (keys: (key: string) => boolean) =>
      profile?.fields.find((candidate) => keys(candidate.key) && !candidate.placeholder)?.value.trim() ||
      null;
    return OverviewRowSchema.parse({
      file,
      title: profile?.title?.text ?? null,
      functionNumber: field((key) => key === "functienummer"),
      template: analysis?.template?.name[language] ?? null,
      // A grade field first; a series' profile may give its grade only in its level table.
      grade: field((key) => GRADE_FIELDS.has(key)) ?? gradeInLevelTable(profile?.levelTable ?? null),
      series: seriesOf.get(file) ?? null,
      resultAreas: profile?.resultAreas.length ?? 0,
      competencies: (profile?.competencies ?? [])
        .map((competency) =>
          competency.level ? `${competency.name} (${competency.level})` : competency.name,
        )
        .join("; "),
      errors: analysis?.readiness.counts.error ?? 0,
      warnings: analysis?.readiness.counts.warning ?? 0,
      complete: analysis?.readiness.complete ?? false,
      ignored: analysis?.ignoredFindings.length ?? 0,
      error: error ?? null,
    });
  });
}
