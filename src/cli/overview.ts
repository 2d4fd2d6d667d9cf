import { writeFile } from "node:fs/promises";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import writeExcelFile from "write-excel-file/node";
import type { Language } from "../core/common";
import { overviewRows } from "../core/report/overview";
import type { OverviewRow } from "../core/report/schema";
import { analyseFiles } from "./analyse-files";
import type { Command } from "./args";
import { el } from "./html";
import { reportPage } from "./html-report";
import { type CliIo, EXIT } from "./io";

type OverviewCommand = Extract<Command, { name: "overview" }>;

const COLUMNS: Array<[keyof OverviewRow, { nl: string; en: string }]> = [
  ["file", { nl: "Bestand", en: "File" }],
  ["title", { nl: "Functie", en: "Function" }],
  ["functionNumber", { nl: "Functienummer", en: "Function number" }],
  ["template", { nl: "Sjabloon", en: "Template" }],
  ["grade", { nl: "Functiegroep / schaal", en: "Grade / scale" }],
  ["series", { nl: "Reeks", en: "Series" }],
  ["resultAreas", { nl: "Resultaatgebieden", en: "Result areas" }],
  ["competencies", { nl: "Competenties (niveau)", en: "Competencies (level)" }],
  ["errors", { nl: "Fouten", en: "Errors" }],
  ["warnings", { nl: "Waarschuwingen", en: "Warnings" }],
  ["complete", { nl: "Compleet", en: "Complete" }],
  ["ignored", { nl: "Genegeerd", en: "Ignored" }],
  ["error", { nl: "Niet gelezen", en: "Not read" }],
];

function cellValue(row: OverviewRow, key: keyof OverviewRow, language: Language): string {
  const value = row[key];
  if (typeof value === "boolean") return language === "nl" ? (value ? "ja" : "nee") : value ? "yes" : "no";
  return value === null ? "" : String(value);
}

/**
 * CSV as Dutch Excel opens it by double-click: semicolons, every text quoted, and a byte-order mark so
 * the accents survive.
 */
export function renderOverviewCsv(rows: readonly OverviewRow[], language: Language): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = [
    COLUMNS.map(([, label]) => quote(label[language])).join(";"),
    ...rows.map((row) => COLUMNS.map(([key]) => quote(cellValue(row, key, language))).join(";")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const WIDTHS: Partial<Record<keyof OverviewRow, number>> = {
  file: 40,
  title: 32,
  competencies: 60,
  error: 40,
};

/** Spreadsheet column letters: 0 → A, 12 → M. */
const columnLetter = (index: number) => String.fromCharCode(65 + index);

/**
 * A real workbook: a bold header row with filters, the first row frozen, columns as wide as their
 * content needs, numbers as numbers. write-excel-file has no filters, so the sheet gets its
 * `autoFilter` element here (after `sheetData`, where the schema puts it).
 */
export async function renderOverviewXlsx(
  rows: readonly OverviewRow[],
  language: Language,
): Promise<Uint8Array> {
  const header = COLUMNS.map(([, label]) => ({ value: label[language], fontWeight: "bold" as const }));
  const body = rows.map((row) =>
    COLUMNS.map(([key]) =>
      typeof row[key] === "number"
        ? { value: row[key] as number, type: Number }
        : { value: cellValue(row, key, language) },
    ),
  );
  const buffer = await writeExcelFile([header, ...body], {
    sheet: language === "nl" ? "Functiehuis" : "Function house",
    columns: COLUMNS.map(([key]) => ({ width: WIDTHS[key] ?? 16 })),
    stickyRowsCount: 1,
  }).toBuffer();
  const files = unzipSync(new Uint8Array(buffer));
  const sheet = "xl/worksheets/sheet1.xml";
  const filter = `<autoFilter ref="A1:${columnLetter(COLUMNS.length - 1)}${rows.length + 1}"/>`;
  files[sheet] = strToU8(strFromU8(files[sheet]!).replace("</sheetData>", `</sheetData>${filter}`));
  return zipSync(files);
}

/** One page, the profiles of each series together under its name, the others after them. */
export function renderOverviewHtml(rows: readonly OverviewRow[], language: Language): string {
  const title = language === "nl" ? "Functiehuis" : "Function house";
  const table = (members: readonly OverviewRow[]) =>
    el(
      "table",
      {},
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          COLUMNS.map(([key, label]) =>
            el(
              "th",
              key === "resultAreas" || key === "errors" || key === "warnings" || key === "ignored"
                ? { class: "num" }
                : {},
              label[language],
            ),
          ),
        ),
      ),
      el(
        "tbody",
        {},
        members.map((row) =>
          el(
            "tr",
            {},
            COLUMNS.map(([key]) =>
              el("td", typeof row[key] === "number" ? { class: "num" } : {}, cellValue(row, key, language)),
            ),
          ),
        ),
      ),
    );
  const series = [...new Set(rows.map((row) => row.series).filter((name): name is string => name !== null))];
  const rest = rows.filter((row) => row.series === null);
  return reportPage(language, title, [
    el("h1", {}, title),
    el("p", { class: "muted" }, language === "nl" ? `${rows.length} profielen` : `${rows.length} profiles`),
    series.map((name) => [
      el("h2", {}, `${language === "nl" ? "Reeks" : "Series"}: ${name}`),
      table(rows.filter((row) => row.series === name)),
    ]),
    rest.length > 0
      ? [
          el(
            "h2",
            {},
            series.length > 0 ? (language === "nl" ? "Overige profielen" : "Other profiles") : title,
          ),
          table(rest),
        ]
      : null,
  ]);
}

/** `profielwijzer overview <map>... --format csv|xlsx|html --out FILE`: the function house in one table. */
export async function runOverview(command: OverviewCommand, io: CliIo): Promise<number> {
  const analysed = await analyseFiles(command, io, true);
  if (!analysed) return EXIT.failure;
  const rows = overviewRows(
    analysed.results.map((result) => ({
      file: result.entry.file,
      analysis: result.analysis,
      error: result.entry.error,
    })),
    analysed.folder?.series ?? [],
    command.language,
  );
  const output =
    command.format === "xlsx"
      ? await renderOverviewXlsx(rows, command.language)
      : command.format === "csv"
        ? renderOverviewCsv(rows, command.language)
        : renderOverviewHtml(rows, command.language);
  await writeFile(command.out, output);
  io.stdout.write(
    command.language === "nl"
      ? `Overzicht van ${rows.length} profielen geschreven naar ${command.out}.\n`
      : `Overview of ${rows.length} profiles written to ${command.out}.\n`,
  );
  return analysed.unreadable > 0 ? EXIT.failure : EXIT.ok;
}
