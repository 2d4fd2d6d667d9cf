import { z } from "zod";
import type { Result } from "../../core/common";
import type { ApplyOutcome } from "../../core/host";
import {
  type EditOperation,
  type EditPlan,
  EditPlanSchema,
  type InsertParagraphs,
  type InsertTable,
  type InsertTableRow,
  type NewParagraph,
  type ReplaceText,
  newParagraphsOf,
} from "../../core/plans/schema";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import { checkReplacement } from "../../core/plans/apply-checks";
import { WORD_API, type WordEnvironment, supportsWordApi } from "./environment";
import { documentChangedError, mapWordError, planInvalidError, requirementMissingError } from "./errors";
import {
  type InsertionGroup,
  type TextChange,
  RANK_AFTER_BLOCK,
  RANK_BEFORE_BLOCK,
  RANK_TABLE_ROW,
  layoutInsertions,
} from "./plan-layout";
import { type TextLocator, locateText, normaliseWordText, queueLocatedRange, toWordText } from "./text";

/**
 * Applies an edit plan in two syncs: one that reads the current paragraphs and verifies every anchor,
 * and one that carries all the writes.
 *
 * Why not one: office-js runs a batch without client-side conditions and stops at the first failing
 * operation without undoing the ones before it. No WordApi operation fails exactly when a paragraph
 * does not hold a given text (search only tests containment, up to 255 characters), and without loaded
 * `items` there is no way to address paragraph n at all. So the check needs the text on the client
 * first; when any anchor moved, the adapter throws before a single write is queued.
 */

/** What the host remembers between calls, to tell whether the document still is what was read. */
export type ReadMemory =
  | { kind: "none" }
  | { kind: "read"; snapshot: DocumentSnapshot }
  /** The adapter changed the document itself; plans made from the earlier read are stale. */
  | { kind: "applied" };

