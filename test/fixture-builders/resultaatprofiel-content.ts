/** The content of a profile of template `resultaatprofiel` (seed 001), independent of its layout. */
export interface ResultaatprofielContent {
  title: string;
  /** The context heading and its paragraph; `**…**` marks the phrases the seed writes in bold. */
  context: { heading: string; text: string };
  results: { heading: string; columns: [string, string]; rows: ResultRow[] };
  conditions: { heading: string; text: string };
  levelTable: { heading: string; columns: string[]; rows: LevelRow[] };
  /** The document reference printed small at the end (`F249650/cl/sb/091024`). */
  reference: string;
}

export interface ResultRow {
  /** Written bold at the start of the cell's single paragraph. */
  title: string;
  /** Written plain after the title, separated by a space. */
  description: string;
  indicators: string[];
}

/** A level-table cell: plain text (possibly empty) or the items of a bullet list. */
export type LevelCell = string | string[];

export interface LevelRow {
  aspect: string;
  /** One per level column (the columns after the aspect column). */
  cells: LevelCell[];
}

/** Splits `plain **bold** plain` into runs; the markers themselves are not written. */
export function splitBoldMarkers(text: string): { text: string; bold: boolean }[] {
  return text
    .split("**")
    .map((part, index) => ({ text: part, bold: index % 2 === 1 }))
    .filter((run) => run.text !== "");
}
