import type { Library, StandardTexts } from "../data/library-schema";
import { competencyNames } from "../data/load";
import { GENERIC_TEMPLATE } from "../data/templates";
import type { Template, TemplateSection } from "../data/template-schema";
import { message, type Message, type Result } from "./common";
import type { Finding, Ignore, Readiness } from "./findings/schema";
import { verdictOf } from "./findings/verdict";
import type { Profile } from "./profile/schema";
import { readProfile } from "./profile/read-profile";
import type { Rule } from "./rules/define-rule";
import { excerpt, formatMessage } from "./rules/define-rule";
import { RULES } from "./rules";
import type { DocumentSnapshot } from "./snapshot/schema";
import { fingerprint } from "./text/fingerprint";
import { foldText } from "./text/normalise";
import { compilePatterns } from "./text/placeholders";

export interface AnalyseOptions {
  templates: readonly Template[];
  library?: Library | null;
  standardTexts?: StandardTexts | null;
  /** Use this template instead of the detected one. */
  templateId?: string | null;
  /** Finding ids the user chose to ignore (kept in the document). */
  ignored?: readonly Ignore[];
  rules?: readonly Rule[];
}

export interface Analysis {
  profile: Profile;
  template: Template | null;
  /** Findings in rule order, without the ignored ones. */
  findings: Finding[];
  /** The findings the user ignored (so the UI can show and restore them). */
  ignoredFindings: Finding[];
  readiness: Readiness;
}

/** The template section each block belongs to. */
function sectionLookup(profile: Profile, template: Template): (block: number) => TemplateSection | null {
  return (block) => {
    const section = profile.sections.find(
      (candidate) => block >= candidate.range.start && block <= candidate.range.end,
    );
    return section?.id
      ? (template.sections.find((definition) => definition.id === section.id) ?? null)
      : null;
  };
}

/**
 * The template's rule settings, with those of every variant that applies to this document on top
 * (an ORBA sector format without an indicator column switches `result-area-no-indicators` off).
 */
function ruleSettings(template: Template, snapshot: DocumentSnapshot): Template["rules"] {
  if (template.variants.length === 0) return template.rules;
  const starts = snapshot.blocks.map((block) => foldText(block.text.slice(0, 120)));
  const found = (phrase: string) => {
    const key = foldText(phrase);
    return starts.some((start) => start.startsWith(key) || start.includes(` ${key}`));
  };
  let rules = { ...template.rules };
  for (const variant of template.variants) {
    if (variant.when.every(found) && !variant.unless.some(found)) rules = { ...rules, ...variant.rules };
  }
  return rules;
}

/** A profile runs to a few hundred paragraphs; beyond this the user likely opened the wrong document. */
export const VERY_LARGE_DOCUMENT_PARAGRAPHS = 5000;

/**
 * snapshot → profile → findings: runs every rule the template leaves on, at the severity it sets, and
 * sums up readiness. Rules never touch a host; fixes are edit plans (data).
 */
export function analyse(snapshot: DocumentSnapshot, options: AnalyseOptions): Result<Analysis> {
  const library = options.library ?? null;
  const messages: Message[] = [];
  const read = readProfile(snapshot, options.templates, {
    templateId: options.templateId ?? null,
    competencyNames: competencyNames(library),
  });
  messages.push(...read.messages);
  const paragraphs = snapshot.blocks.length;
  if (paragraphs > VERY_LARGE_DOCUMENT_PARAGRAPHS) {
    const count = paragraphs.toLocaleString("nl-NL");
    messages.push(
      message(
        "warning",
        "document-very-large",
        `Dit document is ongewoon groot voor een functieprofiel (${count} alinea's; een profiel heeft er meestal een paar honderd). Alles is gecontroleerd, maar kijk of dit het bedoelde document is: controleren en invoegen gaan er trager door.`,
        `This document is unusually large for a job profile (${paragraphs.toLocaleString("en-GB")} paragraphs; a profile usually has a few hundred). Everything was checked, but make sure this is the document you meant: checking and inserting are slower for it.`,
      ),
    );
  }
  const profile = read.value;
  const template = options.templates.find((candidate) => candidate.id === profile.template.id) ?? null;
  const findings: Finding[] = [];
  const occurrences = new Map<string, number>();
  let checks = 0;
  let failed = 0;

  // Without a template the rules that need none still run (placeholders, empty areas, competencies
  // without examples), against the vocabulary all profiles share; its settings switch off the rest.
  const ruleTemplate = template ?? GENERIC_TEMPLATE;
  const settings = ruleSettings(ruleTemplate, snapshot);
  for (const rule of options.rules ?? RULES) {
    const setting = settings[rule.meta.id];
    if (setting === "off") continue;
    const severity = setting ?? rule.meta.severity;
    let checked = 0;
    let reported = 0;
    rule.check({
      profile,
      snapshot,
      template: ruleTemplate,
      library,
      placeholderPatterns: compilePatterns(ruleTemplate.placeholders),
      sectionAt: sectionLookup(profile, ruleTemplate),
      checked(count) {
        checked += count;
      },
      report(input) {
        const message = rule.meta.messages[input.messageId];
        if (!message) throw new Error(`Rule ${rule.meta.id} has no message "${input.messageId}"`);
        const text = input.text ?? excerpt(snapshot.blocks[input.at.start]?.text ?? "");
        const section = input.section ?? null;
        const key = `${rule.meta.id}:${section ?? "-"}:${fingerprint(text)}`;
        const occurrence = occurrences.get(key) ?? 0;
        occurrences.set(key, occurrence + 1);
        const own = section
          ? ruleTemplate.sections.find((candidate) => candidate.id === section)?.rules[rule.meta.id]
          : undefined;
        if (own === "off") return;
        reported++;
        findings.push({
          id: `${key}:${occurrence}`,
          rule: rule.meta.id,
          severity: own ?? severity,
          message: formatMessage(message, input.data),
          section,
          location: input.at,
          text: excerpt(text, 200),
          fix: input.fix ?? null,
        });
      },
    });
    if (severity !== "info") {
      const total = Math.max(checked, 1);
      checks += total;
      failed += Math.min(total, reported);
    }
  }

  const ignores = new Map((options.ignored ?? []).map((ignore) => [ignore.id, ignore]));
  const shown = findings.filter((finding) => !ignores.has(finding.id));
  const ignoredFindings = findings
    .filter((finding) => ignores.has(finding.id))
    .map((finding) => ({ ...finding, ignored: ignores.get(finding.id)! }));
  const counts = (list: readonly Finding[]) => ({
    error: list.filter((finding) => finding.severity === "error").length,
    warning: list.filter((finding) => finding.severity === "warning").length,
    info: list.filter((finding) => finding.severity === "info").length,
  });
  const open = counts(shown);
  const ignored = counts(ignoredFindings);
  const verdict = verdictOf(template !== null, open, ignored);
  const readiness: Readiness = {
    counts: open,
    completeness: checks === 0 ? 0 : Math.round(((checks - failed) / checks) * 100) / 100,
    complete: verdict === "complete" || verdict === "complete-with-ignored",
    verdict,
    ignored,
  };
  return {
    value: {
      profile,
      template,
      findings: shown,
      ignoredFindings,
      readiness,
    },
    messages,
  };
}
