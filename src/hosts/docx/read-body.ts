import { message, type Message } from "../../core/common";
import type { Block, CellRef, ContentControlInfo, ListInfo } from "../../core/snapshot/schema";
import { failNoDocument } from "./errors";
import type { Numbering } from "./numbering";
import {
  isOn,
  outlineToHeadingLevel,
  parseIntegerOrNull,
  type ParagraphStyle,
  type StyleSheet,
} from "./styles";
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlScanner } from "./xml";

/**
 * One streaming pass over the main document part: one block per `w:p` of the body in document order, with
 * its source map. No tree of document.xml is built; a few small stacks (tables, content controls, fields,
 * runs) carry the context.
 */

/** `[start, end)` in character offsets (UTF-16 code units) of documentXml. */
export interface XmlSpan {
  start: number;
  end: number;
}

/**
 * How a stretch `[start, end)` of `block.text` maps to the XML. Every character of the text is covered by
 * exactly one piece, in order. A `text` piece is one `<w:t>`: its decoded content is
 * `block.text.slice(start, end)` and its raw (escaped) content is `documentXml.slice(content.start,
 * content.end)`. The other kinds are characters Word synthesises from an element of their own.
 */
export type BlockPiece =
  | { kind: "text"; start: number; end: number; content: XmlSpan; element: XmlSpan; run: XmlSpan }
  | {
      /** tab: `w:tab`/`w:ptab` → "\t"; break: `w:br`/`w:cr` → "\n"; noBreakHyphen → "-"; symbol: `w:sym`. */
      kind: "tab" | "break" | "noBreakHyphen" | "symbol";
      start: number;
      end: number;
      element: XmlSpan;
      run: XmlSpan;
    };

/** Where one block (paragraph) lives in documentXml, for a writer that splices instead of re-serialising. */
export interface BlockSource {
  /** The whole `<w:p …>…</w:p>` or `<w:p/>` element. */
  paragraph: XmlSpan;
  /** The paragraph's `<w:pPr>…</w:pPr>` element, if it has one. */
  properties: XmlSpan | null;
  /** Innermost `<w:tr>`, `<w:tbl>` and `<w:tc>` holding the paragraph. */
  row: XmlSpan | null;
  table: XmlSpan | null;
  cell: XmlSpan | null;
  /** The `<w:sdt>` element `block.contentControl` describes. */
  contentControl: XmlSpan | null;
  pieces: BlockPiece[];
}

export interface BodyReading {
  blocks: Block[];
  sources: BlockSource[];
  messages: Message[];
}

// Element kinds the walker reacts to; everything else is descended into (so paragraphs inside unknown
// wrappers still count) or, inside runs, ignored.
const P = 1;
const P_PR = 2;
const R = 3;
const R_PR = 4;
const T = 5;
const TAB = 6;
const BR = 7;
const CR = 8;
const NO_BREAK_HYPHEN = 9;
const SOFT_HYPHEN = 10;
const SYM = 11;
const FLD_CHAR = 12;
const DEL = 13;
const INS = 14;
const SDT = 15;
const SDT_PR = 16;
const TBL = 17;
const TR = 18;
const TR_PR = 19;
const TC = 20;
const TC_PR = 21;
const SKIP = 22;
const TXBX_CONTENT = 23;
const DRAWING = 24;
const ALTERNATE_CONTENT = 25;
const CHOICE = 26;
const FALLBACK = 27;
const ALT_CHUNK = 28;
const BODY = 29;
const MATH = 30;

