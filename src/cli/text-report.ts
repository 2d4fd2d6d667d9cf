import type { Language, Severity } from "../core/common";
import type { Analysis } from "../core/analyse";
import { ignoreReasonText } from "../core/findings/verdict";
import { closestMatchText, matchText } from "../core/profile/match-text";
import type { FolderReportEntry } from "../core/report/schema";
import { counted } from "../core/text/plural";
import { type FileResult, templateName } from "./file-result";
import { describeFolder } from "./folder-summary";

const WORDS = {
  nl: {
    template: "Sjabloon",
    unknownTemplate: "geen herkend sjabloon",
    detection: "Herkenning",
    found: "onderdelen",
    missed: "ontbreekt",
    title: "Functie",
    areas: "Resultaatgebieden",
    tasks: ["taak", "taken"],
    indicators: ["resultaatindicator", "resultaatindicatoren"],
    competencies: "Competenties",
    behaviours: ["gedragsvoorbeeld", "gedragsvoorbeelden"],
    noLevel: "geen niveau",
    levelTable: "Niveau-onderscheidende kenmerken",
    rows: ["rij", "rijen"],
    ownColumn: "eigen kolom",
    findings: "Bevindingen",
    none: "geen — dit profiel is compleet",
    verdict: "Oordeel",
    ignored: "Bewust genegeerd",
    unreadable: "Kan niet worden gelezen",
    paragraph: "alinea",
    fixable: "herstelbaar met profielwijzer fix",
    severity: { error: "fout", warning: "waarschuwing", info: "info" } as Record<Severity, string>,
    totals: (files: number, ready: number, unreadable: number) =>
      `${counted(files, "bestand", "bestanden")}: ${ready} compleet volgens sjabloon${unreadable ? `, ${unreadable} niet te lezen` : ""}.`,
  },
  en: {
    template: "Template",
    unknownTemplate: "no known template",
    detection: "Detection",
    found: "sections",
    missed: "missing",
    title: "Job",
    areas: "Result areas",
    tasks: ["task", "tasks"],
    indicators: ["result indicator", "result indicators"],
    competencies: "Competencies",
    behaviours: ["behaviour example", "behaviour examples"],
    noLevel: "no level",
    levelTable: "Level-distinguishing characteristics",
    rows: ["row", "rows"],
    ownColumn: "own column",
    findings: "Findings",
    none: "none — this profile is complete",
    verdict: "Verdict",
    ignored: "Deliberately ignored",
    unreadable: "Cannot be read",
    paragraph: "paragraph",
    fixable: "fixable with profielwijzer fix",
    severity: { error: "error", warning: "warning", info: "info" } as Record<Severity, string>,
    totals: (files: number, ready: number, unreadable: number) =>
      `${counted(files, "file", "files")}: ${ready} complete according to the template${unreadable ? `, ${unreadable} unreadable` : ""}.`,
  },
};

/** A count with its noun from a [one, many] pair of the word lists above. */
const countedOf = (count: number, forms: readonly string[]) => counted(count, forms[0]!, forms[1]!);

const MARK: Record<Severity, string> = { error: "✗", warning: "!", info: "i" };

/**
 * Why a template was chosen: the three best templates by name and score, each with the sections found and the required
 * ones missed, so a user sees what to rename or which template to pick.
 */
function explainDetection(analysis: Analysis, words: (typeof WORDS)["nl"], language: Language): string[] {
  const template = analysis.profile.template;
  const names = (ids: readonly string[] | undefined) => (ids ?? []).join(", ") || "-";
  return [
    `  ${words.detection}:`,
    ...template.candidates.slice(0, 3).map((candidate, index) => {
      const parts = [`${words.found}: ${names(candidate.found)}`];
      if (candidate.missed && candidate.missed.length > 0)
        parts.push(`${words.missed}: ${names(candidate.missed)}`);
      // The best in the pane's words; the next ones as what they are: the share of their features found.
      const match = index === 0 ? closestMatchText(candidate) : matchText(candidate);
      return `    ${match[language]} — ${parts.join("; ")}`;
    }),
  ];
}

