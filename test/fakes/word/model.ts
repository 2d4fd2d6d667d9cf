import { invalidArgument, itemNotFound } from "./errors";

/**
 * The in-memory Word document behind the fake office-js objects. It keeps what the adapter can observe
 * through office-js — paragraph text as runs with bold, styles, outline levels, list membership, table
 * cells, content controls, settings, comments, the selection — with stable identities, so a proxy
 * resolved before an insertion still points at the same paragraph afterwards (as in Word).
 */

export type FakeLevelType = "Bullet" | "Number" | "Picture";

export interface FakeList {
  id: number;
  levelTypes: FakeLevelType[];
}

export interface FakeListMembership {
  list: FakeList;
  level: number;
  /** A label fixed by the description; computed from the list type and position otherwise. */
  label: string | null;
}

export interface FakeTable {
  uid: number;
  /** The cell holding this table when it is nested; null for a top-level table. */
  parentCell: FakeCell | null;
  headerRowCount: number;
}

export interface FakeCell {
  uid: number;
  table: FakeTable;
  row: number;
  index: number;
  /** Word throws GeneralException when `cellIndex` is loaded on such a cell (office-js #3200). */
  verticallyMerged: boolean;
}

export interface FakeContentControl {
  id: number;
  tag: string;
  title: string;
  placeholderText: string;
  /** A locked control: writes inside it fail with AccessDenied. */
  cannotEdit: boolean;
}

export interface FakeRun {
  text: string;
  bold: boolean;
}

export interface FakeParagraph {
  uid: number;
  runs: FakeRun[];
  /** Bold of the paragraph mark: what Word reports for an empty paragraph. */
  markBold: boolean;
  styleBuiltIn: string;
  style: string;
  /** office-js numbering: 1–9 for outline levels, 10 for body text. */
  outlineLevel: number;
  list: FakeListMembership | null;
  cell: FakeCell | null;
  contentControl: FakeContentControl | null;
}

export interface FakeComment {
  text: string;
  /** Paragraph indices at the time the comment was added. */
  startParagraph: number;
  endParagraph: number;
  /** The commented text. */
  rangeText: string;
}

export interface FakePos {
  para: FakeParagraph;
  offset: number;
}

export interface FakeRangeModel {
  start: FakePos;
  end: FakePos;
}

export const BODY_TEXT_OUTLINE_LEVEL = 10;