const KINDS: ReadonlyMap<string, number> = new Map([
  ["w:p", P],
  ["w:pPr", P_PR],
  ["w:r", R],
  ["w:rPr", R_PR],
  ["w:t", T],
  ["w:tab", TAB],
  ["w:ptab", TAB],
  ["w:br", BR],
  ["w:cr", CR],
  ["w:noBreakHyphen", NO_BREAK_HYPHEN],
  ["w:softHyphen", SOFT_HYPHEN],
  ["w:sym", SYM],
  ["w:fldChar", FLD_CHAR],
  ["w:del", DEL],
  ["w:moveFrom", DEL],
  ["w:ins", INS],
  ["w:moveTo", INS],
  ["w:sdt", SDT],
  ["w:sdtPr", SDT_PR],
  ["w:sdtEndPr", SKIP],
  ["w:tbl", TBL],
  ["w:tr", TR],
  ["w:trPr", TR_PR],
  ["w:tc", TC],
  ["w:tcPr", TC_PR],
  ["w:tblPr", SKIP],
  ["w:tblGrid", SKIP],
  ["w:tblPrEx", SKIP],
  ["w:sectPr", SKIP],
  ["w:delText", SKIP],
  ["w:instrText", SKIP],
  ["w:delInstrText", SKIP],
  ["w:customXmlPr", SKIP],
  ["w:smartTagPr", SKIP],
  ["w:rt", SKIP], // ruby annotation text: the base text is what the paragraph says
  ["w:rubyPr", SKIP],
  ["w:contentPart", SKIP],
  ["w:background", SKIP],
  ["m:oMath", MATH],
  ["m:oMathPara", MATH],
  ["w:txbxContent", TXBX_CONTENT],
  ["w:drawing", DRAWING],
  ["w:pict", DRAWING],
  ["w:object", DRAWING],
  ["mc:AlternateContent", ALTERNATE_CONTENT],
  ["mc:Choice", CHOICE],
  ["mc:Fallback", FALLBACK],
  ["w:altChunk", ALT_CHUNK],
  ["w:body", BODY],
]);

interface RunState {
  depth: number;
  span: XmlSpan;
  bold: boolean;
}

interface SdtState {
  depth: number;
  span: XmlSpan;
  info: ContentControlInfo;
}

interface CellState {
  column: number;
  columnSpan: number;
  span: XmlSpan;
}

interface TableState {
  ordinal: number;
  depth: number;
  span: XmlSpan;
  row: number;
  rowSpan: XmlSpan | null;
  gridColumn: number;
  cell: CellState | null;
}

interface ParagraphState {
  index: number;
  depth: number;
  start: number;
  properties: XmlSpan | null;
  styleId: string | null;
  directOutline: number | null;
  directNumId: string | null;
  directLevel: number | null;
  resolved: boolean;
  style: ParagraphStyle | null;
  boldBase: boolean;
  list: ListInfo | null;
  parts: string[];
  length: number;
  /** Bold segments as flat triples: start, end, 1|0. */
  boldSegments: number[];
  pieces: BlockPiece[];
  table: CellRef | null;
  tableSpans: { table: XmlSpan; row: XmlSpan | null; cell: XmlSpan | null } | null;
  enclosingSdt: SdtState | null;
  runSdts: SdtState[];
}