/** A readable outline of each profile and its findings, for a person at a terminal. */
export function renderTextReport(
  results: readonly FileResult[],
  language: Language,
  folder: FolderReportEntry | null = null,
): string {
  const words = WORDS[language];
  const out: string[] = [];
  let ready = 0;
  let unreadable = 0;
  for (const result of results) {
    const { entry, analysis } = result;
    out.push(entry.file);
    if (entry.error) {
      unreadable++;
      out.push(`  ${words.unreadable}: ${entry.error}`, "");
      continue;
    }
    out.push(`  ${words.template}: ${templateName(result, language) ?? words.unknownTemplate}`);
    if (analysis) out.push(...explainDetection(analysis, words, language));
    if (entry.title) out.push(`  ${words.title}: ${entry.title}`);
    if (entry.resultAreas.length > 0) {
      out.push(`  ${words.areas} (${entry.resultAreas.length})`);
      entry.resultAreas.forEach((area, index) => {
        const counts = [
          area.tasks.length ? countedOf(area.tasks.length, words.tasks) : null,
          countedOf(area.indicators.length, words.indicators),
        ];
        out.push(`    ${index + 1}. ${area.title || "?"} — ${counts.filter(Boolean).join(", ")}`);
      });
    }
    if (entry.competencies.length > 0) {
      out.push(`  ${words.competencies} (${entry.competencies.length})`);
      for (const competency of entry.competencies) {
        out.push(
          `    ${competency.name} (${competency.level ?? words.noLevel}) — ${countedOf(competency.behaviours.length, words.behaviours)}`,
        );
      }
    }
    const levels = analysis?.profile.levelTable;
    if (levels) {
      const own = levels.ownColumn === null ? null : levels.columns[levels.ownColumn]?.heading;
      out.push(
        `  ${words.levelTable} (${countedOf(levels.rows.length, words.rows)}${own ? `, ${words.ownColumn} ${own}` : ""})`,
      );
      for (const row of levels.rows) {
        const value =
          levels.ownColumn === null ? "" : (row.cells[levels.ownColumn]?.text.replace(/\n/g, " ") ?? "");
        out.push(
          `    ${row.aspect}${value ? `: ${value.length > 70 ? `${value.slice(0, 69)}…` : value}` : ""}`,
        );
      }
    }
    if (entry.verdict?.complete) ready++;
    out.push(`  ${words.findings}: ${entry.findings.length === 0 ? words.none : ""}`.trimEnd());
    entry.findings.forEach((finding, index) => {
      // Messages name no pane buttons; here the command that fixes it is said instead.
      const fix = analysis?.findings[index]?.fix;
      const fixable = fix?.kind === "plan" && fix.safe ? `; ${words.fixable}` : "";
      out.push(
        `    ${MARK[finding.severity]} ${words.severity[finding.severity]} [${finding.rule}] ${finding.message} (${words.paragraph} ${finding.location.start + 1}${fixable})`,
      );
    });
    const ignored = entry.ignored ?? [];
    if (ignored.length > 0) {
      out.push(`  ${words.ignored} (${ignored.length}):`);
      ignored.forEach((item, index) => {
        const finding = analysis?.ignoredFindings[index];
        const why = finding ? ignoreReasonText(finding, language) : "";
        out.push(`    – [${item.rule}] ${item.message}${why ? ` — ${why}` : ""}`);
      });
    }
    out.push(`  ${words.verdict}: ${entry.verdict?.text ?? "-"}`, "");
  }
  if (folder) {
    const { heading, lines } = describeFolder(folder, language);
    out.push(`${heading}:`, ...lines.map((line) => `  ${line}`), "");
  }
  if (results.length > 1) out.push(words.totals(results.length, ready, unreadable));
  return `${out.join("\n").trimEnd()}\n`;
}
