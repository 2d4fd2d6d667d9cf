import fc from "fast-check";
import type { Analysis } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings/schema";
import { composeResultArea } from "../../src/core/plans/compose-area";
import { composeCompetency, defaultBehaviours, libraryTag } from "../../src/core/plans/compose-competency";
import { composeLevelRow } from "../../src/core/plans/compose-level-row";
import { composeReplacement } from "../../src/core/plans/compose-replacement";
import { composeSkeleton } from "../../src/core/plans/compose-skeleton";
import type { EditPlan } from "../../src/core/plans/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";
import { applyPlan } from "../../src/hosts/docx/apply-plan";
import { readDocx, type DocxDocument } from "../../src/hosts/docx/read-docx";
import {
  analyseDocument,
  FIXTURE_FILES,
  isSubsequence,
  readFixture,
  withoutLevelRow,
  withoutSection,
} from "./variants";

/**
 * Every plan the core can make for every fixture (and for variants of them with a section or a level-table
 * row taken out) is applied to the file, read back and checked again: the original paragraphs are all still
 * there in order, the finding the plan was made for is gone, and the new content reads back where it was
 * meant to go.
 */

const SEED = 20260312;

// Each fixture's variants are read, checked, written and read again several times: minutes, not seconds,
// on a slow machine.
jest.setTimeout(120_000);
const LEVELS = ["5", "4/5", "3", null] as const;

interface Applied {
  document: DocxDocument;
  analysis: Analysis;
  texts: string[];
}

const textsOf = (document: DocxDocument) => document.snapshot.blocks.map((block) => block.text);
const key = (finding: Finding) => `${finding.rule}|${finding.section ?? "-"}|${finding.text}`;
const bare = (text: string) => text.trim().replace(/[;.,:]+$/, "");
/** Inserted items take the document's punctuation and, where it writes sentences, a capital. */
const item = (text: string) => bare(text).replace(/^\p{L}/u, (letter) => letter.toLowerCase());

/** Applies a plan, reads the result back and checks it with the template the original was checked with. */
function apply(document: DocxDocument, plan: EditPlan, templateId: string | null): Applied {
  const result = applyPlan(document, plan);
  const after = readDocx(result.value.bytes).value;
  const analysis = analyseDocument(after, templateId);
  // What the writer says it inserted is what reading the file back shows.
  const texts = textsOf(after);
  plan.operations.forEach((operation, index) => {
    const location = result.value.inserted[index]!;
    if (operation.kind === "insert-paragraphs") {
      const expected = operation.paragraphs.map((paragraph) =>
        paragraph.runs.map((run) => run.text).join(""),
      );
      expect(texts.slice(location.start, location.end + 1)).toEqual(expected);
    } else if (operation.kind === "replace-text") {
      expect(texts[location.start]!.slice(location.chars!.start, location.chars!.end)).toBe(operation.text);
    } else if (operation.kind === "insert-table-row" || operation.kind === "insert-table") {
      expect(location.end - location.start + 1).toBeGreaterThanOrEqual(
        (operation.kind === "insert-table-row" ? [operation.cells] : operation.rows).flat().length,
      );
    }
  });
  return { document: after, analysis, texts };
}

/** (1) the original paragraphs are all still there, in the same order (but for lines a plan removes). */
function expectOriginalsKept(before: DocxDocument, after: Applied, plan?: EditPlan): void {
  const removed = new Set(
    (plan?.operations ?? []).flatMap((operation) =>
      operation.kind === "remove-paragraph" ? [operation.anchor.block] : [],
    ),
  );
  const kept = textsOf(before).filter((_, index) => !removed.has(index));
  expect(isSubsequence(kept, after.texts)).toBe(true);
}

/** (2) the finding the plan was made for is gone (one fewer of its kind where several look alike). */
function expectFixed(before: Analysis, finding: Finding, after: Applied): void {
  const count = (findings: Finding[]) =>
    findings.filter((candidate) => key(candidate) === key(finding)).length;
  expect(count(after.analysis.findings)).toBe(count(before.findings) - 1);
}

