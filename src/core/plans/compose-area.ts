import type { Template } from "../../data/template-schema";
import type { Profile, ResultArea } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import { matchesHeading } from "../profile/headings";
import {
  afterRange,
  afterSiblings,
  anchorAt,
  itemParagraph,
  paragraph,
  punctuate,
  punctuationOf,
  readFormat,
} from "./document-format";
import type { EditOperation, EditPlan, NewCell, NewParagraph } from "./schema";

export interface NewArea {
  title: string;
  description?: string | null;
  tasks?: readonly string[];
  indicators?: readonly string[];
}

/** The column of the first block of a list of items, in the area's table row. */
function columnOf(snapshot: DocumentSnapshot, items: ResultArea["tasks"]): number | null {
  const first = items[0];
  return first ? (snapshot.blocks[first.range.start]?.table?.column ?? null) : null;
}

/** Items in the way the area's existing items are written (marker, list formatting, punctuation). */
function itemsLike(
  snapshot: DocumentSnapshot,
  sample: ResultArea["tasks"],
  texts: readonly string[],
): NewParagraph[] {
  const sampleIndex = sample[0]?.range.start ?? null;
  const sampleBlock = sampleIndex === null ? undefined : snapshot.blocks[sampleIndex];
  const punctuation = punctuationOf(sample.map((entry) => snapshot.blocks[entry.range.start]!));
  return punctuate(texts.length > 0 ? texts : ["xxx"], punctuation).map((text) =>
    itemParagraph(text, sampleBlock, sampleIndex),
  );
}

/** The title paragraph: number and tab like the other titles, bold title run, optional description. */
function titleParagraph(
  snapshot: DocumentSnapshot,
  last: ResultArea,
  number: number | null,
  area: NewArea,
): NewParagraph {
  const lastTitle = snapshot.blocks[last.titleRange.start]!;
  const numberText =
    number === null ? "" : /^\s*\d+\.\t/.test(lastTitle.text) ? `${number}.\t` : `${number}. `;
  const runs = [{ text: `${numberText}${area.title}`, bold: lastTitle.bold || lastTitle.boldPrefix > 0 }];
  if (area.description) runs.push({ text: ` ${area.description}`, bold: false });
  return { runs, formatFrom: last.titleRange.start, style: null, list: null };
}

/**
 * A plan that adds a result area after the last one, in the document's layout: a new table row (copying
 * the last area's row) where areas are a table, numbered paragraphs with `Taken:` and
 * `Resultaatindicatoren:` lists where they are paragraphs.
 */