/** Built-in paragraph styles a plan may name (locale-independent, office-js `BuiltInStyleName`). */
const PARAGRAPH_STYLES = new Set([
  "Normal",
  "Title",
  "Subtitle",
  "ListParagraph",
  "NoSpacing",
  "Quote",
  "IntenseQuote",
  "Caption",
  ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`),
]);

interface CurrentParagraph {
  text: string;
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  nesting: number;
  list: { id: number; level: number } | null;
  rowCellCount: number | null;
}

interface ReplacementStep {
  operation: number;
  op: ReplaceText;
  /** Found in the paragraph text as it is when this step runs (replacements run right to left). */
  locator: TextLocator | null;
  mode: "replace" | "insert-start" | "insert-end" | "insert-before-char";
}

export async function applyWordPlan(
  env: WordEnvironment,
  input: EditPlan,
  memory: ReadMemory,
  onWriteSent: () => void = () => undefined,
): Promise<Result<ApplyOutcome>> {
  const parsed = EditPlanSchema.safeParse(input);
  if (!parsed.success) {
    const detail = z.prettifyError(parsed.error);
    throw planInvalidError(`het plan is ongeldig (${detail}).`, `the plan is invalid (${detail}).`);
  }
  const plan = parsed.data;
  if (!supportsWordApi(env, WORD_API.base)) {
    throw requirementMissingError(WORD_API.base, {
      nl: "Invoegen in het document",
      en: "Inserting into the document",
    });
  }
  if (memory.kind === "applied") throw documentChangedError();
  let writing = false;
  try {
    return await env.run(async (context) => {
      const needs = decideNeeds(plan);
      const paragraphs = context.document.body.paragraphs.load(verifyProperties(needs));
      await context.sync();
      const items = paragraphs.items;
      const current = items.map((paragraph) => readCurrent(paragraph, needs));
      verifyPlan(plan, current, memory);
      const replacements = planReplacements(plan, current);
      const writer = new PlanWriter(items, current, rowExtents(current, memory));
      for (const [index, operation] of plan.operations.entries())
        writer.queue(operation, index, replacements);
      writing = true;
      onWriteSent();
      await context.sync();
      return {
        value: { inserted: layoutInsertions(writer.groups, textChanges(replacements)) },
        messages: [],
      };
    });
  } catch (error) {
    throw mapWordError(error, writing ? "write" : "read");
  }
}

/** What the verify batch must load besides the text, decided from the plan. */
interface VerifyNeeds {
  /** Copying list membership needs each paragraph's list id and level. */
  lists: boolean;
  /** A new table row needs the anchor row's cell count. */
  rows: boolean;
}

function decideNeeds(plan: EditPlan): VerifyNeeds {
  return {
    lists: plan.operations.some((operation) =>
      newParagraphsOf(operation).some((paragraph) => paragraph.formatFrom !== null),
    ),
    rows: plan.operations.some((operation) => operation.kind === "insert-table-row"),
  };
}

function verifyProperties(needs: VerifyNeeds): string {
  const properties = ["text", "style", "styleBuiltIn", "isListItem", "tableNestingLevel"];
  // Navigation properties load for every paragraph in the same request; only asked for when needed.
  if (needs.lists) properties.push("listItemOrNullObject/level", "listOrNullObject/id");
  if (needs.rows) properties.push("parentTableCellOrNullObject/parentRow/cellCount");
  return properties.map((property) => `items/${property}`).join(",");
}

function readCurrent(paragraph: Word.Paragraph, needs: VerifyNeeds): CurrentParagraph {
  const current: CurrentParagraph = {
    text: normaliseWordText(paragraph.text),
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn,
    isListItem: paragraph.isListItem,
    nesting: paragraph.tableNestingLevel,
    list: null,
    rowCellCount: null,
  };
  if (needs.lists && current.isListItem) {
    const item = paragraph.listItemOrNullObject;
    const list = paragraph.listOrNullObject;
    if (!item.isNullObject && !list.isNullObject) current.list = { id: list.id, level: item.level };
  }
  if (needs.rows && current.nesting > 0) {
    const cell = paragraph.parentTableCellOrNullObject;
    if (!cell.isNullObject) current.rowCellCount = cell.parentRow.cellCount;
  }
  return current;
}

function verifyPlan(plan: EditPlan, current: CurrentParagraph[], memory: ReadMemory): void {
  if (memory.kind === "read" && memory.snapshot.blocks.length !== current.length)
    throw documentChangedError();
  for (const operation of plan.operations) {
    const anchor = current[operation.anchor.block];
    if (!anchor || anchor.text !== operation.anchor.text) throw documentChangedError();
    for (const paragraph of newParagraphsOf(operation)) {
      if (paragraph.formatFrom !== null && !current[paragraph.formatFrom]) throw documentChangedError();
      if (
        paragraph.formatFrom === null &&
        paragraph.style !== null &&
        !PARAGRAPH_STYLES.has(paragraph.style)
      ) {
        throw planInvalidError(
          `de opmaakstijl "${paragraph.style}" is geen ingebouwde alineastijl van Word.`,
          `the style "${paragraph.style}" is not a built-in Word paragraph style.`,
        );
      }
    }
    if (operation.kind === "replace-text") checkReplacement(operation, anchor.text);
    if (operation.kind === "insert-table-row") {
      if (anchor.nesting === 0) {
        throw planInvalidError(
          "de alinea waarbij een tabelrij moet komen, staat niet in een tabel.",
          "the paragraph a table row should go next to is not in a table.",
        );
      }
      if (anchor.rowCellCount !== null && operation.cells.length > anchor.rowCellCount) {
        throw planInvalidError(
          `de nieuwe rij heeft ${operation.cells.length} cellen, de tabelrij maar ${anchor.rowCellCount}.`,
          `the new row has ${operation.cells.length} cells, the table row only ${anchor.rowCellCount}.`,
        );
      }
    }
  }
}

/**
 * Replacements in one paragraph run right to left, so each one's offsets still hold when it runs; the
 * text each one meets is simulated here to find a search window that is unique at that moment.
 */
function planReplacements(plan: EditPlan, current: CurrentParagraph[]): Map<number, ReplacementStep[]> {
  const byBlock = new Map<number, { operation: number; op: ReplaceText }[]>();
  plan.operations.forEach((op, operation) => {
    if (op.kind !== "replace-text") return;
    byBlock.set(op.anchor.block, [...(byBlock.get(op.anchor.block) ?? []), { operation, op }]);
  });
  const steps = new Map<number, ReplacementStep[]>();
  for (const [block, entries] of byBlock) {
    const ordered = [...entries].sort((a, b) => b.op.start - a.op.start || b.op.end - a.op.end);
    let text = current[block]?.text ?? "";
    let limit = Number.POSITIVE_INFINITY;
    const blockSteps: ReplacementStep[] = [];
    for (const { operation, op } of ordered) {
      if (op.end > limit) {
        throw planInvalidError(
          "twee vervangingen in dezelfde alinea overlappen.",
          "two replacements in the same paragraph overlap.",
        );
      }
      limit = op.start;
      const step = replacementStep(operation, op, text);
      blockSteps.push(step);
      text = text.slice(0, op.start) + op.text + text.slice(op.end);
    }
    steps.set(block, blockSteps);
  }
  return steps;
}

function replacementStep(operation: number, op: ReplaceText, text: string): ReplacementStep {
  const base = { operation, op };
  if (op.start < op.end) {
    const locator = locateText(text, op.start, op.end);
    if (!locator) throw ambiguousTextError(op.expected);
    return { ...base, locator, mode: "replace" };
  }
  if (op.start === 0) return { ...base, locator: null, mode: "insert-start" };
  if (op.start >= text.length) return { ...base, locator: null, mode: "insert-end" };
  const locator = locateText(text, op.start, op.start + 1);
  if (!locator) throw ambiguousTextError(text.slice(op.start, op.start + 1));
  return { ...base, locator, mode: "insert-before-char" };
}

function ambiguousTextError(text: string) {
  return planInvalidError(
    `de tekst "${text}" is in de alinea niet eenduidig terug te vinden.`,
    `the text "${text}" cannot be found unambiguously in the paragraph.`,
  );
}

/** Where each new text of a replacement sits in its final paragraph. */
function textChanges(replacements: Map<number, ReplacementStep[]>): TextChange[] {
  const changes: TextChange[] = [];
  for (const [block, steps] of replacements) {
    // Steps run right to left; a step's start moves by what the steps to its left changed.
    steps.forEach((step, i) => {
      const shift = steps
        .slice(i + 1)
        .reduce((sum, left) => sum + left.op.text.length - (left.op.end - left.op.start), 0);
      changes.push({
        operation: step.operation,
        block,
        start: step.op.start + shift,
        length: step.op.text.length,
      });
    });
  }
  return changes;
}

// --- row extents -----------------------------------------------------------------------------------

interface RowExtents {
  /** Old block range of the anchor's table row, when the last read tells it and the text is unchanged. */
  row(block: number): { first: number; last: number } | null;
  /** Old block range of the top-level table around a block. */
  table(block: number): { first: number; last: number };
}

function rowExtents(current: CurrentParagraph[], memory: ReadMemory): RowExtents {
  const snapshot =
    memory.kind === "read" &&
    memory.snapshot.blocks.length === current.length &&
    memory.snapshot.blocks.every((block, i) => block.text === current[i]?.text)
      ? memory.snapshot
      : null;
  return {
    row(block) {
      const cell = snapshot?.blocks[block]?.table;
      if (!snapshot || !cell) return null;
      const inRow = (index: number) => {
        const other = snapshot.blocks[index]?.table;
        if (!other) return false;
        if (other.table === cell.table && other.row === cell.row) return true;
        return (
          cell.depth === 1 &&
          other.depth > 1 &&
          other.outer?.table === cell.table &&
          other.outer.row === cell.row
        );
      };
      let first = block;
      let last = block;
      while (first > 0 && inRow(first - 1)) first -= 1;
      while (last < snapshot.blocks.length - 1 && inRow(last + 1)) last += 1;
      return { first, last };
    },
    table(block) {
      let first = block;
      let last = block;
      while (first > 0 && (current[first - 1]?.nesting ?? 0) > 0) first -= 1;
      while (last < current.length - 1 && (current[last + 1]?.nesting ?? 0) > 0) last += 1;
      return { first, last };
    },
  };
}

// --- writing ---------------------------------------------------------------------------------------

type Tail =
  | { kind: "paragraph"; paragraph: Word.Paragraph; mayBeListItem: boolean }
  | { kind: "control"; control: Word.ContentControl }
  | { kind: "table"; table: Word.Table };

interface Written {
  paragraph: Word.Paragraph;
  isListItem: boolean;
}

/** A list started by the plan itself (`list` without `formatFrom`); later items join it at its end. */
interface NewList {
  list: Word.List;
  levels: Set<number>;
  ordered: boolean;
}

class PlanWriter {
  readonly groups: InsertionGroup[] = [];
  /** What was last inserted after an anchor block, so the next operation goes after it. */
  private readonly tails = new Map<number, Tail>();
  private readonly rowTails = new Map<string, Word.TableRow>();
  private readonly replaced = new Set<number>();

  constructor(
    private readonly items: Word.Paragraph[],
    private readonly current: CurrentParagraph[],
    private readonly extents: RowExtents,
  ) {}

  queue(operation: EditOperation, index: number, replacements: Map<number, ReplacementStep[]>): void {
    switch (operation.kind) {
      case "insert-paragraphs":
        this.insertParagraphs(operation, index);
        return;
      case "insert-table-row":
        this.insertTableRow(operation, index);
        return;
      case "insert-table":
        this.insertTable(operation, index);
        return;
      case "replace-text":
        this.replaceText(operation.anchor.block, replacements);
        return;
    }
  }

  private anchor(block: number): Word.Paragraph {
    const paragraph = this.items[block];
    if (!paragraph) throw documentChangedError();
    return paragraph;
  }

  private anchorTail(block: number): Tail {
    return (
      this.tails.get(block) ?? {
        kind: "paragraph",
        paragraph: this.anchor(block),
        mayBeListItem: this.current[block]?.isListItem ?? true,
      }
    );
  }

  private insertParagraphs(op: InsertParagraphs, index: number): void {
    const block = op.anchor.block;
    const anchor = this.anchor(block);
    let first: Written;
    if (op.position === "before") {
      // Before the first paragraph of a table means before the table (as in the .docx writer); Word's
      // own "Before" would put the paragraph inside the first cell.
      const nesting = this.current[block]?.nesting ?? 0;
      const opensTable = nesting > 0 && (block === 0 || (this.current[block - 1]?.nesting ?? 0) < nesting);
      first = {
        paragraph: opensTable
          ? anchor.parentTable.insertParagraph("", "Before")
          : anchor.insertParagraph("", "Before"),
        isListItem: opensTable ? false : (this.current[block]?.isListItem ?? true),
      };
    } else {
      const tail = this.anchorTail(block);
      first =
        tail.kind === "paragraph"
          ? { paragraph: tail.paragraph.insertParagraph("", "After"), isListItem: tail.mayBeListItem }
          : { paragraph: this.insertAfterTail(tail), isListItem: true };
    }
    const written = this.writeSequence(op.paragraphs, first, "Normal", (previous) =>
      previous.insertParagraph("", "After"),
    );
    const last = written[written.length - 1];
    if (!last) return;
    let tail: Tail = { kind: "paragraph", paragraph: last.paragraph, mayBeListItem: last.isListItem };
    if (op.contentControl) {
      const firstParagraph = written[0]?.paragraph ?? last.paragraph;
      const range =
        written.length === 1
          ? firstParagraph.getRange("Whole")
          : firstParagraph.getRange("Whole").expandTo(last.paragraph.getRange("Whole"));
      const control = range.insertContentControl();
      control.tag = op.contentControl.tag;
      control.title = op.contentControl.title;
      tail = { kind: "control", control };
    }
    if (op.position === "after") this.tails.set(block, tail);
    this.groups.push({
      operation: index,
      count: written.length,
      boundary: op.position === "after" ? block + 1 : block,
      rank: op.position === "after" ? RANK_AFTER_BLOCK : RANK_BEFORE_BLOCK,
      span: null,
    });
  }

  private insertAfterTail(tail: Exclude<Tail, { kind: "paragraph" }>): Word.Paragraph {
    return tail.kind === "control"
      ? tail.control.insertParagraph("", "After")
      : tail.table.insertParagraph("", "After");
  }

  private insertTableRow(op: InsertTableRow, index: number): void {
    const block = op.anchor.block;
    const row = this.anchor(block).parentTableCell.parentRow;
    const extent = this.extents.row(block);
    const key = extent ? `${extent.first}` : `block ${block}`;
    let newRow: Word.TableRow;
    if (op.position === "after") {
      const base = this.rowTails.get(key) ?? row;
      newRow = base.insertRows("After", 1).getFirst();
      this.rowTails.set(key, newRow);
    } else {
      newRow = row.insertRows("Before", 1).getFirst();
    }
    let cell = newRow.cells.getFirst();
    let count = 0;
    op.cells.forEach((spec, i) => {
      if (i > 0) cell = cell.getNext();
      count += this.fillCell(cell, spec.paragraphs, true, null);
    });
    // Cells of the row the plan leaves out stay, each with its one empty paragraph.
    const rowCells = this.current[block]?.rowCellCount ?? op.cells.length;
    count += Math.max(0, rowCells - op.cells.length);
    const table = this.extents.table(block);
    this.groups.push({
      operation: index,
      count,
      boundary: extent ? (op.position === "after" ? extent.last + 1 : extent.first) : null,
      rank: RANK_TABLE_ROW,
      span: extent ? null : { low: table.first, high: table.last + 1 },
    });
  }

  private insertTable(op: InsertTable, index: number): void {
    const block = op.anchor.block;
    const columns = Math.max(...op.rows.map((row) => row.length));
    let separator = 0;
    let table: Word.Table;
    if (op.position === "before") {
      table = this.anchor(block).insertTable(op.rows.length, columns, "Before");
    } else {
      const tail = this.anchorTail(block);
      if (tail.kind === "paragraph") {
        table = tail.paragraph.insertTable(op.rows.length, columns, "After");
      } else {
        // Word never puts two tables back to back; an empty paragraph keeps them apart.
        table = this.insertAfterTail(tail).insertTable(op.rows.length, columns, "After");
        separator = 1;
      }
      this.tails.set(block, { kind: "table", table });
    }
    if (op.header) table.headerRowCount = 1;
    const inheritsList = this.current[block]?.isListItem ?? true;
    let count = separator;
    op.rows.forEach((row, r) => {
      for (let c = 0; c < columns; c += 1) {
        const spec = row[c];
        count += spec ? this.fillCell(table.getCell(r, c), spec.paragraphs, inheritsList, "Normal") : 1;
      }
    });
    this.groups.push({
      operation: index,
      count,
      boundary: op.position === "after" ? block + 1 : block,
      rank: op.position === "after" ? RANK_AFTER_BLOCK : RANK_BEFORE_BLOCK,
      span: null,
    });
  }

  /** Writes paragraphs into a new (empty) cell; returns how many paragraphs the cell then has. */
  private fillCell(
    cell: Word.TableCell,
    paragraphs: NewParagraph[],
    mayBeListItem: boolean,
    defaultStyle: string | null,
  ): number {
    const first = { paragraph: cell.body.paragraphs.getFirst(), isListItem: mayBeListItem };
    const insertAfter = (previous: Word.Paragraph) => previous.insertParagraph("", "After");
    return this.writeSequence(paragraphs, first, defaultStyle, insertAfter).length;
  }

  /**
   * Writes a run of new paragraphs: the first one already exists (just inserted, or a new cell's), the
   * others are inserted after it in order. Returns them with their final list state. `defaultStyle` goes
   * to paragraphs that name neither a model nor a style; null keeps what Word gave them (a new table row
   * looks like the row it was inserted from).
   */
  private writeSequence(
    specs: NewParagraph[],
    first: Written,
    defaultStyle: string | null,
    insertAfter: (previous: Word.Paragraph) => Word.Paragraph,
  ): Written[] {
    const written: Written[] = [];
    let newList: NewList | null = null;
    specs.forEach((spec, i) => {
      const previous = written[i - 1];
      const startsFresh = spec.formatFrom !== null || !spec.list;
      if (startsFresh) newList = null;
      let target: Written;
      if (i === 0) target = first;
      else if (!startsFresh && newList)
        target = { paragraph: newList.list.insertParagraph("", "End"), isListItem: true };
      else
        target = {
          paragraph: insertAfter(previous?.paragraph ?? first.paragraph),
          isListItem: previous?.isListItem ?? true,
        };
      const result = this.format(target, spec, newList, defaultStyle);
      newList = result.newList;
      this.writeRuns(target.paragraph, spec);
      written.push({ paragraph: target.paragraph, isListItem: result.isListItem });
    });
    return written;
  }

  private format(
    target: Written,
    spec: NewParagraph,
    newList: NewList | null,
    defaultStyle: string | null,
  ): { isListItem: boolean; newList: NewList | null } {
    const paragraph = target.paragraph;
    if (spec.formatFrom !== null) {
      const source = this.current[spec.formatFrom];
      if (!source) throw documentChangedError();
      if (source.styleBuiltIn && source.styleBuiltIn !== "Other") {
        paragraph.styleBuiltIn = source.styleBuiltIn as Word.Paragraph["styleBuiltIn"];
      } else if (source.style) {
        paragraph.style = source.style;
      }
      // A style can carry numbering; detaching first makes attachToList (which fails on a list item) safe.
      if (source.list) {
        paragraph.detachFromList();
        paragraph.attachToList(source.list.id, source.list.level);
        return { isListItem: true, newList: null };
      }
      if (target.isListItem) paragraph.detachFromList();
      return { isListItem: false, newList: null };
    }
    // Without a model, a new paragraph would keep the look of the one it was inserted from (a heading).
    const style = spec.style ?? defaultStyle;
    if (style) paragraph.styleBuiltIn = style as Word.Paragraph["styleBuiltIn"];
    if (!spec.list) {
      if (target.isListItem) paragraph.detachFromList();
      return { isListItem: false, newList: null };
    }
    const { level, ordered } = spec.list;
    let list = newList;
    if (!list || list.ordered !== ordered) {
      if (target.isListItem) paragraph.detachFromList();
      list = { list: paragraph.startNewList(), levels: new Set(), ordered };
    }
    if (!list.levels.has(level)) {
      if (ordered) list.list.setLevelNumbering(level, "Arabic", [level, "."]);
      else list.list.setLevelBullet(level, "Solid");
      list.levels.add(level);
    }
    paragraph.listItem.level = level;
    return { isListItem: true, newList: list };
  }

  private writeRuns(paragraph: Word.Paragraph, spec: NewParagraph): void {
    for (const run of spec.runs) {
      if (run.text.length === 0) continue;
      paragraph.insertText(toWordText(run.text), "End").font.bold = run.bold;
    }
  }

  private replaceText(block: number, replacements: Map<number, ReplacementStep[]>): void {
    if (this.replaced.has(block)) return;
    this.replaced.add(block);
    const paragraph = this.anchor(block);
    for (const step of replacements.get(block) ?? []) {
      const text = toWordText(step.op.text);
      if (step.mode === "insert-start" || step.mode === "insert-end") {
        if (text.length > 0) paragraph.insertText(text, step.mode === "insert-start" ? "Start" : "End");
        continue;
      }
      if (!step.locator) continue;
      const range = queueLocatedRange(paragraph, step.locator);
      if (step.mode === "insert-before-char") {
        if (text.length > 0) range.insertText(text, "Start");
      } else if (text.length === 0) {
        range.delete();
      } else {
        range.insertText(text, "Replace");
      }
    }
  }
}
