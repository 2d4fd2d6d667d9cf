import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/core/analyse";
import { learnTemplate } from "../../src/core/learn/learn-template";
import type { DocumentSnapshot } from "../../src/core/snapshot/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../src/data";
import { readDocxSnapshot } from "../../src/hosts/docx/read-docx";
import { compareWithExpected, type Expected } from "./expected";

/**
 * A template learned from the other profiles of one system's house style reads a held-out profile of
 * that style as well as the built-in template written by hand does (leave one out, per system).
 */
const folder = join(__dirname, "..", "fixtures", "house-styles");
const cache = new Map<string, DocumentSnapshot>();
const snapshotOf = (file: string) => {
  if (!cache.has(file))
    cache.set(file, readDocxSnapshot(new Uint8Array(readFileSync(join(folder, file))), { name: file }).value);
  return cache.get(file)!;
};
const expectedOf = (file: string) =>
  JSON.parse(
    readFileSync(join(folder, "src", file.replace(".pandoc.docx", ".expected.json")), "utf8"),
  ) as Expected;

/** Structure checks right (the template check left out: the learned one is not the system's id). */
function structureRight(file: string, templates: typeof BUILT_IN_TEMPLATES, templateId: string | null) {
  const analysis = analyse(snapshotOf(file), { templates, templateId, library: BUILT_IN_LIBRARY }).value;
  const result = compareWithExpected(analysis, expectedOf(file));
  return { right: result.right - (result.templateRight ? 1 : 0), checks: result.checks - 1 };
}

describe.each(["fgr", "orba", "hr21", "ufo", "onderwijs", "fwg"])(
  "a template learned from %s profiles",
  (system) => {
    const files = readdirSync(folder)
      .filter((name) => name.startsWith(`${system}-`) && name.endsWith(".pandoc.docx"))
      .sort();

    it("reads each held-out profile, over all of them, as well as the built-in template", () => {
      let builtIn = 0;
      let learned = 0;
      let checks = 0;
      for (const file of files) {
        const training = files.filter((other) => other !== file);
        const template = learnTemplate(
          training.map((other) => ({ name: other, snapshot: snapshotOf(other) })),
          { id: `geleerd-${system}`, name: system },
        ).template;
        const byHand = structureRight(file, BUILT_IN_TEMPLATES, null);
        const byLearned = structureRight(file, [...BUILT_IN_TEMPLATES, template], template.id);
        builtIn += byHand.right;
        learned += byLearned.right;
        checks += byHand.checks;
      }
      expect(files.length).toBeGreaterThanOrEqual(7);
      // Within one check in a hundred of what the hand-written template reaches.
      expect(learned / checks).toBeGreaterThanOrEqual(builtIn / checks - 0.01);
    });
  },
);
