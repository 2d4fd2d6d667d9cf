import { paragraph, run, tinyDocx } from "../../../test/helpers/tiny-docx";
import { readDocx } from "./read-docx";

/**
 * A long profile-like document (10,000 paragraphs: headings, result-area tables with dash items, bullet
 * lists, bold lead-ins), read end to end. Speed is measured by the benchmarks, not asserted here.
 */

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/></w:style>';
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

const WORDS = [
  "relatiebeheer",
  "klant",
  "accountplan",
  "omzet",
  "marktbewerking",
  "rapportage",
  "team",
  "afspraken",
];

function sentence(i: number): string {
  return Array.from({ length: 8 + (i % 7) }, (_, k) => WORDS[(i * 3 + k) % WORDS.length]).join(" ");
}

/** 10,000 paragraphs: per section a heading, a 3-column table of 40 cell paragraphs, 40 numbered items, 19 more. */
function buildLargeBody(): string {
  const parts: string[] = [];
  for (let section = 0; section < 100; section++) {
    parts.push(paragraph(`Resultaatgebied ${section + 1}`, '<w:pStyle w:val="Kop1"/>'));
    const rows: string[] = [];
    for (let row = 0; row < 10; row++) {
      const tasks = [0, 1, 2].map((k) => paragraph(`-\t${sentence(section * 31 + row * 3 + k)};`)).join("");
      rows.push(
        `<w:tr><w:tc>${paragraph(`${row + 1}.\tTaak ${row + 1}`)}</w:tc><w:tc>${tasks}</w:tc></w:tr>`,
      );
    }
    parts.push(`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join("")}</w:tbl>`);
    for (let item = 0; item < 40; item++) {
      parts.push(
        paragraph(
          sentence(section + item),
          '<w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
        ),
      );
    }
    for (let line = 0; line < 19; line++) {
      parts.push(
        `<w:p>${run("Relatiebeheer", "<w:b/>")}${run(` ${sentence(section * 19 + line)} & meer`)}</w:p>`,
      );
    }
  }
  return parts.join("");
}

describe("a document with 10,000 paragraphs", () => {
  it("is read completely, with its structure intact", () => {
    const bytes = tinyDocx({ body: buildLargeBody(), styles: STYLES, numbering: NUMBERING });
    const { value, messages } = readDocx(bytes, { name: "groot.docx" });
    const blocks = value.snapshot.blocks;
    expect(messages).toEqual([]);
    expect(blocks).toHaveLength(10_000);
    expect(value.sources).toHaveLength(10_000);
    expect(blocks.filter((b) => b.headingLevel === 1)).toHaveLength(100);
    expect(blocks.filter((b) => b.table !== null)).toHaveLength(100 * 40);
    expect(new Set(blocks.flatMap((b) => (b.table ? [b.table.table] : []))).size).toBe(100);
    const items = blocks.filter((b) => b.list !== null);
    expect(items).toHaveLength(4000);
    expect(items[items.length - 1]?.list?.label).toBe("4000.");
    const last = blocks[blocks.length - 1]!;
    expect(last.text.endsWith("& meer")).toBe(true);
    expect(last.boldPrefix).toBe("Relatiebeheer".length);
  });
});
