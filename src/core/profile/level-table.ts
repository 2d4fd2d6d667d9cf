import { cleanItemText, cleanLabel, headingKey } from "../text/normalise";
import type { TableView } from "./lines";
import { cellAt, cellText, rangeOf } from "./lines";
import type { LevelTable } from "./schema";

/** Word tables have at most 63 columns; a wider grid only comes from a damaged or crafted file. */
const MAX_GRID_COLUMNS = 64;

/**
 * Niveau-onderscheidende kenmerken: the first row heads the level columns (`-`, `ACCOUNTMANAGER I`,
 * `ACCOUNTMANAGER II`, `+`), the first column names the aspects. The function's own column is the one
 * headed by its title.
 */
export function parseLevelTable(table: TableView, title: string | null): LevelTable {
  const [header, ...body] = table.rows;
  const gridColumns = Math.min(table.columns, MAX_GRID_COLUMNS);
  const columns: LevelTable["columns"] = [];
  for (let column = 1; column < gridColumns; column++) {
    const cell = header ? cellAt(header, column) : undefined;
    if (cell && cell.column !== column) continue; // the rest of a merged header cell
    columns.push({ heading: cellText(cell).replace(/\n/g, " "), range: rangeOf(cell?.lines ?? []) });
  }
  const columnStarts: number[] = [];
  for (let column = 1; column < gridColumns; column++) {
    const cell = header ? cellAt(header, column) : undefined;
    if (!cell || cell.column === column) columnStarts.push(column);
  }
  const titleKey = title ? headingKey(title) : null;
  const own = titleKey === null ? -1 : columns.findIndex((column) => headingKey(column.heading) === titleKey);
  const rows: LevelTable["rows"] = body
    .map((row) => {
      const aspect = cleanLabel(cellText(cellAt(row, 0)).replace(/\n/g, " "));
      const cells = columnStarts.map((column) => {
        const cell = cellAt(row, column);
        const filled = (cell?.lines ?? []).filter((line) => !line.empty);
        return {
          text: filled.map((line) => line.text).join("\n"),
          items: filled.map((line) => cleanItemText(line.block.text)).filter((text) => text !== ""),
          range: rangeOf(cell?.lines ?? []),
        };
      });
      return { aspect, range: row.range, cells };
    })
    .filter((row) => row.aspect !== "" || row.cells.some((cell) => cell.text !== ""));
  return { range: table.range, columns, ownColumn: own >= 0 ? own : null, rows };
}
