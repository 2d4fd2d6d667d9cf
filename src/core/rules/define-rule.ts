import type { Library } from "../../data/library-schema";
import type { Template, TemplateSection } from "../../data/template-schema";
import type { LocalisedText, Location, Severity } from "../common";
import type { Fix } from "../findings/schema";
import type { Profile } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";

/** What a rule may say about itself; the registry and the docs read this. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** What the rule checks, for the UI's rule list and reports. */
  description: LocalisedText;
  /** Message templates with `{{name}}` slots. */
  messages: Record<string, LocalisedText>;
}

export interface ReportInput {
  messageId: string;
  /** Slot values; a LocalisedText fills the Dutch and English message each with its own language. */
  data?: MessageData;
  at: Location;
  section?: string | null;
  /** The text the finding is about; defaults to the text at `at`. */
  text?: string;
  fix?: Fix | null;
}

export interface RuleContext {
  profile: Profile;
  snapshot: DocumentSnapshot;
  template: Template;
  library: Library | null;
  /** The template's extra placeholder patterns, compiled. */
  placeholderPatterns: readonly RegExp[];
  /** The template section a block belongs to, if any. */
  sectionAt(block: number): TemplateSection | null;
  /** Counts subjects this rule checked (for the completeness score); 1 when a rule never calls it. */
  checked(count: number): void;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Runs only when the document matched a template (or one was chosen). */
  check(context: RuleContext): void;
}

/** Identity function that gives rule modules their type (as ESLint's `createRule` does). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type MessageData = Record<string, string | number | LocalisedText>;

/** Fills `{{name}}` slots. Values are plain text; nothing here is ever rendered as HTML. */
export function formatMessage(template: LocalisedText, data: MessageData = {}): LocalisedText {
  const fill = (text: string, language: "nl" | "en") =>
    text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = data[key];
      if (value === undefined) return `{{${key}}}`;
      return typeof value === "object" ? value[language] : String(value);
    });
  return { nl: fill(template.nl, "nl"), en: fill(template.en, "en") };
}

/** Shortens text for messages: a reviewer needs to recognise it, not read it all. */
export function excerpt(text: string, length = 80): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}
