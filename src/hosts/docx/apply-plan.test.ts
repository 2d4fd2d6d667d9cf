import { isProfielwijzerError } from "../../core/common";
import type { EditOperation, EditPlan, NewCell, NewParagraph } from "../../core/plans/schema";
import { paragraph, run, table, tinyDocx, type TinyDocxOptions } from "../../../test/helpers/tiny-docx";
import { applyPlan, planEdits } from "./apply-plan";
import { readDocx, type DocxDocument } from "./read-docx";
import { readZipEntries } from "./zip";

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>';

const DUTCH_STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/>' +
  '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="Table Grid"/></w:style>';

const BULLETS =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>' +
  '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';

function load(body: string, options: Omit<TinyDocxOptions, "body"> = {}): DocxDocument {
  return readDocx(tinyDocx({ styles: STYLES, ...options, body })).value;
}

function plan(...operations: EditOperation[]): EditPlan {
  return { id: "test", title: { nl: "Test", en: "Test" }, operations, fixes: [], warnings: [] };
}

function newParagraph(text: string, options: Partial<NewParagraph> = {}): NewParagraph {
  return { runs: [{ text, bold: false }], formatFrom: null, style: null, list: null, ...options };
}

function anchor(document: DocxDocument, block: number) {
  return { block, text: document.snapshot.blocks[block]!.text };
}

function insertAfter(document: DocxDocument, block: number, paragraphs: NewParagraph[]): EditOperation {
  return {
    kind: "insert-paragraphs",
    anchor: anchor(document, block),
    position: "after",
    paragraphs,
    contentControl: null,
  };
}

function applied(document: DocxDocument, editPlan: EditPlan) {
  const result = applyPlan(document, editPlan);
  const after = readDocx(result.value.bytes).value;
  return {
    ...result,
    after,
    blocks: after.snapshot.blocks,
    texts: after.snapshot.blocks.map((block) => block.text),
  };
}

/** The XML of the paragraph of a block in a document. */
function paragraphXml(document: DocxDocument, block: number): string {
  const span = document.sources[block]!.paragraph;
  return document.documentXml.slice(span.start, span.end);
}

function expectError(action: () => unknown, code: string): void {
  let caught: unknown = null;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(isProfielwijzerError(caught) && caught.code).toBe(code);
}