/** Applies every plan fix of the findings and checks (1) and (2) for each. */
function checkPlanFixes(document: DocxDocument, analysis: Analysis): number {
  let applied = 0;
  for (const finding of analysis.findings) {
    if (finding.fix?.kind !== "plan") continue;
    const after = apply(document, finding.fix.plan, analysis.template?.id ?? null);
    expectOriginalsKept(document, after, finding.fix.plan);
    expectFixed(analysis, finding, after);
    applied++;
  }
  return applied;
}

describe.each(FIXTURE_FILES)("%s", (name) => {
  const bytes = readFixture(name);
  const document = readDocx(bytes).value;
  const analysis = analyseDocument(document);
  const template = analysis.template;
  const templateId = template?.id ?? null;

  it("gets each deleted template section back through the plan fixes of the findings", () => {
    const present = [...new Set(analysis.profile.sections.map((section) => section.id))].filter(
      (id): id is string =>
        id !== null && template?.sections.find((section) => section.id === id)?.required === true,
    );
    let variants = 0;
    for (const sectionId of present) {
      const variant = withoutSection(bytes, sectionId);
      if (!variant) continue;
      variants++;
      const variantDocument = readDocx(variant).value;
      const variantAnalysis = analyseDocument(variantDocument, templateId);
      const missing = variantAnalysis.findings.find(
        (finding) => finding.rule === "section-missing" && finding.section === sectionId,
      );
      expect(missing?.fix?.kind).toBe("plan");
      expect(checkPlanFixes(variantDocument, variantAnalysis)).toBeGreaterThan(0);
      const after = apply(variantDocument, (missing!.fix as { plan: EditPlan }).plan, templateId);
      expect(after.analysis.profile.sections.some((section) => section.id === sectionId)).toBe(true);
    }
    expect(variants).toBe(present.length);
  });

  it("adds a result area that reads back as the last area with its title and items", () => {
    const plan = template
      ? composeResultArea(analysis.profile, document.snapshot, template, {
          title: "Kwaliteitszorg",
          tasks: ["bewaken van de kwaliteit", "verbeteren van processen"],
          indicators: ["klachten", "doorlooptijd", "audituitkomsten"],
        })
      : null;
    if (!template?.resultAreas || analysis.profile.resultAreas.length === 0) {
      expect(analysis.profile.resultAreas).toHaveLength(0);
      return;
    }
    const after = apply(document, plan!, templateId);
    expectOriginalsKept(document, after);
    const areas = after.analysis.profile.resultAreas;
    expect(areas).toHaveLength(analysis.profile.resultAreas.length + 1);
    const last = areas[areas.length - 1]!;
    expect(last.title).toBe("Kwaliteitszorg");
    expect(last.indicators.map((entry) => item(entry.text))).toEqual([
      "klachten",
      "doorlooptijd",
      "audituitkomsten",
    ]);
    if (analysis.profile.resultAreas.some((area) => area.tasks.length > 0))
      expect(last.tasks.map((entry) => item(entry.text))).toEqual([
        "bewaken van de kwaliteit",
        "verbeteren van processen",
      ]);
  });

  it("inserts library competencies that read back with the chosen level and behaviours", () => {
    const choices = fc.sample(
      fc.record({
        competency: fc.constantFrom(...BUILT_IN_LIBRARY.competencies),
        level: fc.constantFrom(...LEVELS),
      }),
      { seed: SEED + name.length, numRuns: 3 },
    );
    for (const { competency, level } of choices) {
      const behaviours = template ? defaultBehaviours(competency, level, template) : [];
      const plan = template
        ? composeCompetency(analysis.profile, document.snapshot, template, BUILT_IN_LIBRARY, {
            competency,
            level,
            behaviours,
          })
        : null;
      const hasSection = analysis.profile.sections.some(
        (section) =>
          template?.sections.find((definition) => definition.id === section.id)?.kind === "competencies",
      );
      if (!hasSection) {
        expect(plan).toBeNull();
        continue;
      }
      const after = apply(document, plan!, templateId);
      expectOriginalsKept(document, after);
      const competencies = after.analysis.profile.competencies;
      const added = competencies[competencies.length - 1]!;
      expect(competencies).toHaveLength(analysis.profile.competencies.length + 1);
      expect(added.name).toBe(competency.name);
      expect(added.level).toBe(level);
      expect(added.behaviours.map((entry) => item(entry.text))).toEqual(behaviours.map(item));
      expect(added.libraryTag).toBe(libraryTag(BUILT_IN_LIBRARY, competency));
    }
  });

  it("adds a level-table row, and a missing Functiegroep row through its fix", () => {
    const plan = composeLevelRow(analysis.profile, document.snapshot, "Werkomgeving");
    if (!analysis.profile.levelTable) {
      expect(plan).toBeNull();
      return;
    }
    const after = apply(document, plan!, templateId);
    expectOriginalsKept(document, after);
    const table = after.analysis.profile.levelTable!;
    const row = table.rows[table.rows.length - 1]!;
    expect(row.aspect).toBe("Werkomgeving");
    expect(row.cells[table.ownColumn!]!.text).toBe("xxx");

    const variant = withoutLevelRow(readFixture(name), "Functiegroep");
    const variantDocument = readDocx(variant!).value;
    const variantAnalysis = analyseDocument(variantDocument, templateId);
    expect(variantAnalysis.findings.some((finding) => finding.rule === "level-table-incomplete")).toBe(true);
    // The row's fix, and the removal offered for an untailored standard line (seed 001's traffic risk).
    const untailored = variantAnalysis.findings.filter(
      (finding) => finding.rule === "template-guidance-left",
    );
    expect(checkPlanFixes(variantDocument, variantAnalysis)).toBe(1 + untailored.length);
  });

  it("replaces placeholders with the user's text, one finding at a time", () => {
    const placeholders = analysis.findings.filter((finding) => finding.fix?.kind === "replace-placeholder");
    const chosen =
      placeholders.length === 0
        ? []
        : fc.sample(fc.constantFrom(...placeholders), { seed: SEED, numRuns: 6 });
    for (const finding of new Set(chosen)) {
      const fix = finding.fix as Extract<NonNullable<Finding["fix"]>, { kind: "replace-placeholder" }>;
      const plan = composeReplacement(fix, "Ingevuld door de schrijver", finding.id);
      const after = apply(document, plan, templateId);
      expectFixed(analysis, finding, after);
      const before = textsOf(document);
      const block = fix.anchor.block;
      expect(after.texts[block]).toBe(
        before[block]!.slice(0, fix.start) + "Ingevuld door de schrijver" + before[block]!.slice(fix.end),
      );
      expect([...after.texts.slice(0, block), ...after.texts.slice(block + 1)]).toEqual([
        ...before.slice(0, block),
        ...before.slice(block + 1),
      ]);
    }
  });

  if (name === "leeg.docx") {
    it.each(BUILT_IN_TEMPLATES.map((candidate) => [candidate.id, candidate] as const))(
      "fills the empty document with the %s skeleton, every required section present",
      (id, skeletonTemplate) => {
        const plan = composeSkeleton(
          analysis.profile,
          document.snapshot,
          skeletonTemplate,
          BUILT_IN_STANDARD_TEXTS,
        )!;
        const after = apply(document, plan, id);
        expectOriginalsKept(document, after);
        expect(after.analysis.findings.filter((finding) => finding.rule === "section-missing")).toEqual([]);
        const detected = analyseDocument(after.document);
        expect(detected.template?.id).toBe(id);
      },
    );
  }
});