export function composeResultArea(
  profile: Profile,
  snapshot: DocumentSnapshot,
  template: Template,
  area: NewArea,
): EditPlan | null {
  const config = template.resultAreas;
  if (!config) return null;
  const areas = profile.resultAreas;
  const last = areas[areas.length - 1];
  const numbered = areas.length > 0 && areas.every((candidate) => candidate.number !== null);
  const number = numbered ? areas.length + 1 : null;
  const tasks = area.tasks ?? config.newArea.tasks;
  const indicators = area.indicators ?? config.newArea.indicators;
  const description = area.description === undefined ? config.newArea.description : area.description;
  const filled: NewArea = { title: area.title, description, tasks, indicators };
  let operations: EditOperation[];

  if (last && last.layout === "table") {
    const row = snapshot.blocks[last.titleRange.start]!.table!;
    const cells = new Map<number, NewCell>();
    cells.set(row.column, {
      paragraphs: [
        titleParagraph(snapshot, last, number, config.hasDescription ? filled : { title: area.title }),
      ],
    });
    const taskColumn = columnOf(snapshot, last.tasks);
    const indicatorColumn = columnOf(snapshot, last.indicators);
    if (taskColumn !== null) cells.set(taskColumn, { paragraphs: itemsLike(snapshot, last.tasks, tasks) });
    if (indicatorColumn !== null)
      cells.set(indicatorColumn, { paragraphs: itemsLike(snapshot, last.indicators, indicators) });
    // Every cell of the copied row gets content, in column order.
    const columns = new Set<number>();
    for (let index = last.range.start; index <= last.range.end; index++) {
      const cell = snapshot.blocks[index]?.table;
      if (cell && cell.depth === 1) columns.add(cell.column);
    }
    const ordered = [...columns]
      .sort((a, b) => a - b)
      .map((column) => cells.get(column) ?? { paragraphs: [paragraph("", null)] });
    operations = [
      {
        kind: "insert-table-row",
        anchor: anchorAt(snapshot, last.titleRange.start),
        position: "after",
        cells: ordered,
      },
    ];
  } else if (last) {
    const labelBlocks = snapshot.blocks
      .map((block, index) => ({ block, index }))
      .filter(({ index }) => index >= last.range.start && index <= last.range.end);
    const labelFor = (labels: readonly string[]) =>
      labelBlocks.find(({ block }) => matchesHeading(block.text, labels));
    const paragraphs: NewParagraph[] = [
      titleParagraph(snapshot, last, number, config.hasDescription ? filled : { title: area.title }),
    ];
    const taskLabel = labelFor(config.taskLabels);
    if (config.requireTasks || tasks.length > 0) {
      paragraphs.push(
        paragraph(taskLabel?.block.text ?? `${config.taskLabels[0]}:`, taskLabel?.index ?? null),
      );
      paragraphs.push(...itemsLike(snapshot, last.tasks, tasks));
    }
    const indicatorLabel = labelFor(config.indicatorLabels);
    paragraphs.push(
      paragraph(indicatorLabel?.block.text ?? `${config.indicatorLabels[0]}:`, indicatorLabel?.index ?? null),
    );
    paragraphs.push(...itemsLike(snapshot, last.indicators, indicators));
    const ends = [...last.tasks, ...last.indicators].map((entry) => entry.range.end);
    const core = { start: last.titleRange.start, end: Math.max(last.titleRange.end, ...ends) };
    const place = afterSiblings(snapshot, core, last.range);
    operations = [{ kind: "insert-paragraphs", ...place, paragraphs, contentControl: null }];
  } else {
    const section = profile.sections.find(
      (candidate) =>
        template.sections.find((definition) => definition.id === candidate.id)?.kind === "result-areas",
    );
    if (!section) return null;
    const format = readFormat(profile, snapshot);
    const headingBlock = section.heading ? snapshot.blocks[section.heading.range.start] : undefined;
    const sample = format.item === null ? undefined : snapshot.blocks[format.item];
    if (headingBlock?.table) {
      // An empty area table (header row only): add the first row under the header.
      const header = snapshot.blocks
        .map((block, index) => ({ block, index }))
        .filter(
          ({ block }) =>
            block.table?.table === headingBlock.table!.table && block.table.row === headingBlock.table!.row,
        );
      const columns = [...new Set(header.map(({ block }) => block.table!.column))].sort((a, b) => a - b);
      const cells: NewCell[] = columns.map((column, position) => {
        if (position === 0) return { paragraphs: [paragraph(`1.\t${area.title}`, null, { bold: true })] };
        const texts = position === 1 && config.requireTasks ? tasks : indicators;
        return {
          paragraphs: punctuate(texts.length > 0 ? texts : ["xxx"]).map((text) =>
            itemParagraph(text, sample, format.item),
          ),
        };
      });
      operations = [
        {
          kind: "insert-table-row",
          anchor: anchorAt(snapshot, section.heading!.range.start),
          position: "after",
          cells,
        },
      ];
    } else {
      const paragraphs: NewParagraph[] = [
        paragraph(`1. ${area.title}`, null, { bold: true }),
        ...(config.requireTasks
          ? [
              paragraph(`${config.taskLabels[0]}:`, null),
              ...punctuate(tasks).map((text) => itemParagraph(text, sample, format.item)),
            ]
          : []),
        paragraph(`${config.indicatorLabels[0]}:`, null),
        ...punctuate(indicators.length > 0 ? indicators : ["xxx"]).map((text) =>
          itemParagraph(text, sample, format.item),
        ),
      ];
      operations = [
        {
          kind: "insert-paragraphs",
          ...afterRange(snapshot, section.range),
          paragraphs,
          contentControl: null,
        },
      ];
    }
  }
  return {
    id: `area:${area.title}`,
    title: { nl: `Resultaatgebied '${area.title}' toevoegen`, en: `Add result area '${area.title}'` },
    operations,
    fixes: [],
    warnings: [],
  };
}
