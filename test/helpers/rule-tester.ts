import type { Library } from "../../src/data/library-schema";
import type { Template } from "../../src/data/template-schema";
import { analyse } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings/schema";
import { FindingSchema } from "../../src/core/findings/schema";
import type { Rule } from "../../src/core/rules/define-rule";
import type { DocumentSnapshot } from "../../src/core/snapshot/schema";
import { BUILT_IN_TEMPLATES } from "../../src/data/templates";

/** ESLint's RuleTester, for profiles: valid cases stay quiet, invalid cases give exactly these findings. */
export interface RuleCase {
  name: string;
  snapshot: DocumentSnapshot;
  templateId?: string;
  templates?: readonly Template[];
  library?: Library | null;
}

export interface ExpectedFinding {
  messageId?: string;
  /** Substring of the Dutch message. */
  message?: string;
  text?: string;
  section?: string | null;
  location?: Finding["location"];
  fix?: Finding["fix"] extends infer F ? (F extends { kind: infer K } ? K : never) | null : never;
}

function run(rule: Rule, testCase: RuleCase): Finding[] {
  return analyse(testCase.snapshot, {
    templates: testCase.templates ?? BUILT_IN_TEMPLATES,
    templateId: testCase.templateId ?? null,
    library: testCase.library ?? null,
    rules: [rule],
  }).value.findings;
}

export function testRule(
  rule: Rule,
  cases: { valid: RuleCase[]; invalid: Array<RuleCase & { findings: ExpectedFinding[] }> },
): void {
  describe(`rule ${rule.meta.id}`, () => {
    for (const testCase of cases.valid) {
      it(`stays quiet: ${testCase.name}`, () => {
        expect(run(rule, testCase).map((finding) => finding.message.nl)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`reports: ${testCase.name}`, () => {
        const findings = run(rule, testCase);
        expect(findings).toHaveLength(testCase.findings.length);
        findings.forEach((finding, index) => {
          expect(FindingSchema.safeParse(finding).success).toBe(true);
          const expected = testCase.findings[index]!;
          expect(finding.rule).toBe(rule.meta.id);
          if (expected.messageId) {
            const template = rule.meta.messages[expected.messageId]!.nl;
            const fixed = template.split(/\{\{\w+\}\}/)[0]!;
            expect(finding.message.nl.startsWith(fixed)).toBe(true);
          }
          if (expected.message) expect(finding.message.nl).toContain(expected.message);
          if (expected.text !== undefined) expect(finding.text).toBe(expected.text);
          if (expected.section !== undefined) expect(finding.section).toBe(expected.section);
          if (expected.location) expect(finding.location).toEqual(expected.location);
          if (expected.fix !== undefined) expect(finding.fix?.kind ?? null).toBe(expected.fix);
          expect(finding.message.en).not.toMatch(/\{\{/);
          expect(finding.message.nl).not.toMatch(/\{\{/);
        });
      });
    }
  });
}
