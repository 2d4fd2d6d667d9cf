import type { Analysis } from "../../../core/analyse";
import type { BlockRange, Language, Location } from "../../../core/common";
import type { TextItem } from "../../../core/profile/schema";
import type { DocumentSnapshot } from "../../../core/snapshot/schema";
import { formatString, type Strings } from "../../i18n";

export type StructureKind =
  | "title"
  | "section"
  | "area"
  | "group"
  | "task"
  | "indicator"
  | "description"
  | "competency"
  | "behaviour"
  | "field"
  | "item"
  | "row"
  | "party"
  | "unplaced";

export interface StructureNode {
  /** Unique in the tree (a path), so it can be a Fluent tree item value. */
  id: string;
  kind: StructureKind;
  label: string;
  /** A second line: counts, level, the field's value. */
  detail: string | null;
  location: Location;
  /** Still an unfinished placeholder (`xxx.`, `(“datum”)`). */
  placeholder: boolean;
  children: StructureNode[];
}

/** The catalogue strings of the form `{count} {count|one|other}` this tree uses. */
type CountKey =
  | "countAreas"
  | "countTasks"
  | "countIndicators"
  | "countCompetencies"
  | "countBehaviours"
  | "countItems"
  | "countRows";

const within = (inner: BlockRange, outer: BlockRange) => inner.start >= outer.start && inner.end <= outer.end;
const at = (range: BlockRange): Location => ({ start: range.start, end: range.end });
const span = (items: readonly TextItem[]): Location => ({
  start: items[0]!.range.start,
  end: items[items.length - 1]!.range.end,
});

function leaf(id: string, kind: StructureKind, item: TextItem): StructureNode {
  return {
    id,
    kind,
    label: item.text,
    detail: null,
    location: at(item.range),
    placeholder: item.placeholder,
    children: [],
  };
}

/**
 * The profile as a tree for the Structuur pane: the sections in document order; under them the result areas
 * (tasks and indicators), the competencies (level, behaviour examples), list items, fields, the level
 * table's rows and the signing parties; text the parser could not place comes last.
 */