describe("insert-paragraphs", () => {
  const listItem =
    '<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' +
    '<w:spacing w:after="0"/></w:pPr>' +
    run("eerste taak;", '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="18"/>') +
    "</w:p>";

  it("copies formatFrom's style, list membership and first run's font, but sets bold per run", () => {
    const document = load(paragraph("Taken:") + listItem, { numbering: BULLETS });
    const { blocks, after } = applied(
      document,
      plan(insertAfter(document, 1, [newParagraph("tweede taak.", { formatFrom: 1 })])),
    );
    const added = blocks[2]!;
    expect(added.text).toBe("tweede taak.");
    expect(added.style.builtIn).toBe("ListParagraph");
    expect(added.list).toMatchObject({ listId: "1", ordered: false, level: 0 });
    expect(added.bold).toBe(false);
    const xml = paragraphXml(after, 2);
    expect(xml).toContain('<w:sz w:val="18"/>');
    expect(xml).toContain('<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>');
    expect(xml).toContain('<w:spacing w:after="0"/>');
  });

  it("writes bold runs where the plan asks, after the font in the run properties", () => {
    const document = load(paragraph("Kop", "") + listItem, { numbering: BULLETS });
    const { blocks, after } = applied(
      document,
      plan(
        insertAfter(document, 1, [
          { ...newParagraph("Naam (5):", { formatFrom: 1 }), runs: [{ text: "Naam (5):", bold: true }] },
        ]),
      ),
    );
    expect(blocks[2]!.bold).toBe(true);
    expect(paragraphXml(after, 2)).toContain(
      '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:bCs/><w:sz w:val="18"/>',
    );
  });

  it("leaves out section properties and revision marks of the copied paragraph properties", () => {
    const source =
      '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:ins w:id="1" w:author="A" w:date="2020-01-01T00:00:00Z"/></w:rPr>' +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>' +
      '<w:pPrChange w:id="2" w:author="A"><w:pPr/></w:pPrChange></w:pPr>' +
      run("Einde sectie") +
      "</w:p>";
    const document = load(source + paragraph("Volgende"));
    const { after } = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("Nieuw", { formatFrom: 0 })])),
    );
    const xml = paragraphXml(after, 1);
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).not.toMatch(/sectPr|w:ins|pPrChange/);
    expect(after.documentXml.match(/<w:sectPr>/g)).toHaveLength(1);
  });

  it("finds a built-in style under the document's own Dutch style id", () => {
    const document = load(paragraph("Tekst"), { styles: DUTCH_STYLES });
    const { blocks, after } = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("Organisatie", { style: "Heading2" })])),
    );
    expect(paragraphXml(after, 1)).toContain('<w:pStyle w:val="Kop2"/>');
    expect(blocks[1]).toMatchObject({ headingLevel: 2, style: { builtIn: "Heading2" } });
  });

  it("writes Normal without a style reference, since it is the default style", () => {
    const document = load(paragraph("Tekst"), { styles: DUTCH_STYLES });
    const { after } = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("Gewoon", { style: "Normal" })])),
    );
    expect(paragraphXml(after, 1)).toBe('<w:p><w:r><w:t xml:space="preserve">Gewoon</w:t></w:r></w:p>');
  });

  it("falls back to bold default text, with a message, when the document has no such heading style", () => {
    const document = load(paragraph("Tekst"), {
      styles:
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    });
    const result = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("Organisatie", { style: "Heading2" })])),
    );
    expect(result.blocks[1]).toMatchObject({ text: "Organisatie", bold: true, style: { builtIn: "Normal" } });
    expect(result.messages.map((item) => item.code)).toEqual(["format-fallback"]);
  });

  it("reuses the document's bullet numbering for a list item without formatFrom", () => {
    const document = load(paragraph("Lijst"), { numbering: BULLETS });
    const { blocks } = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("punt", { list: { ordered: false, level: 0 } })])),
    );
    expect(blocks[1]).toMatchObject({
      text: "punt",
      list: { listId: "1", ordered: false },
      style: { builtIn: "ListParagraph" },
    });
  });

  it("starts an ordered list afresh on a new instance of the document's decimal numbering", () => {
    const used =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>' +
      run("oud") +
      "</w:p>";
    const document = load(used + used + paragraph("Lijst"), { numbering: BULLETS });
    const items = ["een", "twee"].map((text) => newParagraph(text, { list: { ordered: true, level: 0 } }));
    const { blocks, after } = applied(document, plan(insertAfter(document, 2, items)));
    expect(blocks.slice(3).map((block) => block.list?.label)).toEqual(["1.", "2."]);
    expect(blocks[3]!.list!.listId).not.toBe("2");
    const numbering = new TextDecoder().decode(after.parts.inflated.get("word/numbering.xml"));
    expect(numbering).toContain(
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
  });

  it("types a bullet marker when the document has no numbering to reuse, leaving no dangling list", () => {
    const document = load(paragraph("Lijst"));
    const result = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("punt", { list: { ordered: false, level: 0 } })])),
    );
    expect(result.blocks[1]).toMatchObject({ text: "•\tpunt", list: null });
    expect(result.after.documentXml).not.toContain("numPr");
  });

  it("gives a typed dash item without a paragraph to copy a hanging indent, so its text lines up", () => {
    const document = load(paragraph("Tekst"));
    const { after } = applied(
      document,
      plan(insertAfter(document, 0, [newParagraph("-\txxx.", { style: "Normal" })])),
    );
    expect(paragraphXml(after, 1)).toBe(
      '<w:p><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr><w:r><w:t xml:space="preserve">-</w:t><w:tab/><w:t xml:space="preserve">xxx.</w:t></w:r></w:p>',
    );
  });

  it("turns tabs into w:tab and line breaks into w:br, escapes markup and keeps spaces", () => {
    const document = load(paragraph("Tekst"));
    const text = '1.\tTitel <&> "x"\n tweede regel ';
    const { texts, after } = applied(document, plan(insertAfter(document, 0, [newParagraph(text)])));
    expect(texts[1]).toBe(text);
    expect(paragraphXml(after, 1)).toContain("<w:tab/>");
    expect(paragraphXml(after, 1)).toContain("<w:br/>");
    expect(paragraphXml(after, 1)).toContain("&lt;&amp;&gt;");
  });

  it("wraps all paragraphs of an operation in one content control with alias, tag and a fresh id", () => {
    const existing =
      '<w:sdt><w:sdtPr><w:id w:val="42"/><w:tag w:val="oud"/></w:sdtPr><w:sdtContent>' +
      paragraph("Oud") +
      "</w:sdtContent></w:sdt>";
    const document = load(paragraph("Competenties") + existing + paragraph("Einde"));
    const { blocks, after } = applied(document, {
      ...plan({
        kind: "insert-paragraphs",
        anchor: anchor(document, 0),
        position: "after",
        paragraphs: [newParagraph("Aansturen (5):"), newParagraph("- geeft richting;")],
        contentControl: {
          tag: "profielwijzer:competency:aansturen@lib@1",
          title: "Aansturen (Bibliotheek 1)",
        },
      }),
    });
    expect(blocks.slice(1, 3).map((block) => block.contentControl)).toEqual([
      {
        tag: "profielwijzer:competency:aansturen@lib@1",
        title: "Aansturen (Bibliotheek 1)",
        showingPlaceholder: false,
      },
      {
        tag: "profielwijzer:competency:aansturen@lib@1",
        title: "Aansturen (Bibliotheek 1)",
        showingPlaceholder: false,
      },
    ]);
    expect(after.documentXml.match(/<w:sdt>/g)).toHaveLength(2);
    const ids = [...after.documentXml.matchAll(/<w:id w:val="(\d+)"\/>/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it("puts text inserted after the last paragraph of a content control after the control", () => {
    const control =
      '<w:sdt><w:sdtPr><w:tag w:val="lib"/></w:sdtPr><w:sdtContent>' +
      paragraph("Aansturen (5):") +
      paragraph("- richting.") +
      "</w:sdtContent></w:sdt>";
    const document = load(control + paragraph("Einde"));
    const { blocks } = applied(document, plan(insertAfter(document, 1, [newParagraph("Nieuw")])));
    expect(blocks.map((block) => [block.text, block.contentControl?.tag ?? null])).toEqual([
      ["Aansturen (5):", "lib"],
      ["- richting.", "lib"],
      ["Nieuw", null],
      ["Einde", null],
    ]);
  });

  it("puts content inserted before the first paragraph of a table before the table", () => {
    const document = load(
      paragraph("Inleiding") + table([[paragraph("Kenmerken")], [paragraph("tekst")]]) + paragraph("Slot"),
    );
    const result = applied(
      document,
      plan({
        kind: "insert-paragraphs",
        anchor: anchor(document, 1),
        position: "before",
        paragraphs: [newParagraph("Nieuw")],
        contentControl: null,
      }),
    );
    expect(result.texts).toEqual(["Inleiding", "Nieuw", "Kenmerken", "tekst", "Slot"]);
    expect(result.blocks[1]!.table).toBeNull();
  });

  it("keeps a paragraph inserted after a cell's paragraph inside that cell", () => {
    const document = load(table([[paragraph("a"), paragraph("b")]]) + paragraph("Slot"));
    const { blocks } = applied(document, plan(insertAfter(document, 0, [newParagraph("a2")])));
    expect(blocks[1]).toMatchObject({ text: "a2", table: { table: 0, row: 0, column: 0 } });
  });

  it("keeps operations at the same place in operation order, after-insertions before before-insertions", () => {
    const document = load(paragraph("A") + paragraph("B"));
    const result = applied(
      document,
      plan(
        {
          kind: "insert-paragraphs",
          anchor: anchor(document, 1),
          position: "before",
          paragraphs: [newParagraph("voor B")],
          contentControl: null,
        },
        insertAfter(document, 0, [newParagraph("na A 1")]),
        insertAfter(document, 0, [newParagraph("na A 2")]),
      ),
    );
    expect(result.texts).toEqual(["A", "na A 1", "na A 2", "voor B", "B"]);
    expect(result.value.inserted).toEqual([
      { start: 3, end: 3 },
      { start: 1, end: 1 },
      { start: 2, end: 2 },
    ]);
  });
});

describe("insert-table-row", () => {
  const header =
    '<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="400"/></w:trPr>' +
    '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr>' +
    paragraph("Kop 1") +
    '</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:vMerge w:val="restart"/></w:tcPr>' +
    paragraph("Kop 2") +
    "</w:tc></w:tr>";
  const listCell =
    '<w:tc><w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:jc w:val="right"/></w:pPr>' +
    run("- item", '<w:sz w:val="16"/>') +
    "</w:p></w:tc>";
  const body = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${header}<w:tr><w:tc>${paragraph("Aspect")}</w:tc>${listCell}</w:tr></w:tbl>${paragraph("Slot")}`;
  const rowOf = (cells: string[][]): NewCell[] =>
    cells.map((texts) => ({ paragraphs: texts.map((text) => newParagraph(text, { style: "Normal" })) }));

  it("does not make a row copied from a header row a header, but keeps its cell look", () => {
    const document = load(body, { numbering: BULLETS });
    const { blocks, after } = applied(
      document,
      plan({
        kind: "insert-table-row",
        anchor: anchor(document, 0),
        position: "after",
        cells: rowOf([["a"], ["b"]]),
      }),
    );
    expect(blocks.slice(0, 4).map((block) => [block.text, block.table?.row])).toEqual([
      ["Kop 1", 0],
      ["Kop 2", 0],
      ["a", 1],
      ["b", 1],
    ]);
    const rows = after.documentXml.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows[1]).not.toContain("tblHeader");
    expect(rows[1]).toContain('<w:trHeight w:val="400"/>');
    expect(rows[1]).toContain('w:fill="D9D9D9"');
    expect(rows[1]).not.toContain("vMerge");
  });

  it("wraps a cell's new paragraphs in a content control when the plan tags the cell", () => {
    const document = load(body, { numbering: BULLETS });
    const tag = { tag: "profielwijzer:competency:samenwerken@lib@2", title: "Samenwerken (Bibliotheek 2)" };
    const { blocks, after } = applied(
      document,
      plan({
        kind: "insert-table-row",
        anchor: anchor(document, 2),
        position: "after",
        cells: [{ ...rowOf([["Samenwerken"]])[0]!, contentControl: tag }, ...rowOf([["- deelt kennis"]])],
      }),
    );
    expect(
      blocks
        .filter((block) => block.table?.row === 2)
        .map((block) => [block.text, block.contentControl?.tag ?? null]),
    ).toEqual([
      ["Samenwerken", tag.tag],
      ["- deelt kennis", null],
    ]);
    // Inside the cell, around its paragraphs: the cell itself stays a plain w:tc.
    expect(after.documentXml).toMatch(
      /<w:tc>(<w:tcPr>.*?<\/w:tcPr>)?<w:sdt><w:sdtPr><w:alias w:val="Samenwerken \(Bibliotheek 2\)"\/>/,
    );
  });

  it("merges extra cells into the last cell and gives missing cells one empty paragraph", () => {
    const document = load(body, { numbering: BULLETS });
    const more = applied(
      document,
      plan({
        kind: "insert-table-row",
        anchor: anchor(document, 2),
        position: "after",
        cells: rowOf([["a"], ["b"], ["c"]]),
      }),
    );
    expect(
      more.blocks.filter((block) => block.table?.row === 2).map((block) => [block.text, block.table!.column]),
    ).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 1],
    ]);
    const fewer = applied(
      document,
      plan({
        kind: "insert-table-row",
        anchor: anchor(document, 2),
        position: "after",
        cells: rowOf([["a"]]),
      }),
    );
    expect(fewer.blocks.filter((block) => block.table?.row === 2).map((block) => block.text)).toEqual([
      "a",
      "",
    ]);
    expect(fewer.value.inserted).toEqual([{ start: 4, end: 5 }]);
  });

  it("formats a cell paragraph without formatFrom like the copied cell's first paragraph, minus its list", () => {
    const document = load(body, { numbering: BULLETS });
    const { blocks, after } = applied(
      document,
      plan({
        kind: "insert-table-row",
        anchor: anchor(document, 2),
        position: "before",
        cells: rowOf([["Functiegroep"], ["8"]]),
      }),
    );
    expect(blocks.slice(2, 4).map((block) => block.text)).toEqual(["Functiegroep", "8"]);
    expect(blocks[3]!.list).toBeNull();
    const xml = paragraphXml(after, 3);
    expect(xml).toContain('<w:jc w:val="right"/>');
    expect(xml).toContain('<w:sz w:val="16"/>');
    expect(xml).not.toContain("ListParagraph");
  });

  it("refuses an anchor outside any table", () => {
    const document = load(body, { numbering: BULLETS });
    expectError(
      () =>
        applyPlan(
          document,
          plan({
            kind: "insert-table-row",
            anchor: anchor(document, 4),
            position: "after",
            cells: rowOf([["a"]]),
          }),
        ),
      "plan-invalid",
    );
  });
});

describe("insert-table", () => {
  it("writes a full-width grid with single borders and a bold header row that repeats", () => {
    const document = load(
      paragraph("Voor") +
        paragraph("Na") +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1418" w:right="1418"/></w:sectPr>',
    );
    const rows = [
      [{ paragraphs: [newParagraph("Kolom 1")] }, { paragraphs: [newParagraph("Kolom 2")] }],
      [{ paragraphs: [newParagraph("a")] }],
    ];
    const { blocks, after } = applied(
      document,
      plan({ kind: "insert-table", anchor: anchor(document, 0), position: "after", rows, header: true }),
    );
    expect(
      blocks.map((block) => [block.text, block.bold, block.table && [block.table.row, block.table.column]]),
    ).toEqual([
      ["Voor", false, null],
      ["Kolom 1", true, [0, 0]],
      ["Kolom 2", true, [0, 1]],
      ["a", false, [1, 0]],
      ["", false, [1, 1]],
      ["Na", false, null],
    ]);
    const xml = after.documentXml;
    expect(xml).toContain('<w:tblStyle w:val="TableGrid"/><w:tblW w:w="9070" w:type="dxa"/>');
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="4535"/><w:gridCol w:w="4535"/></w:tblGrid>');
    expect(xml).toContain('<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it("keeps a new table apart from a table right after it, and ends a cell with a paragraph", () => {
    const document = load(paragraph("Voor") + table([[paragraph("oud")]]) + paragraph("Na"));
    const rows = [[{ paragraphs: [newParagraph("nieuw")] }]];
    const before = applied(
      document,
      plan({ kind: "insert-table", anchor: anchor(document, 0), position: "after", rows, header: false }),
    );
    expect(before.texts).toEqual(["Voor", "nieuw", "", "oud", "Na"]);
    expect(before.blocks[2]!.table).toBeNull();
    expect(before.value.inserted).toEqual([{ start: 1, end: 2 }]);
    const inCell = applied(
      document,
      plan({ kind: "insert-table", anchor: anchor(document, 1), position: "after", rows, header: false }),
    );
    expect(inCell.blocks.map((block) => [block.text, block.table?.depth ?? 0])).toEqual([
      ["Voor", 0],
      ["oud", 1],
      ["nieuw", 2],
      ["", 1],
      ["Na", 0],
    ]);
  });
});

describe("replace-text", () => {
  const replace = (
    document: DocxDocument,
    block: number,
    start: number,
    end: number,
    text: string,
  ): EditOperation => ({
    kind: "replace-text",
    anchor: anchor(document, block),
    start,
    end,
    expected: document.snapshot.blocks[block]!.text.slice(start, end),
    text,
  });

  it("changes text across two runs and leaves both runs and their formatting in place", () => {
    const document = load(`<w:p>${run("Datum: x", "<w:b/>")}${run("xx (“datum”)", "<w:i/>")}</w:p>`);
    const { texts, after } = applied(document, plan(replace(document, 0, 7, 20, "2 maart 2026")));
    expect(texts).toEqual(["Datum: 2 maart 2026"]);
    expect(paragraphXml(after, 0)).toBe(
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Datum: 2 maart 2026</w:t></w:r><w:r><w:rPr><w:i/></w:rPr></w:r></w:p>',
    );
  });

  it("keeps the text after the range in the last run", () => {
    const document = load(`<w:p>${run("Naam: x", "<w:b/>")}${run("xx.", "<w:i/>")}</w:p>`);
    const { texts, after } = applied(document, plan(replace(document, 0, 6, 9, "Jan")));
    expect(texts).toEqual(["Naam: Jan."]);
    expect(paragraphXml(after, 0)).toContain('<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">.</w:t>');
  });

  it("removes a tab inside the range and writes new tabs as elements", () => {
    const document = load(
      "<w:p><w:r><w:t>Leiding</w:t><w:tab/><w:t>:</w:t><w:tab/><w:t>xxx</w:t></w:r></w:p>",
    );
    const { texts } = applied(document, plan(replace(document, 0, 7, 9, " :\t")));
    expect(texts).toEqual(["Leiding :\t\txxx"]);
    const onlyTab = load("<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p>");
    expect(applied(onlyTab, plan(replace(onlyTab, 0, 1, 2, " - "))).texts).toEqual(["a - b"]);
  });

  it("applies several replacements in one paragraph and reports where each new text is", () => {
    const document = load(paragraph("(“naam”) en (“datum”)"));
    const result = applied(
      document,
      plan(replace(document, 0, 12, 21, "12 maart"), replace(document, 0, 0, 8, "Henk")),
    );
    expect(result.texts).toEqual(["Henk en 12 maart"]);
    expect(result.value.inserted).toEqual([
      { start: 0, end: 0, chars: { start: 8, end: 16 } },
      { start: 0, end: 0, chars: { start: 0, end: 4 } },
    ]);
  });

  it("writes text into an empty paragraph with the paragraph mark's formatting", () => {
    const document = load('<w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr></w:p><w:p/>');
    const result = applied(
      document,
      plan(replace(document, 0, 0, 0, "Eerste"), replace(document, 1, 0, 0, "Tweede")),
    );
    expect(result.texts).toEqual(["Eerste", "Tweede"]);
    expect(paragraphXml(result.after, 0)).toContain(
      '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">Eerste</w:t></w:r>',
    );
  });

  it("refuses overlapping replacements", () => {
    const document = load(paragraph("abcdef"));
    expectError(
      () => applyPlan(document, plan(replace(document, 0, 0, 3, "x"), replace(document, 0, 2, 4, "y"))),
      "plan-invalid",
    );
  });
});

describe("verifying before writing", () => {
  const document = load(paragraph("Kenmerken") + paragraph("xxx"));

  it("throws document-changed when an anchor no longer holds its text, and writes nothing", () => {
    const stale = plan(insertAfter(document, 0, [newParagraph("ok")]), {
      kind: "insert-paragraphs",
      anchor: { block: 1, text: "iets anders" },
      position: "after",
      paragraphs: [newParagraph("x")],
      contentControl: null,
    });
    expectError(() => applyPlan(document, stale), "document-changed");
    expectError(
      () =>
        applyPlan(
          document,
          plan({
            kind: "insert-paragraphs",
            anchor: { block: 9, text: "" },
            position: "after",
            paragraphs: [newParagraph("x")],
            contentControl: null,
          }),
        ),
      "document-changed",
    );
    expectError(
      () =>
        applyPlan(
          document,
          plan({
            kind: "replace-text",
            anchor: anchor(document, 1),
            start: 0,
            end: 3,
            expected: "yyy",
            text: "z",
          }),
        ),
      "document-changed",
    );
    expectError(
      () => applyPlan(document, plan(insertAfter(document, 0, [newParagraph("x", { formatFrom: 7 })]))),
      "document-changed",
    );
  });

  it("refuses a plan that does not match the schema", () => {
    const broken = { ...plan(insertAfter(document, 0, [newParagraph("x")])), operations: [] } as EditPlan;
    expectError(() => applyPlan(document, broken), "plan-invalid");
  });
});

describe("splicing", () => {
  it("keeps every other zip entry's compressed bytes and document.xml outside the splice points", () => {
    const document = load(paragraph("Een") + paragraph("Twee") + table([[paragraph("cel")]]), {
      numbering: BULLETS,
      extraParts: { "word/media/plaatje.bin": new Uint8Array([1, 2, 3, 4, 5]) },
    });
    const editPlan = plan(insertAfter(document, 0, [newParagraph("nieuw")]), {
      kind: "insert-table-row",
      anchor: anchor(document, 2),
      position: "after",
      cells: [{ paragraphs: [newParagraph("rij")] }],
    });
    const edits = planEdits(document, editPlan);
    // Removing the inserted text at its offsets gives back the original, character for character.
    let rebuilt = edits.documentXml;
    for (const splice of [...edits.splices].sort((a, b) => b.start - a.start)) {
      expect(splice.end).toBe(splice.start);
      let shift = 0;
      for (const other of edits.splices) if (other.start < splice.start) shift += other.text.length;
      rebuilt =
        rebuilt.slice(0, splice.start + shift) + rebuilt.slice(splice.start + shift + splice.text.length);
    }
    expect(rebuilt).toBe(document.documentXml);

    const bytes = applyPlan(document, editPlan).value.bytes;
    const original = new Map(document.parts.entries.map((entry) => [entry.name, entry]));
    const written = readZipEntries(bytes);
    expect(written.map((entry) => entry.name)).toEqual(document.parts.entries.map((entry) => entry.name));
    for (const entry of written) {
      if (entry.name === "word/document.xml") continue;
      const old = original.get(entry.name)!;
      expect([entry.name, entry.crc32, entry.method]).toEqual([old.name, old.crc32, old.method]);
      expect(Buffer.from(entry.data).equals(Buffer.from(old.data))).toBe(true);
    }
  });

  it("reports where inserted content landed, as reading the result back shows", () => {
    const document = load(paragraph("A") + table([[paragraph("r1")], [paragraph("r2")]]) + paragraph("B"));
    const editPlan = plan(
      insertAfter(document, 3, [newParagraph("na B")]),
      {
        kind: "insert-table-row",
        anchor: anchor(document, 1),
        position: "after",
        cells: [{ paragraphs: [newParagraph("nieuw 1"), newParagraph("nieuw 2")] }],
      },
      {
        kind: "insert-paragraphs",
        anchor: anchor(document, 1),
        position: "before",
        paragraphs: [newParagraph("voor tabel")],
        contentControl: null,
      },
    );
    const result = applied(document, editPlan);
    expect(result.texts).toEqual(["A", "voor tabel", "r1", "nieuw 1", "nieuw 2", "r2", "B", "na B"]);
    expect(result.value.inserted).toEqual([
      { start: 7, end: 7 },
      { start: 3, end: 4 },
      { start: 1, end: 1 },
    ]);
  });

  it("writes elements with a declared w prefix into a document that uses another prefix", () => {
    const documentXml =
      '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      "<x:body><x:p><x:r><x:t>Andere prefix</x:t></x:r></x:p></x:body></x:document>";
    const document = readDocx(tinyDocx({ body: "", documentXml })).value;
    const { texts } = applied(document, plan(insertAfter(document, 0, [newParagraph("Nieuw")])));
    expect(texts).toEqual(["Andere prefix", "Nieuw"]);
  });
});

describe("remove-paragraph", () => {
  const texts = (bytes: Uint8Array) => readDocx(bytes).value.snapshot.blocks.map((block) => block.text);

  it("removes exactly the anchor paragraph and keeps every other byte of the body", () => {
    const document = load(paragraph("Taken:") + paragraph("-\txxx.") + paragraph("Einde"));
    const result = applyPlan(document, plan({ kind: "remove-paragraph", anchor: anchor(document, 1) }));
    expect(texts(result.value.bytes)).toEqual(["Taken:", "Einde"]);
    expect(result.value.inserted).toEqual([]);
  });

  it("refuses to empty a table cell, and writes nothing", () => {
    const document = load(table([[paragraph("-\txxx."), paragraph("Tweede cel")]]) + paragraph(""));
    expect(document.snapshot.blocks[0]!.table).not.toBeNull();
    const refused = (() => {
      try {
        applyPlan(document, plan({ kind: "remove-paragraph", anchor: anchor(document, 0) }));
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(isProfielwijzerError(refused) && refused.code).toBe("plan-invalid");
  });

  it("refuses a plan that removes and inserts at once", () => {
    const document = load(paragraph("a") + paragraph("b"));
    expect(() =>
      planEdits(
        document,
        plan(
          { kind: "remove-paragraph", anchor: anchor(document, 0) },
          { kind: "replace-text", anchor: anchor(document, 1), start: 0, end: 1, expected: "b", text: "c" },
        ),
      ),
    ).toThrow(/removes lines may do nothing else/);
  });
});
