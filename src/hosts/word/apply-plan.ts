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
  type NewCell,
  type NewParagraph,
  type ReplaceText,
  newParagraphsOf,
} from "../../core/plans/schema";
import type { Block, DocumentSnapshot } from "../../core/snapshot/schema";
import { checkRemovals, checkReplacement } from "../../core/plans/apply-checks";
import { planAnchorRoutes, queueAnchorRoute } from "./anchor-routes";
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
import { readWordSnapshot } from "./read-snapshot";
import { type TextLocator, locateText, queueLocatedRange, toWordText } from "./text";

/**
 * Applies an edit plan in one sync. The plan was made from the last read; everything the writes need
 * to know of the document (styles, lists, tables) comes from that read, and each anchor is reached and
 * proven unchanged inside the same batch (anchor-routes.ts): guards first, then every write, so a
 * document that changed since it was read fails the batch before anything is written. Without an
 * earlier read the adapter reads first.
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

/** What the writes need to know of a paragraph, as the last read saw it. */
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
  /** Found in the paragraph's text as it was read. */
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
  const snapshot = memory.kind === "read" ? memory.snapshot : (await readWordSnapshot(env)).value;
  const current = snapshot.blocks.map((block, index) => currentOf(snapshot, block, index));
  verifyPlan(plan, current);
  checkRemovals(plan);
  const replacements = planReplacements(plan, current);
  const routes = planAnchorRoutes(
    snapshot,
    plan.operations.map((operation) => operation.anchor.block),
  );
  try {
    return await env.run(async (context) => {
      const body = context.document.body;
      const anchors = new Map(routes.map((route) => [route.target, queueAnchorRoute(body, route)]));
      const ranges = queueReplacementRanges(anchors, replacements);
      queuePreconditions(body, anchors, plan, current);
      const writer = new PlanWriter(anchors, current, rowExtents(snapshot));
      for (const [index, operation] of plan.operations.entries())
        writer.queue(operation, index, replacements, ranges);
      onWriteSent();
      await context.sync();
      return {
        value: { inserted: layoutInsertions(writer.groups, textChanges(replacements)) },
        messages: [],
      };
    });
  } catch (error) {
    // A guard that fails (ItemNotFound) fails before the first write; anything else may come after some.
    throw mapWordError(error, isGuardFailure(error) ? "read" : "write");
  }
}

function isGuardFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : null;
  return code === "ItemNotFound" || code === "InvalidObjectPath";
}

/** A block of the last read, as the writes need it. */
function currentOf(snapshot: DocumentSnapshot, block: Block, index: number): CurrentParagraph {
  const listId = block.list?.listId != null ? Number(block.list.listId) : Number.NaN;
  const cell = block.table;
  return {
    text: block.text,
    style: block.style.name ?? "",
    styleBuiltIn: block.style.builtIn ?? "Other",
    isListItem: block.list !== null,
    nesting: cell?.depth ?? 0,
    list: block.list && Number.isInteger(listId) ? { id: listId, level: block.list.level } : null,
    rowCellCount: cell ? cellsInRow(snapshot, index) : null,
  };
}

/** Cells of the row a table block sits in: distinct starting columns among the row's blocks. */
function cellsInRow(snapshot: DocumentSnapshot, index: number): number {
  const cell = snapshot.blocks[index]?.table;
  if (!cell) return 0;
  const { first, last } = rowAround(snapshot, index);
  const columns = new Set<number>();
  for (let i = first; i <= last; i += 1) {
    const other = snapshot.blocks[i]?.table;
    if (other && other.table === cell.table && other.row === cell.row) columns.add(other.column);
  }
  return columns.size;
}

