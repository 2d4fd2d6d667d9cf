import { describe, expect, it } from "@jest/globals";
import type { EditPlan } from "../../../core/plans/schema";
import { describePlan } from "./describe-plan";

const paragraph = (text: string, bold = false, list: { ordered: boolean; level: number } | null = null) => ({
  runs: [{ text, bold }],
  formatFrom: null,
  style: null,
  list,
});
const anchor = { block: 3, text: "Organisatie" };

function plan(operations: EditPlan["operations"]): EditPlan {
  return { id: "p", title: { nl: "t", en: "t" }, operations, fixes: [], warnings: [] };
}

describe("describePlan", () => {
  it("shows inserted paragraphs as text, typed dashes as bullets, headings bold, and skips empty lines", () => {
    const lines = describePlan(
      plan([
        {
          kind: "insert-paragraphs",
          anchor,
          position: "after",
          contentControl: null,
          paragraphs: [
            paragraph("Bezwarende omstandigheden", true),
            paragraph(""),
            paragraph("-\txxx."),
            paragraph("Tillen", false, { ordered: false, level: 0 }),
          ],
        },
      ]),
    );
    expect(lines).toEqual([
      { kind: "paragraph", text: "Bezwarende omstandigheden", bold: true, item: false },
      { kind: "paragraph", text: "xxx.", bold: false, item: true },
      { kind: "paragraph", text: "Tillen", bold: false, item: true },
    ]);
  });

  it("shows a table row as its cells side by side, and a new table's header row in bold", () => {
    const cell = (...texts: string[]) => ({ paragraphs: texts.map((text) => paragraph(text)) });
    const lines = describePlan(
      plan([
        {
          kind: "insert-table-row",
          anchor,
          position: "after",
          cells: [cell("6.\tKwaliteit"), cell("-\ttaak a", "-\ttaak b"), cell("")],
        },
        {
          kind: "insert-table",
          anchor,
          position: "after",
          header: true,
          rows: [
            [cell("Aspect"), cell("Functie")],
            [cell("Functiegroep"), cell("xxx")],
          ],
        },
      ]),
    );
    expect(lines.map((line) => [line.kind, line.text, line.bold])).toEqual([
      ["row", "6. Kwaliteit | • taak a • taak b | ", false],
      ["row", "Aspect | Functie", true],
      ["row", "Functiegroep | xxx", false],
    ]);
  });

  it("shows a replacement as the placeholder and what takes its place", () => {
    const lines = describePlan(
      plan([
        {
          kind: "replace-text",
          anchor: { block: 81, text: "Datum: xxx" },
          start: 7,
          end: 10,
          expected: "xxx",
          text: "3 maart 2026",
        },
      ]),
    );
    expect(lines).toEqual([
      { kind: "replacement", text: "“xxx” → “3 maart 2026”", bold: false, item: false },
    ]);
  });
});
