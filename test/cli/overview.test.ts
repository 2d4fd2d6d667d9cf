import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
});