export function readBody(
  xml: string,
  part: string,
  styles: StyleSheet,
  numbering: Numbering,
  messages: Message[],
): BodyReading {
  const scanner = new XmlScanner(xml, part);
  const blocks: Block[] = [];
  const sources: BlockSource[] = [];

  const paragraphs: ParagraphState[] = [];
  const runs: RunState[] = [];
  const tables: TableState[] = [];
  const sdts: SdtState[] = [];
  /** Per open mc:AlternateContent: whether its first mc:Choice has been taken. */
  const alternates: boolean[] = [];
  /** Complex fields: true while in the instruction part (begin…separate), false in the result. */
  const fields: boolean[] = [];
  let fieldInstructionDepth = 0;
  let deletedDepth = 0;
  let tableCount = 0;
  let trackedChanges = 0;
  const textBoxBlocks: number[] = [];
  const altChunkPositions: number[] = [];
  const mathBlocks: number[] = [];
  const unknownStyles = new Map<string, number>();
  const unknownNumbering = new Map<string, number>();

  let text: string[] | null = null;
  let textElementStart = 0;
  let textContentStart = 0;

  const currentParagraph = (): ParagraphState | undefined => paragraphs[paragraphs.length - 1];
  const currentRun = (): RunState | undefined => runs[runs.length - 1];

  // The root must be w:document; anything else is not a WordprocessingML main part.
  if (scanner.next() !== XML_OPEN || scanner.name !== "w:document") throw failNoDocument(null);

  for (;;) {
    const event = scanner.next();
    if (event === XML_END) break;
    if (event === XML_TEXT) {
      if (text !== null) text.push(scanner.text());
      continue;
    }
    const kind = KINDS.get(scanner.name) ?? 0;
    if (event === XML_CLOSE) {
      switch (kind) {
        case P:
          finishParagraph(scanner.end);
          break;
        case R: {
          // Only runs inside a paragraph were pushed; a stray one outside has nothing to close.
          const run = runs[runs.length - 1];
          if (run && run.depth === scanner.depth + 1) {
            runs.pop();
            run.span.end = scanner.end;
          }
          break;
        }
        case T:
          finishText();
          break;
        case DEL:
          deletedDepth--;
          break;
        case SDT: {
          const sdt = sdts.pop();
          if (sdt) sdt.span.end = scanner.end;
          break;
        }
        case TBL: {
          const table = tables.pop();
          if (table) table.span.end = scanner.end;
          break;
        }
        case TR: {
          const table = tables[tables.length - 1];
          if (table?.rowSpan) table.rowSpan.end = scanner.end;
          break;
        }
        case TC: {
          const table = tables[tables.length - 1];
          if (table?.cell) {
            table.cell.span.end = scanner.end;
            table.gridColumn += table.cell.columnSpan;
            table.cell = null;
          }
          break;
        }
        case ALTERNATE_CONTENT:
          alternates.pop();
          break;
      }
      continue;
    }

    // An element opens.
    if (scanner.depth === 2 && kind !== BODY) {
      scanner.skipElement(); // w:background and anything else outside the body
      continue;
    }
    switch (kind) {
      case P:
        startParagraph();
        break;
      case P_PR: {
        const paragraph = currentParagraph();
        if (paragraph && paragraph.depth === scanner.depth - 1 && paragraph.properties === null) {
          readParagraphProperties(paragraph);
        } else {
          scanner.skipElement();
        }
        break;
      }
      case R: {
        const paragraph = currentParagraph();
        if (paragraph) {
          resolveParagraph(paragraph);
          runs.push({
            depth: scanner.depth,
            span: { start: scanner.start, end: -1 },
            bold: paragraph.boldBase,
          });
        }
        break;
      }
      case R_PR: {
        const run = currentRun();
        const paragraph = currentParagraph();
        if (run && paragraph && run.depth === scanner.depth - 1) readRunProperties(run, paragraph);
        else scanner.skipElement();
        break;
      }
      case T:
        if (isRunChild()) {
          text = [];
          textElementStart = scanner.start;
          textContentStart = scanner.end;
        } else {
          scanner.skipElement();
        }
        break;
      case TAB:
      case BR:
      case CR:
      case NO_BREAK_HYPHEN:
      case SOFT_HYPHEN:
      case SYM:
        readSpecialCharacter(kind);
        break;
      case FLD_CHAR: {
        const type = scanner.attribute("w:fldCharType");
        if (type === "begin") {
          fields.push(true);
          fieldInstructionDepth++;
        } else if (type === "separate") {
          if (fields[fields.length - 1] === true) {
            fields[fields.length - 1] = false;
            fieldInstructionDepth--;
          }
        } else if (type === "end") {
          if (fields.pop() === true) fieldInstructionDepth--;
        }
        scanner.skipElement();
        break;
      }
      case DEL:
        trackedChanges++;
        deletedDepth++;
        if (scanner.selfClosing) {
          deletedDepth--;
          scanner.skipElement();
        }
        break;
      case INS:
        trackedChanges++;
        break;
      case SDT: {
        const sdt: SdtState = {
          depth: scanner.depth,
          span: { start: scanner.start, end: -1 },
          info: { tag: null, title: null, showingPlaceholder: false },
        };
        const paragraph = currentParagraph();
        if (paragraph) paragraph.runSdts.push(sdt);
        sdts.push(sdt);
        break;
      }
      case SDT_PR: {
        const sdt = sdts[sdts.length - 1];
        if (sdt && sdt.depth === scanner.depth - 1) readContentControlProperties(sdt);
        else scanner.skipElement();
        break;
      }
      case TBL:
        tables.push({
          ordinal: tableCount++,
          depth: tables.length + 1,
          span: { start: scanner.start, end: -1 },
          row: -1,
          rowSpan: null,
          gridColumn: 0,
          cell: null,
        });
        break;
      case TR: {
        const table = tables[tables.length - 1];
        if (table) {
          table.row++;
          table.rowSpan = { start: scanner.start, end: -1 };
          table.gridColumn = 0;
          table.cell = null;
        }
        break;
      }
      case TR_PR: {
        const table = tables[tables.length - 1];
        if (table) readRowProperties(table);
        else scanner.skipElement();
        break;
      }
      case TC: {
        const table = tables[tables.length - 1];
        if (table)
          table.cell = { column: table.gridColumn, columnSpan: 1, span: { start: scanner.start, end: -1 } };
        break;
      }
      case TC_PR: {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) readCellProperties(cell);
        else scanner.skipElement();
        break;
      }
      case SKIP:
        scanner.skipElement();
        break;
      case TXBX_CONTENT:
        noteTextBox();
        scanner.skipElement();
        break;
      case DRAWING:
        skipDrawing();
        break;
      case ALTERNATE_CONTENT:
        alternates.push(false);
        break;
      case CHOICE:
        // Take the first choice (what current Word shows); skip the other choices and the fallback.
        if (alternates.length > 0 && !alternates[alternates.length - 1])
          alternates[alternates.length - 1] = true;
        else scanner.skipElement();
        break;
      case FALLBACK:
        if (alternates.length > 0 && alternates[alternates.length - 1]) scanner.skipElement();
        break;
      case ALT_CHUNK:
        altChunkPositions.push(blocks.length);
        scanner.skipElement();
        break;
      case MATH:
        mathBlocks.push(currentParagraph()?.index ?? blocks.length);
        scanner.skipElement();
        break;
    }
  }

  reportMessages();
  return { blocks, sources, messages };

  function isRunChild(): boolean {
    const run = currentRun();
    return run !== undefined && run.depth === scanner.depth - 1;
  }

  function textHidden(): boolean {
    return deletedDepth > 0 || fieldInstructionDepth > 0;
  }

  function startParagraph(): void {
    const table = tables[tables.length - 1];
    const cell = table?.cell ?? null;
    let cellRef: CellRef | null = null;
    if (table && cell) {
      const top = tables[0]!;
      cellRef = {
        table: table.ordinal,
        row: table.row,
        column: cell.column,
        columnSpan: cell.columnSpan,
        depth: table.depth,
        outer:
          table.depth > 1 && top.cell ? { table: top.ordinal, row: top.row, column: top.cell.column } : null,
      };
    }
    const paragraph: ParagraphState = {
      index: blocks.length,
      depth: scanner.depth,
      start: scanner.start,
      properties: null,
      styleId: null,
      directOutline: null,
      directNumId: null,
      directLevel: null,
      resolved: false,
      style: null,
      boldBase: false,
      list: null,
      parts: [],
      length: 0,
      boldSegments: [],
      pieces: [],
      table: cellRef,
      tableSpans: table ? { table: table.span, row: table.rowSpan, cell: cell?.span ?? null } : null,
      enclosingSdt: sdts[sdts.length - 1] ?? null,
      runSdts: [],
    };
    paragraphs.push(paragraph);
    // Reserve the slot now: block order is the order in which paragraphs start.
    blocks.push(null as unknown as Block);
    sources.push(null as unknown as BlockSource);
  }

  function resolveParagraph(paragraph: ParagraphState): void {
    if (paragraph.resolved) return;
    paragraph.resolved = true;
    let style: ParagraphStyle | undefined;
    if (paragraph.styleId !== null) {
      style = styles.paragraphStyle(paragraph.styleId);
      if (!style && !unknownStyles.has(paragraph.styleId))
        unknownStyles.set(paragraph.styleId, paragraph.index);
    }
    style ??= styles.defaultParagraphStyle();
    paragraph.style = style;
    paragraph.boldBase = styles.defaultBold !== style.bold;
    const numId = paragraph.directNumId ?? style.numbering?.numId ?? null;
    if (numId !== null && numId !== "0") {
      const level = paragraph.directLevel ?? style.numbering?.level ?? null;
      paragraph.list = numbering.next(numId, level, style.id);
      if (paragraph.list === null && !unknownNumbering.has(numId))
        unknownNumbering.set(numId, paragraph.index);
    }
  }

  function finishParagraph(end: number): void {
    const paragraph = paragraphs.pop();
    if (!paragraph) return;
    resolveParagraph(paragraph);
    const style = paragraph.style!;
    const blockText = paragraph.parts.length === 1 ? paragraph.parts[0]! : paragraph.parts.join("");
    const { bold, boldPrefix } = measureBold(blockText, paragraph.boldSegments);
    const headingLevel =
      !style.builtInHeading && paragraph.directOutline !== null
        ? outlineToHeadingLevel(paragraph.directOutline)
        : style.headingLevel;
    const control = chooseContentControl(paragraph);
    blocks[paragraph.index] = {
      text: blockText,
      style: { ...style.ref },
      headingLevel,
      bold,
      boldPrefix,
      list: paragraph.list,
      table: paragraph.table,
      contentControl: control ? { ...control.info } : null,
    };
    sources[paragraph.index] = {
      paragraph: { start: paragraph.start, end },
      properties: paragraph.properties,
      row: paragraph.tableSpans?.row ?? null,
      table: paragraph.tableSpans?.table ?? null,
      cell: paragraph.tableSpans?.cell ?? null,
      contentControl: control?.span ?? null,
      pieces: paragraph.pieces,
    };
  }

  /**
   * The innermost content control: one inside the paragraph (run level; the first that shows its
   * placeholder, else the first), else the nearest one around the paragraph (block, row or cell level).
   */
  function chooseContentControl(paragraph: ParagraphState): SdtState | null {
    if (paragraph.runSdts.length > 0) {
      return paragraph.runSdts.find((sdt) => sdt.info.showingPlaceholder) ?? paragraph.runSdts[0]!;
    }
    return paragraph.enclosingSdt;
  }

  function appendText(paragraph: ParagraphState, run: RunState, value: string): [number, number] {
    const start = paragraph.length;
    const end = start + value.length;
    paragraph.parts.push(value);
    paragraph.length = end;
    const segments = paragraph.boldSegments;
    const flag = run.bold ? 1 : 0;
    if (
      segments.length > 0 &&
      segments[segments.length - 1] === flag &&
      segments[segments.length - 2] === start
    ) {
      segments[segments.length - 2] = end;
    } else {
      segments.push(start, end, flag);
    }
    return [start, end];
  }

  function finishText(): void {
    const parts = text;
    text = null;
    if (parts === null) return;
    const paragraph = currentParagraph();
    const run = currentRun();
    if (!paragraph || !run || textHidden()) return;
    const value = parts.length === 1 ? parts[0]! : parts.join("");
    if (value.length === 0) return;
    const [start, end] = appendText(paragraph, run, value);
    paragraph.pieces.push({
      kind: "text",
      start,
      end,
      content: { start: textContentStart, end: scanner.start },
      element: { start: textElementStart, end: scanner.end },
      run: run.span,
    });
  }

  function readSpecialCharacter(kind: number): void {
    const elementStart = scanner.start;
    let value = "";
    let pieceKind: "tab" | "break" | "noBreakHyphen" | "symbol" = "tab";
    if (kind === TAB) value = "\t";
    else if (kind === BR) {
      const type = scanner.attribute("w:type");
      // Page and column breaks are layout, not text (Word's paragraph text has none for them).
      if (type === null || type === "textWrapping") value = "\n";
      pieceKind = "break";
    } else if (kind === CR) {
      value = "\n";
      pieceKind = "break";
    } else if (kind === NO_BREAK_HYPHEN) {
      value = "-";
      pieceKind = "noBreakHyphen";
    } else if (kind === SYM) {
      value = symbolCharacter(scanner.attribute("w:char"));
      pieceKind = "symbol";
    }
    const runChild = isRunChild();
    scanner.skipElement();
    const paragraph = currentParagraph();
    const run = currentRun();
    if (!runChild || !paragraph || !run || value === "" || textHidden()) return;
    const [start, end] = appendText(paragraph, run, value);
    paragraph.pieces.push({
      kind: pieceKind,
      start,
      end,
      element: { start: elementStart, end: scanner.end },
      run: run.span,
    });
  }

  function readParagraphProperties(paragraph: ParagraphState): void {
    const start = scanner.start;
    const depth = scanner.depth;
    if (!scanner.selfClosing) {
      for (;;) {
        const event = scanner.next();
        if (event === XML_CLOSE && scanner.depth < depth) break;
        if (event !== XML_OPEN) continue;
        const childDepth = scanner.depth;
        switch (scanner.name) {
          case "w:pStyle":
            if (childDepth === depth + 1) paragraph.styleId = scanner.attribute("w:val");
            break;
          case "w:outlineLvl":
            if (childDepth === depth + 1)
              paragraph.directOutline = parseIntegerOrNull(scanner.attribute("w:val") ?? "");
            break;
          case "w:ilvl":
            if (childDepth === depth + 2)
              paragraph.directLevel = parseIntegerOrNull(scanner.attribute("w:val") ?? "");
            break;
          case "w:numId":
            if (childDepth === depth + 2) paragraph.directNumId = scanner.attribute("w:val");
            break;
          case "w:ins":
          case "w:del":
          case "w:moveFrom":
          case "w:moveTo":
            trackedChanges++; // the paragraph mark itself was inserted or deleted
            break;
          case "w:pPrChange":
          case "w:rPrChange":
            trackedChanges++;
            scanner.skipElement();
            break;
          case "w:numPr":
          case "w:rPr":
            break;
          default:
            // Nested content of no interest (tabs, borders, section properties…).
            if (childDepth === depth + 1) scanner.skipElement();
        }
      }
    } else {
      scanner.next();
    }
    paragraph.properties = { start, end: scanner.end };
    resolveParagraph(paragraph);
  }

  function readRunProperties(run: RunState, paragraph: ParagraphState): void {
    const depth = scanner.depth;
    let direct: boolean | null = null;
    let characterStyle: string | null = null;
    if (!scanner.selfClosing) {
      for (;;) {
        const event = scanner.next();
        if (event === XML_CLOSE && scanner.depth < depth) break;
        if (event !== XML_OPEN) continue;
        if (scanner.depth === depth + 1) {
          if (scanner.name === "w:b") direct = isOn(scanner.attribute("w:val"));
          else if (scanner.name === "w:rStyle") characterStyle = scanner.attribute("w:val");
          else if (scanner.name === "w:rPrChange") trackedChanges++;
        }
        scanner.skipElement();
      }
    } else {
      scanner.next();
    }
    // Bold is a toggle property: styles toggle it (paragraph style XOR character style), direct formatting
    // sets it outright.
    let bold = paragraph.boldBase;
    if (characterStyle !== null) {
      const styleBold = styles.characterStyleBold(characterStyle);
      if (styleBold === undefined) {
        if (!unknownStyles.has(characterStyle)) unknownStyles.set(characterStyle, paragraph.index);
      } else {
        bold = bold !== styleBold;
      }
    }
    run.bold = direct ?? bold;
  }

  function readContentControlProperties(sdt: SdtState): void {
    const depth = scanner.depth;
    if (scanner.selfClosing) {
      scanner.next();
      return;
    }
    for (;;) {
      const event = scanner.next();
      if (event === XML_CLOSE && scanner.depth < depth) break;
      if (event !== XML_OPEN) continue;
      if (scanner.depth === depth + 1) {
        if (scanner.name === "w:tag") sdt.info.tag = scanner.attribute("w:val");
        else if (scanner.name === "w:alias") sdt.info.title = scanner.attribute("w:val");
        else if (scanner.name === "w:showingPlcHdr")
          sdt.info.showingPlaceholder = isOn(scanner.attribute("w:val"));
      }
      scanner.skipElement();
    }
  }

  function readRowProperties(table: TableState): void {
    readProperties((name) => {
      if (name === "w:gridBefore")
        table.gridColumn += clampGrid(parseIntegerOrNull(scanner.attribute("w:val") ?? "") ?? 0, 0);
      else if (name === "w:ins" || name === "w:del" || name === "w:trPrChange") trackedChanges++;
    });
  }

  function readCellProperties(cell: CellState): void {
    readProperties((name) => {
      if (name === "w:gridSpan")
        cell.columnSpan = clampGrid(parseIntegerOrNull(scanner.attribute("w:val") ?? "") ?? 1, 1);
      else if (name === "w:cellIns" || name === "w:cellDel" || name === "w:tcPrChange") trackedChanges++;
    });
  }

  /** Consumes a properties element, calling back for each direct child. */
  function readProperties(onChild: (name: string) => void): void {
    const depth = scanner.depth;
    if (scanner.selfClosing) {
      scanner.next();
      return;
    }
    for (;;) {
      const event = scanner.next();
      if (event === XML_CLOSE && scanner.depth < depth) break;
      if (event !== XML_OPEN) continue;
      if (scanner.depth === depth + 1) onChild(scanner.name);
      scanner.skipElement();
    }
  }

  /** Drawings, VML pictures and embedded objects carry no text of their own, but may hold text boxes. */
  function skipDrawing(): void {
    const depth = scanner.depth;
    if (scanner.selfClosing) {
      scanner.next();
      return;
    }
    let alternateDepth = 0;
    let choiceTaken = false;
    for (;;) {
      const event = scanner.next();
      if (event === XML_CLOSE) {
        if (scanner.depth < depth) return;
        if (scanner.depth < alternateDepth) alternateDepth = 0;
        continue;
      }
      if (event !== XML_OPEN) continue;
      if (scanner.name === "w:txbxContent") {
        noteTextBox();
        scanner.skipElement();
      } else if (scanner.name === "mc:AlternateContent" && alternateDepth === 0) {
        alternateDepth = scanner.depth;
        choiceTaken = false;
      } else if (alternateDepth > 0 && scanner.depth === alternateDepth + 1) {
        // Same text box twice (DrawingML choice, VML fallback): count it once.
        if (scanner.name === "mc:Choice" && !choiceTaken) choiceTaken = true;
        else scanner.skipElement();
      }
    }
  }

  function noteTextBox(): void {
    textBoxBlocks.push(currentParagraph()?.index ?? blocks.length);
  }

  function reportMessages(): void {
    const last = blocks.length - 1;
    const at = (index: number) => {
      const clamped = Math.min(index, last);
      return clamped < 0 ? undefined : { start: clamped, end: clamped };
    };
    for (const index of textBoxBlocks) {
      messages.push(
        message(
          "warning",
          "text-box-skipped",
          "Een tekstvak is overgeslagen: tekst in tekstvakken telt niet mee bij de controle.",
          "A text box was skipped: text in text boxes is not part of the check.",
          at(index),
        ),
      );
    }
    for (const index of altChunkPositions) {
      messages.push(
        message(
          "warning",
          "alt-chunk-skipped",
          "Ingevoegde inhoud uit een ander bestand (altChunk) is overgeslagen; sla het document in Word opnieuw op om die mee te nemen.",
          "Content embedded from another file (altChunk) was skipped; save the document again in Word to include it.",
          at(index),
        ),
      );
    }
    if (mathBlocks.length > 0) {
      messages.push(
        message(
          "info",
          "equation-skipped",
          `Vergelijkingen (${mathBlocks.length}) zijn overgeslagen: hun tekst telt niet mee bij de controle.`,
          `Equations (${mathBlocks.length}) were skipped: their text is not part of the check.`,
          at(mathBlocks[0]!),
        ),
      );
    }
    for (const [id, index] of unknownStyles) {
      messages.push(
        message(
          "warning",
          "style-unknown",
          `De opmaakstijl '${id}' staat niet in de stijlen van het document; de standaardstijl is aangenomen.`,
          `The style '${id}' is not among the document's styles; the default style was assumed.`,
          at(index),
        ),
      );
    }
    for (const [id, index] of unknownNumbering) {
      messages.push(
        message(
          "warning",
          "numbering-unknown",
          `De nummering '${id}' ontbreekt in het document; de alinea is gelezen als gewone tekst, niet als lijst.`,
          `The numbering '${id}' is missing from the document; the paragraph was read as plain text, not as a list.`,
          at(index),
        ),
      );
    }
    if (trackedChanges > 0) {
      messages.push(
        message(
          "info",
          "tracked-changes",
          `Het document bevat bijgehouden wijzigingen (${trackedChanges}); het is gelezen alsof ze allemaal zijn geaccepteerd.`,
          `The document contains tracked changes (${trackedChanges}); it was read as if they were all accepted.`,
        ),
      );
    }
  }
}

