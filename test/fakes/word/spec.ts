import {
  FakeDocumentModel,
  type FakeCell,
  type FakeContentControl,
  type FakeLevelType,
  type FakeList,
  type FakeParagraph,
  type FakeRun,
  type FakeTable,
  localStyleName,
  outlineLevelForStyle,
} from "./model";

/**
 * A paragraph of a fake document, described the way a test thinks about it. Paragraphs that name the
 * same `cell.table` (with the same parent cell) share a table; the same `list.id` a list; the same
 * `contentControl.id` a content control.
 */
export interface FakeParagraphSpec {
  text?: string;
  /** Explicit runs; wins over `text`, `bold` and `boldPrefix`. Word uses "\v" for manual line breaks. */
  runs?: FakeRun[];
  /** Locale-independent style name ("Heading1", "ListParagraph", "Other"); default "Normal". */
  styleBuiltIn?: string;
  /** The (Dutch) display name; derived from `styleBuiltIn` when left out. */
  style?: string;
  /** office-js outline level: 1–9, 10 = body text. Derived from HeadingN when left out. */
  outlineLevel?: number;
  bold?: boolean;
  /** The first n characters are bold, the rest plain. */
  boldPrefix?: number;
  list?: FakeListSpec;
  cell?: FakeCellSpec;
  contentControl?: FakeContentControlSpec;
}

export interface FakeListSpec {
  id?: number;
  level?: number;
  type?: FakeLevelType;
  /** The label Word shows; computed ("1.", "•") when left out. */
  label?: string;
}

export interface FakeCellSpec {
  /** Identifies the table among its siblings (top-level tables, or tables in the same parent cell). */
  table: number;
  row: number;
  cell: number;
  verticallyMerged?: boolean;
  /** For nested tables: the cell that holds this table. */
  parent?: FakeCellSpec;
}

export interface FakeContentControlSpec {
  id: number;
  tag?: string;
  title?: string;
  placeholderText?: string;
  locked?: boolean;
}

export function buildFakeDocument(specs: FakeParagraphSpec[]): FakeDocumentModel {
  const document = new FakeDocumentModel();
  const builder = new SpecBuilder(document);
  for (const spec of specs) document.paragraphs.push(builder.paragraph(spec));
  return document;
}

/** Builds one paragraph for an existing document (used by tests that change a document mid-test). */
export function createFakeParagraph(document: FakeDocumentModel, spec: FakeParagraphSpec): FakeParagraph {
  return new SpecBuilder(document).paragraph(spec);
}

class SpecBuilder {
  private readonly tables = new Map<string, FakeTable>();
  private readonly cells = new Map<string, FakeCell>();
  private readonly lists = new Map<number, FakeList>();
  private readonly controls = new Map<number, FakeContentControl>();

  constructor(private readonly document: FakeDocumentModel) {
    for (const list of document.lists) this.lists.set(list.id, list);
    for (const control of document.contentControls) this.controls.set(control.id, control);
  }

  paragraph(spec: FakeParagraphSpec): FakeParagraph {
    const styleBuiltIn = spec.styleBuiltIn ?? "Normal";
    const runs = spec.runs ? spec.runs.map((run) => ({ ...run })) : runsFor(spec);
    return this.document.createParagraph({
      runs: runs.filter((run) => run.text.length > 0),
      markBold: spec.bold ?? false,
      styleBuiltIn,
      style: spec.style ?? localStyleName(styleBuiltIn) ?? "Eigen stijl",
      outlineLevel: spec.outlineLevel ?? outlineLevelForStyle(styleBuiltIn),
      list: spec.list ? this.listMembership(spec.list) : null,
      cell: spec.cell ? this.cell(spec.cell) : null,
      contentControl: spec.contentControl ? this.control(spec.contentControl) : null,
    });
  }

  private listMembership(spec: FakeListSpec) {
    const id = spec.id ?? 1;
    let list = this.lists.get(id) ?? this.document.findList(id);
    if (!list) {
      const type = spec.type ?? "Bullet";
      list = this.document.createList(
        Array.from({ length: 9 }, () => type),
        id,
      );
      this.lists.set(id, list);
    }
    return { list, level: spec.level ?? 0, label: spec.label ?? null };
  }

  private cell(spec: FakeCellSpec): FakeCell {
    const parent = spec.parent ? this.cell(spec.parent) : null;
    const tableKey = `${parent?.uid ?? "body"}/${spec.table}`;
    let table = this.tables.get(tableKey);
    if (!table) {
      table = this.document.createTable(parent);
      this.tables.set(tableKey, table);
    }
    const cellKey = `${tableKey}/${spec.row}/${spec.cell}`;
    let cell = this.cells.get(cellKey);
    if (!cell) {
      cell = this.document.createCell(table, spec.row, spec.cell, spec.verticallyMerged ?? false);
      this.cells.set(cellKey, cell);
    }
    return cell;
  }

  private control(spec: FakeContentControlSpec): FakeContentControl {
    let control = this.controls.get(spec.id);
    if (!control) {
      control = this.document.createContentControl({
        id: spec.id,
        tag: spec.tag ?? "",
        title: spec.title ?? "",
        placeholderText: spec.placeholderText ?? "",
        cannotEdit: spec.locked ?? false,
      });
      this.controls.set(spec.id, control);
    }
    return control;
  }
}

function runsFor(spec: FakeParagraphSpec): FakeRun[] {
  const text = spec.text ?? "";
  if (spec.bold) return [{ text, bold: true }];
  const prefix = Math.min(spec.boldPrefix ?? 0, text.length);
  return [
    { text: text.slice(0, prefix), bold: true },
    { text: text.slice(prefix), bold: false },
  ];
}
