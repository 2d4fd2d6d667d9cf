import { existsSync } from "node:fs";
import { join } from "node:path";
import { RULES } from ".";

describe("the rule registry", () => {
  it("gives every rule a unique kebab-case id that is also its file name", () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(join(__dirname, `${id}.ts`))).toBe(true);
    }
  });

  it("has a test file for every registered rule", () => {
    const missing = RULES.map((rule) => rule.meta.id).filter(
      (id) => !existsSync(join(__dirname, `${id}.test.ts`)),
    );
    expect(missing).toEqual([]);
  });

  it("keeps the public rule ids of docs/rules.md, which reports and ignores rely on", () => {
    const ids = new Set(RULES.map((rule) => rule.meta.id));
    for (const id of [
      "template-unknown",
      "section-missing",
      "section-empty",
      "placeholder",
      "template-guidance-left",
      "result-area-no-tasks",
      "result-area-no-indicators",
      "result-area-numbering",
      "competency-count",
      "competency-level-missing",
      "competency-level-invalid",
      "competency-no-behaviours",
      "competency-duplicate",
      "competency-unknown",
      "leadership-consistency",
      "level-table-incomplete",
      "signature-incomplete",
    ]) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it("writes every message in Dutch and English with the same slots", () => {
    for (const rule of RULES) {
      for (const [id, text] of Object.entries(rule.meta.messages)) {
        const slots = (value: string) =>
          [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
        expect({ rule: rule.meta.id, id, slots: slots(text.en) }).toEqual({
          rule: rule.meta.id,
          id,
          slots: slots(text.nl),
        });
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
    }
  });
});
