import { analyse, type Analysis } from "../../src/core/analyse";
import { MessageSchema, type Message } from "../../src/core/common";
import { FindingSchema } from "../../src/core/findings/schema";
import { composeResultArea } from "../../src/core/plans/compose-area";
import { composeCompetency, defaultBehaviours } from "../../src/core/plans/compose-competency";
import { composeLevelRow } from "../../src/core/plans/compose-level-row";
import { composeReplacement } from "../../src/core/plans/compose-replacement";
import { composeSection } from "../../src/core/plans/compose-section";
import { composeSkeleton } from "../../src/core/plans/compose-skeleton";
import { EditPlanSchema, type EditPlan } from "../../src/core/plans/schema";
import { ProfileSchema } from "../../src/core/profile/schema";
import type { DocumentSnapshot } from "../../src/core/snapshot/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";

/**
 * The invariants every analysis must keep, whatever the document: it never throws; profile, findings,
 * messages and plans validate against their schemas; every block range points into the document; every
 * character range into its block; and every plan any composer makes anchors on a real block whose text
 * is exactly the anchor text. Each check throws an Error that says what broke (fast-check shrinks on it).
 */

export class InvariantError extends Error {
  override name = "InvariantError";
}

function fail(message: string): never {
  throw new InvariantError(message);
}

function describeIssues(result: { success: boolean; error?: { issues: unknown[] } }): string {
  return JSON.stringify(result.error?.issues.slice(0, 3) ?? []).slice(0, 600);
}

/** Keys whose start/end are character offsets, not block indices. */
const CHARACTER_SPANS = new Set(["valueChars", "chars"]);

function isRange(value: unknown): value is { start: number; end: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { start?: unknown }).start === "number" &&
    typeof (value as { end?: unknown }).end === "number"
  );
}

/** Every block range in a value (found by shape, so new fields are covered too) lies within the document. */
export function checkBlockRanges(value: unknown, blockCount: number, path = "profile"): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => checkBlockRanges(entry, blockCount, `${path}[${index}]`));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  if (isRange(value)) {
    const { start, end } = value;
    if (!(start >= 0 && start <= end && end < blockCount)) {
      fail(`${path}: block range ${start}–${end} outside 0–${blockCount - 1}`);
    }
  }
  for (const [key, entry] of Object.entries(value)) {
    if (CHARACTER_SPANS.has(key)) continue;
    checkBlockRanges(entry, blockCount, `${path}.${key}`);
  }
}

function checkCharacters(
  snapshot: DocumentSnapshot,
  block: number,
  chars: { start: number; end: number },
  path: string,
): void {
  const text = snapshot.blocks[block]?.text;
  if (text === undefined) fail(`${path}: block ${block} does not exist`);
  if (!(chars.start >= 0 && chars.start <= chars.end && chars.end <= text.length)) {
    fail(`${path}: characters ${chars.start}–${chars.end} outside block ${block} of length ${text.length}`);
  }
}

/** Every operation anchors on a real block holding exactly the anchor text; replacements on the exact text. */
export function checkPlan(plan: EditPlan, snapshot: DocumentSnapshot, path: string): void {
  const parsed = EditPlanSchema.safeParse(plan);
  if (!parsed.success) fail(`${path}: plan does not validate: ${describeIssues(parsed)}`);
  plan.operations.forEach((operation, index) => {
    const where = `${path}.operations[${index}] (${operation.kind})`;
    const block = snapshot.blocks[operation.anchor.block];
    if (!block)
      fail(`${where}: anchor block ${operation.anchor.block} of ${snapshot.blocks.length} does not exist`);
    if (block.text !== operation.anchor.text) {
      fail(
        `${where}: anchor text ${JSON.stringify(operation.anchor.text.slice(0, 80))} ≠ block text ${JSON.stringify(block.text.slice(0, 80))}`,
      );
    }
    if (operation.kind === "replace-text") {
      checkCharacters(snapshot, operation.anchor.block, operation, where);
      if (block.text.slice(operation.start, operation.end) !== operation.expected) {
        fail(
          `${where}: expected ${JSON.stringify(operation.expected)} is not the text at ${operation.start}–${operation.end}`,
        );
      }
    }
    const paragraphs =
      operation.kind === "insert-paragraphs"
        ? operation.paragraphs
        : operation.kind === "insert-table-row"
          ? operation.cells.flatMap((cell) => cell.paragraphs)
          : operation.kind === "insert-table"
            ? operation.rows.flat().flatMap((cell) => cell.paragraphs)
            : [];
    for (const paragraph of paragraphs) {
      if (paragraph.formatFrom !== null && !snapshot.blocks[paragraph.formatFrom]) {
        fail(`${where}: formatFrom ${paragraph.formatFrom} does not exist`);
      }
    }
  });
}

