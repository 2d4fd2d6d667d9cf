import { ignoreReasonText, verdictText } from "../../core/findings/verdict";
import type { Analysis } from "../../core/analyse";
import type { Language, Severity } from "../../core/common";
import type { Finding } from "../../core/findings/schema";
import type { Template } from "../../data/template-schema";
import { formatString, type Strings } from "../i18n";
import type { ActiveData } from "./session-controller";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The name of a finding's section in the template in use, or null when it has none. */
export function sectionName(
  template: Template | null,
  sectionId: string | null,
  language: Language,
): string | null {
  if (!template || !sectionId) return null;
  return template.sections.find((section) => section.id === sectionId)?.name[language] ?? null;
}

/** The template's display name, by id. */
export function templateName(data: ActiveData, id: string | null, language: Language): string | null {
  if (!id) return null;
  return data.templates.find((template) => template.id === id)?.name[language] ?? id;
}

const groupKeys = {
  error: "checklistErrors",
  warning: "checklistWarnings",
  info: "checklistInfo",
} as const;

/**
 * The checklist as plain text a reviewer can paste into an e-mail or a note: status, counts, then every
 * finding by severity with its section and the text it is about, and the ignored ones apart.
 */
export function formatChecklist(
  analysis: Analysis,
  data: ActiveData,
  strings: Strings,
  language: Language,
): string {
  const { readiness, profile, template } = analysis;
  const lines: string[] = [strings.checklistHeading];
  lines.push(
    formatString(strings.checklistProfile, { title: profile.title?.text || strings.profileUntitled }),
  );
  lines.push(
    formatString(strings.checklistTemplate, {
      template: templateName(data, template?.id ?? null, language) ?? strings.templateNone,
    }),
  );
  lines.push(
    formatString(strings.checklistStatus, {
      status: verdictText(readiness, language),
      percent: Math.round(readiness.completeness * 100),
    }),
  );
  lines.push(
    formatString(
      strings.countsSummary,
      {
        errors: readiness.counts.error,
        warnings: readiness.counts.warning,
        info: readiness.counts.info,
      },
      language,
    ),
  );

  const describe = (finding: Finding, box: string) => {
    const section = sectionName(template, finding.section, language);
    const head = `${box} ${section ? `${section}: ` : ""}${finding.message[language]}`;
    return finding.text && !finding.message[language].includes(finding.text)
      ? [head, `    “${finding.text}”`]
      : [head];
  };

  for (const severity of SEVERITIES) {
    const group = analysis.findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push("", formatString(strings[groupKeys[severity]], { count: group.length }));
    for (const finding of group) lines.push(...describe(finding, "[ ]"));
  }
  if (analysis.findings.length === 0) lines.push("", strings.checklistNothing);
  if (analysis.ignoredFindings.length > 0) {
    lines.push("", formatString(strings.checklistIgnored, { count: analysis.ignoredFindings.length }));
    for (const finding of analysis.ignoredFindings)
      lines.push(
        ...describe(finding, "[–]"),
        `    ${strings.ignoredBecause} ${ignoreReasonText(finding, language)}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