/** Dutch display names, as Dutch Word shows them; `style` is localised, `styleBuiltIn` is not. */
const DUTCH_STYLE_NAMES: Record<string, string> = {
  Normal: "Standaard",
  Title: "Titel",
  Subtitle: "Ondertitel",
  ListParagraph: "Lijstalinea",
  NoSpacing: "Geen afstand",
  Quote: "Citaat",
  IntenseQuote: "Duidelijk citaat",
  TableGrid: "Tabelraster",
  Caption: "Bijschrift",
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Heading${i + 1}`, `Kop ${i + 1}`])),
};

export function localStyleName(builtIn: string): string | null {
  return DUTCH_STYLE_NAMES[builtIn] ?? null;
}

export function builtInForLocalName(name: string): string | null {
  for (const [builtIn, local] of Object.entries(DUTCH_STYLE_NAMES)) if (local === name) return builtIn;
  return null;
}

export function outlineLevelForStyle(builtIn: string): number {
  const match = /^Heading([1-9])$/.exec(builtIn);
  return match ? Number(match[1]) : BODY_TEXT_OUTLINE_LEVEL;
}

export function textOf(paragraph: FakeParagraph): string {
  return paragraph.runs.map((run) => run.text).join("");
}

/** Bold of a stretch of a paragraph as Word reports it: true, false, or null when mixed. */
export function boldOf(paragraph: FakeParagraph, start: number, end: number): boolean | null {
  if (start >= end) return paragraph.markBold;
  let seenBold = false;
  let seenPlain = false;
  let offset = 0;
  for (const run of paragraph.runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    if (runEnd <= start || runStart >= end || run.text.length === 0) continue;
    if (run.bold) seenBold = true;
    else seenPlain = true;
  }
  if (seenBold && seenPlain) return null;
  return seenBold;
}

export class FakeDocumentModel {
  paragraphs: FakeParagraph[] = [];
  lists: FakeList[] = [];
  tables: FakeTable[] = [];
  contentControls: FakeContentControl[] = [];
  /** Word's document.settings (WordApi 1.4), values kept JSON-serialised as Word does. */
  settings = new Map<string, string>();
  comments: FakeComment[] = [];
  selection: FakeRangeModel | null = null;
  private nextUid = 1;
  private nextListId = 1;
  private nextControlId = 1;

  allocateUid(): number {
    return this.nextUid++;
  }

  createList(levelTypes?: FakeLevelType[], id?: number): FakeList {
    const list: FakeList = {
      id: id ?? this.nextListId++,
      levelTypes: levelTypes ?? Array.from({ length: 9 }, () => "Bullet" as const),
    };
    if (id !== undefined) this.nextListId = Math.max(this.nextListId, id + 1);
    this.lists.push(list);
    return list;
  }

  findList(id: number): FakeList | null {
    return this.lists.find((list) => list.id === id) ?? null;
  }

  createTable(parentCell: FakeCell | null): FakeTable {
    const table: FakeTable = { uid: this.allocateUid(), parentCell, headerRowCount: 0 };
    this.tables.push(table);
    return table;
  }

  createCell(table: FakeTable, row: number, index: number, verticallyMerged = false): FakeCell {
    return { uid: this.allocateUid(), table, row, index, verticallyMerged };
  }

  createContentControl(
    fields: Partial<Omit<FakeContentControl, "id">> & { id?: number },
  ): FakeContentControl {
    const control: FakeContentControl = {
      id: fields.id ?? this.nextControlId++,
      tag: fields.tag ?? "",
      title: fields.title ?? "",
      placeholderText: fields.placeholderText ?? "",
      cannotEdit: fields.cannotEdit ?? false,
    };
    if (fields.id !== undefined) this.nextControlId = Math.max(this.nextControlId, fields.id + 1);
    this.contentControls.push(control);
    return control;
  }

  createParagraph(fields: Partial<Omit<FakeParagraph, "uid">>): FakeParagraph {
    const styleBuiltIn = fields.styleBuiltIn ?? "Normal";
    return {
      uid: this.allocateUid(),
      runs: fields.runs ?? [],
      markBold: fields.markBold ?? false,
      styleBuiltIn,
      style: fields.style ?? localStyleName(styleBuiltIn) ?? styleBuiltIn,
      outlineLevel: fields.outlineLevel ?? outlineLevelForStyle(styleBuiltIn),
      list: fields.list ?? null,
      cell: fields.cell ?? null,
      contentControl: fields.contentControl ?? null,
    };
  }

  /** Index of each paragraph, rebuilt when a lookup finds it stale (keeps 10,000-paragraph tests fast). */
  private indexCache = new Map<FakeParagraph, number>();
  /** Bumped by every write, so derived data (list labels, row cells) is recomputed after a change. */
  private revision = 0;
  private derived: {
    revision: number;
    labels: Map<FakeParagraph, string>;
    rows: Map<string, FakeCell[]>;
  } | null = null;

  touch(): void {
    this.revision += 1;
  }

  private lookup(paragraph: FakeParagraph): number {
    const cached = this.indexCache.get(paragraph);
    if (cached !== undefined && this.paragraphs[cached] === paragraph) return cached;
    this.indexCache = new Map(this.paragraphs.map((item, index) => [item, index]));
    return this.indexCache.get(paragraph) ?? -1;
  }

  indexOf(paragraph: FakeParagraph): number {
    const index = this.lookup(paragraph);
    if (index < 0) throw itemNotFound("Paragraph (no longer in the document)");
    return index;
  }

  contains(paragraph: FakeParagraph): boolean {
    return this.lookup(paragraph) >= 0;
  }

  private derivedData() {
    if (this.derived && this.derived.revision === this.revision) return this.derived;
    const labels = new Map<FakeParagraph, string>();
    const counters = new Map<FakeList, number[]>();
    const rows = new Map<string, FakeCell[]>();
    for (const paragraph of this.paragraphs) {
      const membership = paragraph.list;
      if (membership) {
        const counts = counters.get(membership.list) ?? Array.from({ length: 9 }, () => 0);
        counts[membership.level] = (counts[membership.level] ?? 0) + 1;
        for (let deeper = membership.level + 1; deeper < counts.length; deeper += 1) counts[deeper] = 0;
        counters.set(membership.list, counts);
        const type = membership.list.levelTypes[membership.level] ?? "Bullet";
        labels.set(
          paragraph,
          membership.label ?? (type === "Number" ? `${counts[membership.level] ?? 1}.` : "\u2022"),
        );
      }
      for (const cell of this.cellPath(paragraph.cell)) {
        const key = `${cell.table.uid}/${cell.row}`;
        const cells = rows.get(key) ?? [];
        if (!cells.includes(cell)) cells.push(cell);
        rows.set(key, cells);
      }
    }
    for (const cells of rows.values()) cells.sort((a, b) => a.index - b.index);
    this.derived = { revision: this.revision, labels, rows };
    return this.derived;
  }

  insertAt(index: number, paragraphs: FakeParagraph[]): void {
    this.paragraphs.splice(index, 0, ...paragraphs);
    this.touch();
  }

  removeAt(index: number): void {
    this.paragraphs.splice(index, 1);
    this.touch();
  }

  // --- tables ---------------------------------------------------------------------------------------

  /** The chain of cells from the outermost table to the paragraph's own cell. */
  cellPath(cell: FakeCell | null): FakeCell[] {
    const path: FakeCell[] = [];
    for (let current = cell; current; current = current.table.parentCell) path.unshift(current);
    return path;
  }

  nestingLevel(paragraph: FakeParagraph): number {
    return this.cellPath(paragraph.cell).length;
  }

  /** True when the paragraph sits in `cell` or in a table nested somewhere inside it. */
  isInCell(paragraph: FakeParagraph, cell: FakeCell): boolean {
    return this.cellPath(paragraph.cell).includes(cell);
  }

  isInTable(paragraph: FakeParagraph, table: FakeTable): boolean {
    return this.cellPath(paragraph.cell).some((cell) => cell.table === table);
  }

  tableOf(paragraph: FakeParagraph): FakeTable | null {
    return paragraph.cell?.table ?? null;
  }

  paragraphsOfCell(cell: FakeCell): FakeParagraph[] {
    return this.paragraphs.filter((paragraph) => this.isInCell(paragraph, cell));
  }

  paragraphsOfTable(table: FakeTable): FakeParagraph[] {
    return this.paragraphs.filter((paragraph) => this.isInTable(paragraph, table));
  }

  /** The distinct cells of a row, in order. */
  cellsOfRow(table: FakeTable, row: number): FakeCell[] {
    return [...(this.derivedData().rows.get(`${table.uid}/${row}`) ?? [])];
  }

  rowCount(table: FakeTable): number {
    let rows = 0;
    for (const paragraph of this.paragraphs) {
      const cell = this.cellPath(paragraph.cell).find((candidate) => candidate.table === table);
      if (cell) rows = Math.max(rows, cell.row + 1);
    }
    return rows;
  }

  paragraphsOfRow(table: FakeTable, row: number): FakeParagraph[] {
    return this.paragraphs.filter((paragraph) =>
      this.cellPath(paragraph.cell).some((cell) => cell.table === table && cell.row === row),
    );
  }

  /** Shifts the row numbers of a table's cells from `fromRow` on, to make room for new rows. */
  shiftRows(table: FakeTable, fromRow: number, by: number): void {
    this.touch();
    const seen = new Set<FakeCell>();
    for (const paragraph of this.paragraphs) {
      for (const cell of this.cellPath(paragraph.cell)) {
        if (cell.table === table && cell.row >= fromRow && !seen.has(cell)) {
          seen.add(cell);
          cell.row += by;
        }
      }
    }
  }

  // --- lists ----------------------------------------------------------------------------------------

  /** The label Word would show: the description's label, else "1.", "2."… or a bullet. */
  listString(paragraph: FakeParagraph): string {
    return paragraph.list ? (this.derivedData().labels.get(paragraph) ?? "") : "";
  }

  paragraphsOfList(list: FakeList): FakeParagraph[] {
    return this.paragraphs.filter((paragraph) => paragraph.list?.list === list);
  }

  // --- content controls -----------------------------------------------------------------------------

  paragraphsOfControl(control: FakeContentControl): FakeParagraph[] {
    return this.paragraphs.filter((paragraph) => paragraph.contentControl === control);
  }

  /** Word joins a multi-paragraph control's paragraphs with "\r". */
  controlText(control: FakeContentControl): string {
    return this.paragraphsOfControl(control).map(textOf).join("\r");
  }

  // --- ranges ---------------------------------------------------------------------------------------

  wholeParagraphRange(first: FakeParagraph, last: FakeParagraph = first): FakeRangeModel {
    return { start: { para: first, offset: 0 }, end: { para: last, offset: textOf(last).length } };
  }

  comparePos(a: FakePos, b: FakePos): number {
    const byParagraph = this.indexOf(a.para) - this.indexOf(b.para);
    return byParagraph !== 0 ? byParagraph : a.offset - b.offset;
  }

  paragraphsInRange(range: FakeRangeModel): FakeParagraph[] {
    const first = this.indexOf(range.start.para);
    const last = this.indexOf(range.end.para);
    return this.paragraphs.slice(first, last + 1);
  }

  rangeText(range: FakeRangeModel): string {
    const paragraphs = this.paragraphsInRange(range);
    return paragraphs
      .map((paragraph, i) => {
        const text = textOf(paragraph);
        const from = i === 0 ? range.start.offset : 0;
        const to = i === paragraphs.length - 1 ? range.end.offset : text.length;
        return text.slice(from, to);
      })
      .join("\r");
  }

  rangeBold(range: FakeRangeModel): boolean | null {
    const paragraphs = this.paragraphsInRange(range);
    const values = paragraphs.map((paragraph, i) => {
      const from = i === 0 ? range.start.offset : 0;
      const to = i === paragraphs.length - 1 ? range.end.offset : textOf(paragraph).length;
      return boldOf(paragraph, from, to);
    });
    if (values.some((value) => value === null)) return null;
    if (values.every((value) => value === true)) return true;
    if (values.every((value) => value === false)) return false;
    return null;
  }

  setRangeBold(range: FakeRangeModel, bold: boolean): void {
    const paragraphs = this.paragraphsInRange(range);
    paragraphs.forEach((paragraph, i) => {
      const from = i === 0 ? range.start.offset : 0;
      const to = i === paragraphs.length - 1 ? range.end.offset : textOf(paragraph).length;
      if (from === 0 && to === textOf(paragraph).length) paragraph.markBold = bold;
      if (from >= to) return;
      splitRunsAt(paragraph, from);
      splitRunsAt(paragraph, to);
      let offset = 0;
      for (const run of paragraph.runs) {
        if (offset >= from && offset + run.text.length <= to) run.bold = bold;
        offset += run.text.length;
      }
      mergeRuns(paragraph);
    });
  }

  /** Inserts text into one paragraph; the new characters take the formatting of the one before them. */
  insertTextAt(paragraph: FakeParagraph, offset: number, text: string): FakeRangeModel {
    return this.replaceText(paragraph, offset, offset, text);
  }

  /**
   * Replaces [start, end) of one paragraph. The new text takes the formatting of the first replaced
   * character, or of the character before it when nothing is replaced (as typing does).
   */
  replaceText(paragraph: FakeParagraph, start: number, end: number, text: string): FakeRangeModel {
    assertNoParagraphBreak(text);
    const length = textOf(paragraph).length;
    if (start < 0 || end < start || end > length) {
      throw invalidArgument("replaceText", `Characters [${start}, ${end}) are outside the paragraph.`);
    }
    const bold =
      (start < end
        ? boldOf(paragraph, start, start + 1)
        : start > 0
          ? boldOf(paragraph, start - 1, start)
          : length > 0
            ? boldOf(paragraph, 0, 1)
            : null) ?? paragraph.markBold;
    splitRunsAt(paragraph, start);
    splitRunsAt(paragraph, end);
    const before: FakeRun[] = [];
    const after: FakeRun[] = [];
    let offset = 0;
    for (const run of paragraph.runs) {
      const runStart = offset;
      offset += run.text.length;
      if (offset <= start) before.push(run);
      else if (runStart >= end) after.push(run);
    }
    paragraph.runs = [...before, { text, bold }, ...after];
    mergeRuns(paragraph);
    return {
      start: { para: paragraph, offset: start },
      end: { para: paragraph, offset: start + text.length },
    };
  }
}

function assertNoParagraphBreak(text: string): void {
  // Word turns "\n"/"\r" in inserted text into new paragraphs; the adapter must send "\v" for line breaks.
  if (/[\r\n]/.test(text)) {
    throw invalidArgument("insertText", "The fake models no paragraph breaks inside inserted text.");
  }
}

function splitRunsAt(paragraph: FakeParagraph, at: number): void {
  let offset = 0;
  for (let i = 0; i < paragraph.runs.length; i += 1) {
    const run = paragraph.runs[i];
    if (!run) continue;
    if (at > offset && at < offset + run.text.length) {
      const cut = at - offset;
      paragraph.runs.splice(
        i,
        1,
        { text: run.text.slice(0, cut), bold: run.bold },
        { text: run.text.slice(cut), bold: run.bold },
      );
      return;
    }
    offset += run.text.length;
  }
}

function mergeRuns(paragraph: FakeParagraph): void {
  const merged: FakeRun[] = [];
  for (const run of paragraph.runs) {
    if (run.text.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold) last.text += run.text;
    else merged.push({ ...run });
  }
  paragraph.runs = merged;
}