export interface AnalyseCase {
  snapshot: DocumentSnapshot;
  templateId: string | null;
}

/** Runs analyse() and checks the invariants of its result; returns the analysis for further checks. */
export function checkAnalysis({ snapshot, templateId }: AnalyseCase): Analysis {
  const result = analyse(snapshot, {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
    templateId,
  });
  const { profile, findings } = result.value;
  const count = snapshot.blocks.length;

  const parsedProfile = ProfileSchema.safeParse(profile);
  if (!parsedProfile.success) fail(`profile does not validate: ${describeIssues(parsedProfile)}`);
  checkBlockRanges(profile, count);
  for (const field of profile.fields) {
    checkCharacters(snapshot, field.range.end, field.valueChars, `field ${field.key}`);
    const raw = snapshot.blocks[field.range.end]!.text.slice(field.valueChars.start, field.valueChars.end);
    if (raw.trim() !== field.value) {
      fail(
        `field ${field.key}: value ${JSON.stringify(field.value)} ≠ text at valueChars ${JSON.stringify(raw)}`,
      );
    }
  }

  findings.forEach((finding, index) => {
    const path = `findings[${index}] (${finding.rule})`;
    const parsed = FindingSchema.safeParse(finding);
    if (!parsed.success) fail(`${path} does not validate: ${describeIssues(parsed)}`);
    if (count > 0) checkBlockRanges(finding.location, count, `${path}.location`);
    if (finding.location.chars)
      checkCharacters(snapshot, finding.location.start, finding.location.chars, path);
    if (finding.fix?.kind === "plan") checkPlan(finding.fix.plan, snapshot, `${path}.fix`);
    if (finding.fix?.kind === "replace-placeholder") {
      const fix = finding.fix;
      checkPlan(composeReplacement(fix, "ingevuld", finding.id), snapshot, `${path}.replacement`);
    }
  });
  result.messages.forEach((message: Message, index) => {
    const parsed = MessageSchema.safeParse(message);
    if (!parsed.success) fail(`messages[${index}] does not validate: ${describeIssues(parsed)}`);
    if (message.location && count > 0)
      checkBlockRanges(message.location, count, `messages[${index}].location`);
  });
  return result.value;
}

export interface ComposeCase extends AnalyseCase {
  /** Picks a library competency, a level and a title for the composers. */
  choice: number;
  title: string;
}

const LEVELS = ["5", "4/5", "1", null] as const;

/** Every composer the task pane offers, on the analysed document: their plans anchor on real blocks. */
export function checkComposers(input: ComposeCase): void {
  const analysis = checkAnalysis(input);
  const { snapshot } = input;
  const template = analysis.template;
  if (template) {
    for (const section of template.sections) {
      const plan = composeSection(analysis.profile, snapshot, template, section.id, BUILT_IN_STANDARD_TEXTS);
      if (plan) checkPlan(plan, snapshot, `composeSection(${section.id})`);
    }
    const area = composeResultArea(analysis.profile, snapshot, template, { title: input.title });
    if (area) checkPlan(area, snapshot, "composeResultArea");
    const competency = BUILT_IN_LIBRARY.competencies[input.choice % BUILT_IN_LIBRARY.competencies.length]!;
    const level = LEVELS[input.choice % LEVELS.length]!;
    const plan = composeCompetency(analysis.profile, snapshot, template, BUILT_IN_LIBRARY, {
      competency,
      level,
      behaviours: defaultBehaviours(competency, level, template),
    });
    if (plan) checkPlan(plan, snapshot, "composeCompetency");
    const row = composeLevelRow(analysis.profile, snapshot, "Functiegroep");
    if (row) checkPlan(row, snapshot, "composeLevelRow");
  }
  for (const candidate of BUILT_IN_TEMPLATES) {
    const skeleton = composeSkeleton(analysis.profile, snapshot, candidate, BUILT_IN_STANDARD_TEXTS);
    if (skeleton) checkPlan(skeleton, snapshot, `composeSkeleton(${candidate.id})`);
  }
}