/** Word tables have at most 63 grid columns; larger spans only come from damaged or crafted files. */
const MAX_GRID_SPAN = 63;

function clampGrid(value: number, min: number): number {
  return Math.min(MAX_GRID_SPAN, Math.max(min, value));
}

/** `w:sym`'s character, unless it is a private-use code point that only means something in a symbol font. */
function symbolCharacter(hex: string | null): string {
  if (hex === null || !/^[0-9a-fA-F]{1,6}$/.test(hex)) return "";
  const code = parseInt(hex, 16);
  if ((code >= 0xe000 && code <= 0xf8ff) || code < 0x20 || code > 0x10ffff) return "";
  return String.fromCodePoint(code);
}

function isWhitespaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `bold`: every non-whitespace character is bold (false for text without any).
 * `boldPrefix`: the end of the last bold non-whitespace character before the first non-bold non-whitespace
 * character — the length of the bold lead-in ("**Relatiebeheer** Het…" → 13, the space excluded); 0 when
 * the paragraph starts plain; for an all-bold paragraph the end of its last non-whitespace character.
 */
export function measureBold(
  text: string,
  segments: readonly number[],
): { bold: boolean; boldPrefix: number } {
  let boldPrefix = 0;
  let sawBold = false;
  for (let s = 0; s < segments.length; s += 3) {
    const isBold = segments[s + 2] === 1;
    for (let i = segments[s]!; i < segments[s + 1]!; i++) {
      if (isWhitespaceCode(text.charCodeAt(i))) continue;
      if (!isBold) return { bold: false, boldPrefix };
      sawBold = true;
      boldPrefix = i + 1;
    }
  }
  return { bold: sawBold, boldPrefix };
}
