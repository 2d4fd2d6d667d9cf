import type { EditPlan, NewCell, NewParagraph } from "../../../core/plans/schema";

export interface PreviewLine {
  kind: "paragraph" | "row" | "replacement";
  text: string;
  bold: boolean;
  /** A list item (real Word list or typed dash). */
  item: boolean;
}

/** A paragraph's text as a reader sees it: typed list dashes and tabs become a bullet and spaces. */
function paragraphText(paragraph: NewParagraph): { text: string; item: boolean } {
  const raw = paragraph.runs.map((run) => run.text).join("");
  const typed = /^\s*[-–•]\s*\t/.exec(raw);
  const text = (typed ? raw.slice(typed[0].length) : raw).replace(/\t+/g, " ").trim();
  return { text, item: Boolean(typed) || paragraph.list !== null };
}

function cellText(cell: NewCell): string {
  return cell.paragraphs
    .map((paragraph) => {
      const { text, item } = paragraphText(paragraph);
      return item && text ? `• ${text}` : text;
    })
    .filter((text) => text !== "")
    .join(" ");
}

/** What a plan will put in the document, line by line, for a preview before the user inserts it. */
export function describePlan(plan: EditPlan): PreviewLine[] {
  const lines: PreviewLine[] = [];
  for (const operation of plan.operations) {
    switch (operation.kind) {
      case "insert-paragraphs":
        for (const paragraph of operation.paragraphs) {
          const { text, item } = paragraphText(paragraph);
          if (text === "") continue;
          lines.push({
            kind: "paragraph",
            text,
            bold: paragraph.runs.every((run) => run.bold || run.text === ""),
            item,
          });
        }
        break;
      case "insert-table-row":
        lines.push({
          kind: "row",
          text: operation.cells.map(cellText).join(" | "),
          bold: false,
          item: false,
        });
        break;
      case "insert-table":
        operation.rows.forEach((row, index) => {
          const text = row
            .map(cellText)
            .filter((cell) => cell !== "")
            .join(" | ");
          if (text) lines.push({ kind: "row", text, bold: operation.header && index === 0, item: false });
        });
        break;
      case "replace-text":
        lines.push({
          kind: "replacement",
          text: `“${operation.expected}” → “${operation.text}”`,
          bold: false,
          item: false,
        });
        break;
      case "remove-paragraph":
        lines.push({
          kind: "replacement",
          text: `“${operation.anchor.text.replace(/\s+/g, " ").trim()}” → —`,
          bold: false,
          item: false,
        });
        break;
    }
  }
  return lines;
}
