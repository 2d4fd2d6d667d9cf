import type { Analysis } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings/schema";
import { composeResultArea } from "../../src/core/plans/compose-area";
import { composeCompetency, defaultBehaviours } from "../../src/core/plans/compose-competency";
import { composeLevelRow } from "../../src/core/plans/compose-level-row";
import { composeReplacement } from "../../src/core/plans/compose-replacement";
import { composeSkeleton } from "../../src/core/plans/compose-skeleton";
import type { EditPlan } from "../../src/core/plans/schema";
import type { DocumentSnapshot } from "../../src/core/snapshot/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";
import { readDocx } from "../../src/hosts/docx/read-docx";
import { createWordHost } from "../../src/hosts/word/word-host";
import {
  analyseDocument,
  analyseSnapshot,
  FIXTURE_FILES,
  isSubsequence,
  readFixture,
  withoutLevelRow,
  withoutSection,
} from "../docx-writer/variants";
import { createFakeWord } from "../fakes/word";
import { fakeSpecsFromSnapshot } from "../fakes/word/from-snapshot";

/**
 * The Word adapter's side of "every plan for every fixture": each fixture (and each variant with a
 * template section or a level-table row cut out) is opened in the fake Word as the .docx reader saw it,
 * read through the adapter, and every plan the core makes for it is applied there. Each apply is one
 * sync that succeeds; afterwards every original paragraph is still there in order, and a fresh read and
 * check no longer reports the finding the plan was made for.
 */

jest.setTimeout(120_000);

interface Case {
  label: string;
  plan: EditPlan;
  finding: Finding | null;
}

const key = (finding: Finding) => `${finding.rule}|${finding.section ?? "-"}|${finding.text}`;

/** Every plan the core makes for a document: its findings' fixes and each kind of insertion. */
function casesFor(snapshot: DocumentSnapshot, analysis: Analysis): Case[] {
  const cases: Case[] = [];
  const template = analysis.template;
  for (const finding of analysis.findings) {
    if (finding.fix?.kind === "plan")
      cases.push({ label: `fix ${finding.rule}`, plan: finding.fix.plan, finding });
    if (finding.fix?.kind === "replace-placeholder")
      cases.push({
        label: `placeholder in block ${finding.fix.anchor.block}`,
        plan: composeReplacement(finding.fix, "Ingevuld door de schrijver", finding.id),
        finding,
      });
  }
  if (!template) return cases;
  const area = composeResultArea(analysis.profile, snapshot, template, {
    title: "Kwaliteitszorg",
    tasks: ["bewaken van de kwaliteit"],
    indicators: ["klachten", "doorlooptijd"],
  });
  if (area && analysis.profile.resultAreas.length > 0)
    cases.push({ label: "result area", plan: area, finding: null });
  const competency = BUILT_IN_LIBRARY.competencies[0]!;
  const chosen = composeCompetency(analysis.profile, snapshot, template, BUILT_IN_LIBRARY, {
    competency,
    level: "4",
    behaviours: defaultBehaviours(competency, "4", template),
  });
  if (chosen) cases.push({ label: "competency", plan: chosen, finding: null });
  const row = composeLevelRow(analysis.profile, snapshot, "Werkomgeving");
  if (row) cases.push({ label: "level-table row", plan: row, finding: null });
  if (snapshot.blocks.every((block) => block.text.trim() === ""))
    for (const skeletonTemplate of BUILT_IN_TEMPLATES) {
      const skeleton = composeSkeleton(analysis.profile, snapshot, skeletonTemplate, BUILT_IN_STANDARD_TEXTS);
      if (skeleton) cases.push({ label: `skeleton ${skeletonTemplate.id}`, plan: skeleton, finding: null });
    }
  return cases;
}

async function applyInWord(snapshot: DocumentSnapshot, templateId: string | null, item: Case): Promise<void> {
  const fake = createFakeWord(fakeSpecsFromSnapshot(snapshot));
  const host = createWordHost(fake.environment());
  const read = (await host.read()).value;
  // The fake shows Word the document the .docx reader saw.
  expect(read.blocks.map((block) => block.text)).toEqual(snapshot.blocks.map((block) => block.text));

  await host.apply(item.plan);
  const syncs = fake.syncsOfRun(fake.runCount);
  expect(syncs).toHaveLength(1);
  expect(syncs[0]!.failed).toBeNull();

  const after = (await createWordHost(fake.environment()).read()).value;
  const texts = after.blocks.map((block) => block.text);
  const removed = new Set(
    item.plan.operations.flatMap((operation) =>
      operation.kind === "remove-paragraph" ? [operation.anchor.block] : [],
    ),
  );
  const originals = snapshot.blocks.flatMap((block, index) => (removed.has(index) ? [] : [block.text]));
  const replacements = item.plan.operations.filter((operation) => operation.kind === "replace-text");
  if (replacements.length === item.plan.operations.length) {
    // Only the placeholder's characters changed.
    const expected = [...originals];
    for (const operation of [...replacements].sort((a, b) => b.start - a.start)) {
      const text = expected[operation.anchor.block]!;
      expected[operation.anchor.block] =
        text.slice(0, operation.start) + operation.text + text.slice(operation.end);
    }
    expect([item.label, texts]).toEqual([item.label, expected]);
  } else {
    expect([item.label, isSubsequence(originals, texts)]).toEqual([item.label, true]);
  }
  if (item.finding) {
    const before = analyseSnapshot(snapshot, templateId).findings;
    const now = analyseSnapshot(after, templateId).findings;
    const count = (findings: Finding[]) => findings.filter((f) => key(f) === key(item.finding!)).length;
    expect(count(now)).toBe(count(before) - 1);
  }
}

describe.each(FIXTURE_FILES)("%s in Word", (name) => {
  const bytes = readFixture(name);
  const document = readDocx(bytes).value;
  const analysis = analyseDocument(document);
  const templateId = analysis.template?.id ?? null;

  it("applies every plan the core makes for it in one sync, keeping every paragraph and fixing its finding", async () => {
    const cases = casesFor(document.snapshot, analysis);
    for (const item of cases) await applyInWord(document.snapshot, templateId, item);
    if (analysis.template) expect(cases.length).toBeGreaterThan(0);
  });

  it("gets each cut-out section and level-table row back through its fix, in one sync", async () => {
    const required = (analysis.template?.sections ?? []).filter((section) => section.required);
    const variants = [
      ...required.map((section) => withoutSection(bytes, section.id)),
      withoutLevelRow(bytes, "Functiegroep"),
    ].filter((variant): variant is Uint8Array => variant !== null);
    for (const variant of variants) {
      const snapshot = readDocx(variant).value.snapshot;
      const variantAnalysis = analyseSnapshot(snapshot, templateId);
      const fixes = casesFor(snapshot, variantAnalysis).filter(
        (item) => item.finding?.rule === "section-missing" || item.finding?.rule === "level-table-incomplete",
      );
      expect(fixes.length).toBeGreaterThan(0);
      for (const item of fixes) await applyInWord(snapshot, templateId, item);
    }
  });
});