export function buildStructure(
  analysis: Analysis,
  snapshot: DocumentSnapshot,
  strings: Strings,
  language: Language,
): StructureNode[] {
  const { profile, template } = analysis;
  const count = (key: CountKey, value: number) => formatString(strings[key], { count: value }, language);
  const nodes: StructureNode[] = [];

  if (profile.title) {
    nodes.push({
      id: "title",
      kind: "title",
      label: profile.title.text,
      detail: strings.structureTitle,
      location: at(profile.title.range),
      placeholder: profile.title.placeholder,
      children: [],
    });
  }

  profile.sections.forEach((section, sectionIndex) => {
    const definition = template?.sections.find((candidate) => candidate.id === section.id) ?? null;
    const id = `section:${sectionIndex}`;
    const children: StructureNode[] = [];
    let detail: string | null = null;

    switch (definition?.kind) {
      case "result-areas": {
        const areas = profile.resultAreas.filter((area) => within(area.range, section.range));
        detail = count("countAreas", areas.length);
        areas.forEach((area, areaIndex) => {
          const areaId = `${id}:area:${areaIndex}`;
          const parts: string[] = [];
          if (template?.resultAreas?.requireTasks || area.tasks.length > 0)
            parts.push(count("countTasks", area.tasks.length));
          parts.push(count("countIndicators", area.indicators.length));
          const areaChildren: StructureNode[] = [];
          if (area.description) {
            areaChildren.push({
              id: `${areaId}:description`,
              kind: "description",
              label: area.description,
              detail: null,
              location: at(area.titleRange),
              placeholder: false,
              children: [],
            });
          }
          if (area.tasks.length > 0) {
            areaChildren.push({
              id: `${areaId}:tasks`,
              kind: "group",
              label: strings.structureTasks,
              detail: String(area.tasks.length),
              location: span(area.tasks),
              placeholder: false,
              children: area.tasks.map((task, index) => leaf(`${areaId}:task:${index}`, "task", task)),
            });
          }
          if (area.indicators.length > 0) {
            areaChildren.push({
              id: `${areaId}:indicators`,
              kind: "group",
              label: strings.structureIndicators,
              detail: String(area.indicators.length),
              location: span(area.indicators),
              placeholder: false,
              children: area.indicators.map((indicator, index) =>
                leaf(`${areaId}:indicator:${index}`, "indicator", indicator),
              ),
            });
          }
          children.push({
            id: areaId,
            kind: "area",
            label: area.number !== null ? `${area.number}. ${area.title}` : area.title,
            detail: parts.join(" · "),
            location: at(area.range),
            placeholder: area.placeholder,
            children: areaChildren,
          });
        });
        break;
      }
      case "competencies": {
        const competencies = profile.competencies.filter((competency) =>
          within(competency.range, section.range),
        );
        detail = count("countCompetencies", competencies.length);
        competencies.forEach((competency, index) => {
          const competencyId = `${id}:competency:${index}`;
          const level = competency.level
            ? formatString(strings.structureLevel, { level: competency.level })
            : strings.structureNoLevel;
          children.push({
            id: competencyId,
            kind: "competency",
            label: competency.name,
            detail: `${level} · ${count("countBehaviours", competency.behaviours.length)}`,
            location: at(competency.range),
            placeholder: competency.placeholder,
            children: competency.behaviours.map((behaviour, behaviourIndex) =>
              leaf(`${competencyId}:behaviour:${behaviourIndex}`, "behaviour", behaviour),
            ),
          });
        });
        break;
      }
      case "list": {
        const items = [...profile.knowledge, ...profile.conditions].filter((item) =>
          within(item.range, section.range),
        );
        detail = count("countItems", items.length);
        items.forEach((item, index) => children.push(leaf(`${id}:item:${index}`, "item", item)));
        break;
      }
      case "level-table": {
        const table = profile.levelTable;
        if (table) {
          detail = count("countRows", table.rows.length);
          table.rows.forEach((row, index) => {
            const own = table.ownColumn === null ? null : row.cells[table.ownColumn];
            const value = own?.items.join("; ") || own?.text || "";
            children.push({
              id: `${id}:row:${index}`,
              kind: "row",
              label: row.aspect,
              detail: value || strings.structureEmptyCell,
              location: at(row.range),
              placeholder: table.ownColumn !== null && value.trim() === "",
              children: [],
            });
          });
        }
        break;
      }
      case "signature": {
        const signature = profile.signature;
        signature?.parties.forEach((party, index) => {
          const filled = [party.date?.text, party.name?.text].filter((text): text is string => Boolean(text));
          children.push({
            id: `${id}:party:${index}`,
            kind: "party",
            label: party.label,
            detail: filled.join(" · ") || null,
            location: at(signature.range),
            placeholder: Boolean(party.date?.placeholder || party.name?.placeholder),
            children: [],
          });
        });
        break;
      }
      default:
        break;
    }

    // Fields belong to whichever section holds them (header, organisation, date).
    for (const field of profile.fields) {
      if (!within(field.range, section.range)) continue;
      children.push({
        id: `${id}:field:${field.key}`,
        kind: "field",
        label: field.label,
        detail: field.value || strings.structureEmptyCell,
        location: at(field.range),
        placeholder: field.placeholder,
        children: [],
      });
    }

    nodes.push({
      id,
      kind: "section",
      label: definition?.name[language] ?? section.heading?.text ?? strings.structureUnknownSection,
      detail,
      location: at(section.range),
      placeholder: false,
      children,
    });
  });

  if (profile.unplaced.length > 0) {
    nodes.push({
      id: "unplaced",
      kind: "unplaced",
      label: strings.structureUnplaced,
      detail: String(profile.unplaced.length),
      location: at(profile.unplaced[0]!),
      placeholder: false,
      children: profile.unplaced.map((range, index) => {
        const text = snapshot.blocks
          .slice(range.start, range.end + 1)
          .map((block) => block.text.trim())
          .find((candidate) => candidate !== "");
        return {
          id: `unplaced:${index}`,
          kind: "unplaced" as const,
          label: text ? (text.length > 80 ? `${text.slice(0, 79)}…` : text) : strings.structureEmptyCell,
          detail: null,
          location: at(range),
          placeholder: false,
          children: [],
        };
      }),
    });
  }
  return nodes;
}

/** Ids from the root to the deepest node whose location holds the block; empty when none does. */
export function findPath(nodes: readonly StructureNode[], block: number): string[] {
  for (const node of nodes) {
    if (block < node.location.start || block > node.location.end) continue;
    return [node.id, ...findPath(node.children, block)];
  }
  return [];
}
