import { composeLevelRow } from "../plans/compose-level-row";
import { headingKey } from "../text/normalise";
import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "level-table-incomplete",
    severity: "error",
    description: {
      nl: "De tabel met niveau-onderscheidende kenmerken is niet compleet.",
      en: "The level-distinguishing characteristics table is incomplete.",
    },
    messages: {
      missingRow: {
        nl: "De rij '{{row}}' ontbreekt in de niveau-onderscheidende kenmerken. Voeg de rij toe en vul '{{row}}' in voor elk niveau.",
        en: "The row '{{row}}' is missing from the level-distinguishing characteristics. Add the row and fill in '{{row}}' for each level.",
      },
      noOwnColumn: {
        nl: "Geen kolom van de tabel heeft de functietitel '{{title}}' als kop. Zet de titel van deze functie boven haar eigen kolom.",
        en: "No column of the table is headed by the job title '{{title}}'. Put this job's title above its own column.",
      },
      emptyCell: {
        nl: "In de kolom '{{column}}' is de cel bij '{{row}}' leeg. Beschrijf wat dit niveau kenmerkt.",
        en: "In the column '{{column}}' the cell for '{{row}}' is empty. Describe what sets this level apart.",
      },
    },
  },
  check(context) {
    const { profile, template, snapshot } = context;
    const config = template.levelTable;
    const table = profile.levelTable;
    if (!config || !table) return;
    const section = context.sectionAt(table.range.start)?.id ?? null;
    context.checked(config.requiredRows.length + 1 + table.rows.length);
    for (const required of config.requiredRows) {
      if (table.rows.some((row) => headingKey(row.aspect) === headingKey(required))) continue;
      const plan = composeLevelRow(profile, snapshot, required);
      context.report({
        messageId: "missingRow",
        data: { row: required },
        at: { start: table.range.end, end: table.range.end },
        section,
        text: required,
        fix: plan
          ? {
              kind: "plan",
              title: { nl: `Rij '${required}' toevoegen`, en: `Add row '${required}'` },
              safe: true,
              plan,
            }
          : null,
      });
    }
    if (table.ownColumn === null) {
      context.report({
        messageId: "noOwnColumn",
        data: { title: profile.title?.text ?? "?" },
        at: table.columns[0]?.range ?? { start: table.range.start, end: table.range.start },
        section,
        text: table.columns.map((column) => column.heading).join(" | "),
      });
      return;
    }
    const column = table.columns[table.ownColumn]!;
    for (const row of table.rows) {
      const cell = row.cells[table.ownColumn];
      if (cell && cell.text.trim() !== "") continue;
      context.report({
        messageId: "emptyCell",
        data: { column: column.heading, row: row.aspect },
        at: cell?.range ?? row.range,
        section,
        text: row.aspect,
      });
    }
  },
});
