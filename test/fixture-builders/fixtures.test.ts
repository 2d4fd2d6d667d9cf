import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildLargeFunctieprofiel,
  buildSeed000,
  createLargeProfileContent,
  extractParagraphTexts,
  GENERATED_FIXTURES,
  LIBREOFFICE_SOURCES,
  readDocumentXml,
} from ".";

const FIXTURES = join(__dirname, "..", "fixtures");

function readCommittedParagraphs(file: string): string[] {
  return extractParagraphTexts(readDocumentXml(readFileSync(join(FIXTURES, file))));
}

function withoutEmpty(paragraphs: string[]): string[] {
  return paragraphs.filter((text) => text.trim() !== "");
}

describe("committed fixtures match their builders (run `npm run fixtures` after changing a builder)", () => {
  test.each(GENERATED_FIXTURES.map((fixture) => [fixture.file, fixture.build] as const))(
    "%s has the paragraph texts its builder writes",
    async (file, build) => {
      const rebuilt = extractParagraphTexts(readDocumentXml(await build()));
      expect(readCommittedParagraphs(file)).toEqual(rebuilt);
    },
  );

  test.each(LIBREOFFICE_SOURCES.map((source) => [source.file, source.render] as const))(
    "the LibreOffice source %s is the one the data module renders",
    (file, render) => {
      expect(readFileSync(join(__dirname, file), "utf8")).toEqual(render());
    },
  );
});

describe("LibreOffice-written fixtures (run scripts/build-libreoffice-fixtures.sh after changing their sources)", () => {
  test("libreoffice-seed-000.docx holds the same paragraphs as the seed 000 reproduction", async () => {
    const seed = extractParagraphTexts(readDocumentXml(await buildSeed000()));
    expect(readCommittedParagraphs("libreoffice-seed-000.docx")).toEqual(seed);
  });

  test("libreoffice-paragraph-areas.docx holds the paragraphs of its flat ODT source, in order", () => {
    const source = LIBREOFFICE_SOURCES.find((entry) => entry.file.endsWith("paragraph-areas.fodt"));
    if (source === undefined) throw new Error("paragraph-areas source missing from LIBREOFFICE_SOURCES");
    const paragraphs = [...source.render().matchAll(/<text:(p|h)\b[^>]*>([\s\S]*?)<\/text:\1>/g)].map(
      (match) =>
        (match[2] ?? "")
          .replace(/<text:tab\/>/g, "\t")
          .replace(/<[^>]+>/g, "")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&"),
    );
    expect(withoutEmpty(readCommittedParagraphs("libreoffice-paragraph-areas.docx"))).toEqual(
      withoutEmpty(paragraphs),
    );
  });
});

describe("extractParagraphTexts", () => {
  test("turns tabs, line breaks and non-breaking hyphens into characters; skips tab stops and page breaks", () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs></w:pPr><w:r><w:br w:type="page"/></w:r>' +
      '<w:r><w:t>-</w:t><w:tab/><w:t xml:space="preserve">markt</w:t><w:noBreakHyphen/><w:t>en &amp; “klant”</w:t>' +
      "<w:br/><w:t>x</w:t></w:r></w:p><w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>";
    expect(extractParagraphTexts(xml)).toEqual(["-\tmarkt\u2011en & “klant”\nx", "", "cel"]);
  });
});

describe("buildLargeFunctieprofiel", () => {
  test("writes 48 + areas × (1 + 2 × tasks) + competencies × 5 paragraphs", async () => {
    const paragraphs = extractParagraphTexts(
      readDocumentXml(await buildLargeFunctieprofiel({ resultAreas: 3, tasksPerArea: 2, competencies: 2 })),
    );
    expect(paragraphs).toHaveLength(48 + 3 * 5 + 2 * 5);
    expect(paragraphs).toContain("3.\tAdvies en begeleiding winkels");
  });

  test("gives the same content for the same options and numbers areas 1..n", () => {
    const options = { resultAreas: 40, tasksPerArea: 3, competencies: 30 };
    const first = createLargeProfileContent(options);
    expect(createLargeProfileContent(options)).toEqual(first);
    expect(first.resultAreas.areas.map((area) => area.number)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(new Set(first.resultAreas.areas.map((area) => area.title)).size).toBe(40);
    expect(new Set(first.competencies.items.map((competency) => competency.name)).size).toBe(30);
  });

  test("refuses a negative or fractional size with a message in Dutch and English", async () => {
    await expect(
      buildLargeFunctieprofiel({ resultAreas: -1, tasksPerArea: 2, competencies: 1 }),
    ).rejects.toThrow(/resultAreas moet een geheel getal.*must be a whole number/);
    await expect(
      buildLargeFunctieprofiel({ resultAreas: 1, tasksPerArea: 1.5, competencies: 1 }),
    ).rejects.toThrow(RangeError);
  });
});