/** The plan must fit the read it was made from; a plan from an older read is refused. */
function verifyPlan(plan: EditPlan, current: CurrentParagraph[]): void {
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
 * Replacements in one paragraph run right to left, so the characters left of each one have not moved
 * when it runs. Their ranges are all found in the paragraph as it was read, before the first write, so a
 * placeholder that is gone fails the batch before anything is written.
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
    const text = current[block]?.text ?? "";
    let limit = Number.POSITIVE_INFINITY;
    let limitEmpty = false;
    const blockSteps: ReplacementStep[] = [];
    for (const { operation, op } of ordered) {
      // An insertion where another replacement ends (or starts) has no side of its own in Word's ranges.
      const empty = op.start === op.end;
      if (op.end > limit || (op.end === limit && (empty || limitEmpty))) {
        throw planInvalidError(
          "twee vervangingen in dezelfde alinea overlappen.",
          "two replacements in the same paragraph overlap.",
        );
      }
      limit = op.start;
      limitEmpty = empty;
      blockSteps.push(replacementStep(operation, op, text));
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

/**
 * What else the writes rely on, checked before the first of them so that a failure writes nothing: the
 * anchor of a new row still sits in a table row with enough cells, the table a paragraph goes before is
 * still there, and the lists new paragraphs join still exist.
 */
function queuePreconditions(
  body: Word.Body,
  anchors: Map<number, Word.Paragraph>,
  plan: EditPlan,
  current: CurrentParagraph[],
): void {
  const lists = new Set<number>();
  for (const operation of plan.operations) {
    const anchor = anchors.get(operation.anchor.block);
    if (!anchor) throw documentChangedError();
    if (operation.kind === "insert-table-row") {
      let cell = anchor.parentTableCell.parentRow.cells.getFirst();
      for (let i = 1; i < operation.cells.length; i += 1) cell = cell.getNext();
      cell.load("rowIndex");
    }
    if (
      "position" in operation &&
      operation.position === "before" &&
      opensTable(current, operation.anchor.block)
    )
      anchor.parentTable.load("rowCount");
    for (const paragraph of newParagraphsOf(operation)) {
      const list = paragraph.formatFrom === null ? null : current[paragraph.formatFrom]?.list;
      if (list) lists.add(list.id);
    }
  }
  for (const id of lists) body.lists.getById(id).load("id");
}

/** Is the block the first paragraph of a table (so "before" it means before the table)? */
function opensTable(current: CurrentParagraph[], block: number): boolean {
  const nesting = current[block]?.nesting ?? 0;
  return nesting > 0 && (block === 0 || (current[block - 1]?.nesting ?? 0) < nesting);
}

/** Queues the search for every replacement's range, loaded so the search runs before any write. */
function queueReplacementRanges(
  anchors: Map<number, Word.Paragraph>,
  replacements: Map<number, ReplacementStep[]>,
): Map<ReplacementStep, Word.Range> {
  const ranges = new Map<ReplacementStep, Word.Range>();
  for (const [block, steps] of replacements) {
    const paragraph = anchors.get(block);
    if (!paragraph) throw documentChangedError();
    for (const step of steps) {
      if (!step.locator) continue;
      ranges.set(step, queueLocatedRange(paragraph, step.locator).load("isEmpty"));
    }
  }
  return ranges;
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
  /** Old block range of the anchor's table row. */
  row(block: number): { first: number; last: number } | null;
  /** Old block range of the top-level table around a block. */
  table(block: number): { first: number; last: number };
}

function rowExtents(snapshot: DocumentSnapshot): RowExtents {
  return {
    row(block) {
      return snapshot.blocks[block]?.table ? rowAround(snapshot, block) : null;
    },
    table(block) {
      const nested = (index: number) => snapshot.blocks[index]?.table != null;
      let first = block;
      let last = block;
      while (first > 0 && nested(first - 1)) first -= 1;
      while (last < snapshot.blocks.length - 1 && nested(last + 1)) last += 1;
      return { first, last };
    },
  };
}

/** The blocks of the table row a block sits in, paragraphs of tables nested in that row included. */
function rowAround(snapshot: DocumentSnapshot, block: number): { first: number; last: number } {
  const cell = snapshot.blocks[block]?.table;
  if (!cell) return { first: block, last: block };
  const inRow = (index: number) => {
    const other = snapshot.blocks[index]?.table;
    if (!other) return false;
    if (other.table === cell.table && other.row === cell.row) return true;
    return (
      cell.depth === 1 && other.depth > 1 && other.outer?.table === cell.table && other.outer.row === cell.row
    );
  };
  let first = block;
  let last = block;
  while (first > 0 && inRow(first - 1)) first -= 1;
  while (last < snapshot.blocks.length - 1 && inRow(last + 1)) last += 1;
  return { first, last };
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
    private readonly anchors: Map<number, Word.Paragraph>,
    private readonly current: CurrentParagraph[],
    private readonly extents: RowExtents,
  ) {}

  queue(
    operation: EditOperation,
    index: number,
    replacements: Map<number, ReplacementStep[]>,
    ranges: Map<ReplacementStep, Word.Range>,
  ): void {
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
        this.replaceText(operation.anchor.block, replacements, ranges);
        return;
      case "remove-paragraph":
        // Its anchor was proven unchanged above; the plan does nothing else (checkRemovals).
        this.anchor(operation.anchor.block).delete();
        return;
    }
  }

  private anchor(block: number): Word.Paragraph {
    const paragraph = this.anchors.get(block);
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
      const beforeTable = opensTable(this.current, block);
      first = {
        paragraph: beforeTable
          ? anchor.parentTable.insertParagraph("", "Before")
          : anchor.insertParagraph("", "Before"),
        isListItem: beforeTable ? false : (this.current[block]?.isListItem ?? true),
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
      count += this.fillCell(cell, spec, true, null);
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
        count += spec ? this.fillCell(table.getCell(r, c), spec, inheritsList, "Normal") : 1;
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
    spec: NewCell,
    mayBeListItem: boolean,
    defaultStyle: string | null,
  ): number {
    const first = { paragraph: cell.body.paragraphs.getFirst(), isListItem: mayBeListItem };
    const insertAfter = (previous: Word.Paragraph) => previous.insertParagraph("", "After");
    const count = this.writeSequence(spec.paragraphs, first, defaultStyle, insertAfter).length;
    if (spec.contentControl) {
      const control = cell.body.insertContentControl();
      control.tag = spec.contentControl.tag;
      control.title = spec.contentControl.title;
    }
    return count;
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

  private replaceText(
    block: number,
    replacements: Map<number, ReplacementStep[]>,
    ranges: Map<ReplacementStep, Word.Range>,
  ): void {
    if (this.replaced.has(block)) return;
    this.replaced.add(block);
    const paragraph = this.anchor(block);
    for (const step of replacements.get(block) ?? []) {
      const text = toWordText(step.op.text);
      if (step.mode === "insert-start" || step.mode === "insert-end") {
        if (text.length > 0) paragraph.insertText(text, step.mode === "insert-start" ? "Start" : "End");
        continue;
      }
      const range = ranges.get(step);
      if (!range) continue;
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
