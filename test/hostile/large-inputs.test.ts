import { SnapshotSchema } from "../../src/core/snapshot/schema";
import { EXIT } from "../../src/cli/io";
import { paragraph, tinyDocx } from "../helpers/tiny-docx";
import { expectWithinBudget, runWithinBudget } from "./budget";
import { buildHugeParagraphDocx, buildVeryLargeProfileDocx } from "./files";
import { checkFolderAsJson, entryFor, readAndCheck, withFolder } from "./helpers";

/**
 * Inputs that are legal but far beyond a real profile: a 1 MB paragraph, a 5,000-page document, a table
 * cell that claims billions of columns. Each is read and checked completely — no character lost — within
 * the limits (a larger hang limit for the 5,000-page document: measured ≈ 15 s on the 2-core CI machine,
 * see the report; `npm run bench` has the throughput figures).
 */

function valueOf<T>(run: { outcome: { value: T } | { error: unknown } }): T {
  if (!("value" in run.outcome)) throw run.outcome.error;
  return run.outcome.value;
}

describe("a paragraph of 1 MB", () => {
  const { bytes, text } = buildHugeParagraphDocx(1024 * 1024);

  it("is read to the last character and checked", async () => {
    const run = await runWithinBudget(() => readAndCheck(bytes));
    expectWithinBudget(run);
    const { snapshot, analysis } = valueOf(run);
    expect(snapshot.blocks[1]!.text).toHaveLength(text.length);
    expect(snapshot.blocks[1]!.text === text).toBe(true);
    // The finding about the "xxx" in it points inside the paragraph, at a real "xxx".
    const placeholder = analysis.findings.find(
      (finding) => finding.rule === "placeholder" && finding.location.start === 1,
    );
    if (placeholder?.location.chars) {
      const { start, end } = placeholder.location.chars;
      expect(text.slice(start, end)).toMatch(/^xxx$/i);
    }
    expect(analysis.profile.fields.find((field) => field.key === "direct-leidinggevende")?.value).toBe(
      "Commercieel directeur",
    );
  });

  it("is checked through the CLI like any other file", async () => {
    const run = await runWithinBudget(() =>
      withFolder({ "lang.docx": bytes }, (folder) => checkFolderAsJson(folder)),
    );
    expectWithinBudget(run, { ms: 20_000 });
    const { run: cli, report } = valueOf(run);
    expect([EXIT.ok, EXIT.findings]).toContain(cli.code);
    expect(entryFor(report, "lang.docx").error).toBeUndefined();
  });
});

describe("a document of some 5,000 pages (100,000 paragraphs)", () => {
  it("is read completely and checked, not refused: it is within the reader's size limits", async () => {
    const { bytes, areas } = buildVeryLargeProfileDocx(100_000);
    const run = await runWithinBudget(() => readAndCheck(bytes, "groot.docx"));
    expectWithinBudget(run, { ms: 90_000, bytes: 1024 * 1024 * 1024 });
    const { snapshot, analysis } = valueOf(run);
    expect(snapshot.blocks.length).toBeGreaterThan(99_900);
    expect(analysis.template?.id).toBe("functieprofiel");
    expect(analysis.profile.resultAreas).toHaveLength(areas);
    const last = analysis.profile.resultAreas[areas - 1]!;
    expect(last.title).toBe(`Resultaatgebied ${areas}`);
    expect(last.tasks).toHaveLength(12);
    expect(last.indicators.map((indicator) => indicator.text)[11]).toBe(
      `indicator ${areas}.12 voor het jaarplan & de accounts`,
    );
  }, 120_000);
});

describe("a table cell that claims a span of billions of columns", () => {
  const cell = (text: string, properties = "") =>
    `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ""}${paragraph(text)}</w:tc>`;
  const levelTable = (rowProperties: string, ownCellProperties: string) =>
    tinyDocx({
      body:
        paragraph("ACCOUNTMANAGER II", '<w:pStyle w:val="Title"/>') +
        paragraph("Context") +
        paragraph("De accountmanager onderhoudt de relaties met de grote klanten.") +
        paragraph("Niveau-onderscheidende kenmerken") +
        "<w:tbl>" +
        `<w:tr>${rowProperties}${cell("")}${cell("ACCOUNTMANAGER I")}${cell("ACCOUNTMANAGER II", ownCellProperties)}</w:tr>` +
        `<w:tr>${cell("Functiegroep")}${cell("7")}${cell("8", ownCellProperties)}</w:tr>` +
        "</w:tbl>" +
        paragraph(""),
    });

  it.each([
    ["a gridSpan of two billion", "", '<w:gridSpan w:val="2000000000"/>'],
    ["a gridSpan near the largest number", "", `<w:gridSpan w:val="1${"0".repeat(307)}"/>`],
    ["a gridBefore of two billion", '<w:trPr><w:gridBefore w:val="2000000000"/></w:trPr>', ""],
  ])("with %s is read and checked within the limits", async (_, rowProperties, cellProperties) => {
    const run = await runWithinBudget(() => readAndCheck(levelTable(rowProperties, cellProperties)));
    expectWithinBudget(run);
    const { snapshot, analysis } = valueOf(run);
    expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(analysis.template?.id).toBe("resultaatprofiel");
    expect(analysis.profile.levelTable?.rows.map((row) => row.aspect)).toEqual(["Functiegroep"]);
  });
});
