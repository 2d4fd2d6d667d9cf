import type { Analysis } from "../../src/core/analyse";
import { isProfielwijzerError } from "../../src/core/common";
import { composeResultArea } from "../../src/core/plans/compose-area";
import { composeCompetency, defaultBehaviours } from "../../src/core/plans/compose-competency";
import { composeLevelRow } from "../../src/core/plans/compose-level-row";
import { composeReplacement } from "../../src/core/plans/compose-replacement";
import { composeSection } from "../../src/core/plans/compose-section";
import { composeSkeleton } from "../../src/core/plans/compose-skeleton";
import type { EditPlan } from "../../src/core/plans/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";
import { applyPlan } from "../../src/hosts/docx/apply-plan";
import { readDocx, type DocxDocument } from "../../src/hosts/docx/read-docx";
import { checkAnalysis, InvariantError } from "./properties";

/**
 * Applying a plan to a real .docx never loses a character: every paragraph of the document as read is
 * still there afterwards, in the same order, with only the placeholder a replace-text plan was made for
 * changed; and the new paragraphs read back where the writer says it put them.
 */

/** Every plan the task pane could apply to this document: finding fixes and the composers. */
export function collectPlans(
  document: DocxDocument,
  analysis: Analysis,
  choice: number,
  text: string,
): EditPlan[] {
  const plans: EditPlan[] = [];
  const { snapshot } = document;
  for (const finding of analysis.findings) {
    if (finding.fix?.kind === "plan") plans.push(finding.fix.plan);
    if (finding.fix?.kind === "replace-placeholder")
      plans.push(composeReplacement(finding.fix, text, finding.id));
  }
  const template = analysis.template;
  if (template) {
    for (const section of template.sections) {
      const plan = composeSection(analysis.profile, snapshot, template, section.id, BUILT_IN_STANDARD_TEXTS);
      if (plan) plans.push(plan);
    }
    const area = composeResultArea(analysis.profile, snapshot, template, {
      title: text || "Nieuw resultaatgebied",
    });
    if (area) plans.push(area);
    const competency = BUILT_IN_LIBRARY.competencies[choice % BUILT_IN_LIBRARY.competencies.length]!;
    const level = (["5", "4/5", null] as const)[choice % 3]!;
    const behaviours = defaultBehaviours(competency, level, template);
    const inserted = composeCompetency(analysis.profile, snapshot, template, BUILT_IN_LIBRARY, {
      competency,
      level,
      behaviours,
    });
    if (inserted) plans.push(inserted);
    const row = composeLevelRow(analysis.profile, snapshot, "Functiegroep");
    if (row) plans.push(row);
  }
  for (const candidate of BUILT_IN_TEMPLATES) {
    const skeleton = composeSkeleton(analysis.profile, snapshot, candidate, BUILT_IN_STANDARD_TEXTS);
    if (skeleton) plans.push(skeleton);
  }
  return plans;
}

/**
 * What a text can be in a .docx: XML 1.0 has no place for C0 control characters (other than tab, line
 * feed and carriage return) or U+FFFE/U+FFFF, so the writer leaves them out; UTF-8 cannot hold an unpaired
 * surrogate, which encoding turns into U+FFFD; and a carriage return is a line break, which reads back as
 * "\n" (the snapshot's line break).
 */
export function writableText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
      .replace(/\r\n?/g, "\n")
  );
}

/** True when `needles` occur in `haystack` in the same order (not necessarily next to each other). */
export function isSubsequence(needles: readonly string[], haystack: readonly string[]): boolean {
  let at = 0;
  for (const text of haystack) if (at < needles.length && text === needles[at]) at++;
  return at === needles.length;
}

/** The texts the document's own paragraphs must read after the plan: unchanged but for replacements and removals. */
function expectedOriginals(document: DocxDocument, plan: EditPlan): string[] {
  const texts = document.snapshot.blocks.map((block) => block.text);
  const byBlock = new Map<number, { start: number; end: number; text: string }[]>();
  for (const operation of plan.operations) {
    if (operation.kind !== "replace-text") continue;
    byBlock.set(operation.anchor.block, [...(byBlock.get(operation.anchor.block) ?? []), operation]);
  }
  for (const [block, replacements] of byBlock) {
    // Right to left, so earlier offsets stay valid.
    for (const replacement of [...replacements].sort((a, b) => b.start - a.start)) {
      texts[block] =
        texts[block]!.slice(0, replacement.start) +
        writableText(replacement.text) +
        texts[block]!.slice(replacement.end);
    }
  }
  const removed = new Set(
    plan.operations.flatMap((operation) =>
      operation.kind === "remove-paragraph" ? [operation.anchor.block] : [],
    ),
  );
  return texts.filter((_, index) => !removed.has(index));
}

export function checkApply(document: DocxDocument, plan: EditPlan, label: string): void {
  let result: ReturnType<typeof applyPlan>;
  try {
    result = applyPlan(document, plan);
  } catch (error) {
    const detail = isProfielwijzerError(error) ? `${error.code}: ${error.text.en}` : String(error);
    throw new InvariantError(`${label}: applyPlan refused a plan made for this very document (${detail})`);
  }
  const after = readDocx(result.value.bytes).value;
  const texts = after.snapshot.blocks.map((block) => block.text);
  const expected = expectedOriginals(document, plan);
  if (!isSubsequence(expected, texts)) {
    let kept = 0;
    for (const text of texts) if (kept < expected.length && text === expected[kept]) kept++;
    throw new InvariantError(
      `${label}: original paragraph ${kept} (${JSON.stringify(expected[kept]?.slice(0, 80))}) is missing or out of order after applying the plan`,
    );
  }
  plan.operations.forEach((operation, index) => {
    // A removal leaves nothing to point at (and a plan that removes does nothing else).
    if (operation.kind === "remove-paragraph") return;
    const location = result.value.inserted[index];
    if (!location) throw new InvariantError(`${label}: no inserted location for operation ${index}`);
    if (location.start > location.end || location.end >= texts.length) {
      throw new InvariantError(
        `${label}: inserted location ${location.start}–${location.end} is outside the new document`,
      );
    }
    if (operation.kind === "replace-text") {
      const chars = location.chars;
      const read = chars ? texts[location.start]!.slice(chars.start, chars.end) : null;
      if (read !== writableText(operation.text)) {
        throw new InvariantError(
          `${label}: replacement ${JSON.stringify(operation.text)} reads back as ${JSON.stringify(read)}`,
        );
      }
    }
    if (operation.kind === "insert-paragraphs") {
      const written = operation.paragraphs.map((paragraph) =>
        writableText(paragraph.runs.map((run) => run.text).join("")),
      );
      const read = texts.slice(location.start, location.end + 1);
      if (JSON.stringify(read) !== JSON.stringify(written)) {
        throw new InvariantError(
          `${label}: operation ${index} wrote ${JSON.stringify(written).slice(0, 200)} but reads back ${JSON.stringify(read).slice(0, 200)}`,
        );
      }
    }
  });
  checkAnalysis({ snapshot: after.snapshot, templateId: null });
}
