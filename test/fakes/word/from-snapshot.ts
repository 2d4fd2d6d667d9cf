import type { DocumentSnapshot } from "../../../src/core/snapshot/schema";
import type { FakeParagraphSpec } from "./spec";

/**
 * A fake Word document that looks like a snapshot: the same paragraphs, styles, lists, tables, bold and
 * content controls. Lets the Word adapter run against what the .docx reader made of a real file.
 */
export function fakeSpecsFromSnapshot(snapshot: DocumentSnapshot): FakeParagraphSpec[] {
  const listIds = new Map<string, number>();
  let controlId = 0;
  let previousControl: string | null = null;
  return snapshot.blocks.map((block) => {
    const text = block.text.replaceAll("\n", "\u000b");
    const spec: FakeParagraphSpec = { text, styleBuiltIn: block.style.builtIn ?? "Other" };
    if (block.style.name) spec.style = block.style.name;
    if (block.headingLevel !== null && !/^Heading\d$/.test(block.style.builtIn ?? ""))
      spec.outlineLevel = block.headingLevel;
    if (block.bold) spec.bold = true;
    else if (block.boldPrefix > 0) spec.boldPrefix = block.boldPrefix;
    if (block.list) {
      const key = block.list.listId ?? "none";
      if (!listIds.has(key)) listIds.set(key, 1000 + listIds.size);
      spec.list = {
        id: listIds.get(key)!,
        level: block.list.level,
        type: block.list.ordered ? "Number" : "Bullet",
        ...(block.list.label ? { label: block.list.label } : {}),
      };
    }
    if (block.table) {
      const { table, row, column, outer } = block.table;
      spec.cell = {
        table,
        row,
        cell: column,
        ...(outer ? { parent: { table: outer.table, row: outer.row, cell: outer.column } } : {}),
      };
    }
    const control = block.contentControl;
    const controlKey = control ? `${control.tag ?? ""}|${control.title ?? ""}` : null;
    if (control) {
      if (controlKey !== previousControl) controlId += 1;
      spec.contentControl = {
        id: controlId,
        ...(control.tag ? { tag: control.tag } : {}),
        ...(control.title ? { title: control.title } : {}),
      };
    }
    previousControl = controlKey;
    return spec;
  });
}
