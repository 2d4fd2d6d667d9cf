import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { BUILT_IN_TEMPLATES } from "../../src/data/templates";
import { fixture, runCli, tempDir } from "./run-cli";

const series = fixture(join("function-house", "waterrijk"));

function functionHouse(): string {
  const folder = tempDir();
  for (const name of ["burgerzaken-a", "burgerzaken-b", "burgerzaken-c", "beleidsmedewerker-wonen"]) {
    copyFileSync(join(series, `eigen-waterrijk-${name}.pandoc.docx`), join(folder, `${name}.docx`));
  }
  writeFileSync(join(folder, "kapot.docx"), "geen docx");
  return folder;
}

describe("profielwijzer overview", () => {
  it("writes the function house as CSV for Excel: one row per file, a broken file a row with its error", async () => {
    const out = join(tempDir(), "functiehuis.csv");
    const { code, stdout } = await runCli(["overview", functionHouse(), "--out", out]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/Overzicht van 5 profielen geschreven/);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith('\uFEFF"Bestand";"Functie";"Functienummer"')).toBe(true);
    const rows = text
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(";").map((cell) => cell.replace(/^"|"$/g, "")));
    expect(rows).toHaveLength(5);
    const byTitle = new Map(rows.map((row) => [row[1], row]));
    expect(byTitle.get("Medewerker Burgerzaken B")!.slice(2, 7)).toEqual([
      "BZ-02",
      expect.any(String),
      expect.any(String),
      "Medewerker Burgerzaken",
      "5",
    ]);
    expect(byTitle.get("Beleidsmedewerker Wonen")![5]).toBe("");
    // The template column names templates as a person knows them, never by id.
    const names = new Set(["", ...BUILT_IN_TEMPLATES.map((template) => template.name.nl)]);
    expect(rows.map((row) => row[3]).filter((cell) => !names.has(cell!))).toEqual([]);
    expect(rows.some((row) => row[3] !== "")).toBe(true);
    expect(rows.find((row) => row[0]!.endsWith("kapot.docx"))![12]).toMatch(/\S/);
  });

  it("writes an HTML page with the series together under its name", async () => {
    const out = join(tempDir(), "functiehuis.html");
    await runCli(["overview", functionHouse(), "--format", "html", "--out", out]);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(
      /<h2>Reeks: Medewerker Burgerzaken<\/h2><table>.*Medewerker Burgerzaken A.*Medewerker Burgerzaken B.*Medewerker Burgerzaken C.*<\/table><h2>Overige profielen<\/h2>.*Beleidsmedewerker Wonen/s,
    );
    expect(html).not.toMatch(/<script/);
  });

  it("writes a real workbook: header row with filters, the first row frozen, numbers as numbers", async () => {
    const out = join(tempDir(), "functiehuis.xlsx");
    const { code } = await runCli(["overview", functionHouse(), "--format", "xlsx", "--out", out]);
    expect(code).toBe(2);
    const [sheetData] = await readXlsxFile(readFileSync(out));
    expect(sheetData!.sheet).toBe("Functiehuis");
    const rows = sheetData!.data;
    expect(rows[0]!.slice(0, 3)).toEqual(["Bestand", "Functie", "Functienummer"]);
    expect(rows).toHaveLength(6);
    const b = rows.find((row) => row[1] === "Medewerker Burgerzaken B")!;
    expect([b[2], b[5], b[6]]).toEqual(["BZ-02", "Medewerker Burgerzaken", 5]);
    const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('<autoFilter ref="A1:M6"/>');
    expect(sheet).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
  });
});
