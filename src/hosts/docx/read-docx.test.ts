import { SnapshotSchema, type Block } from "../../core/snapshot/schema";
import type { Message } from "../../core/common";
import { paragraph, run, table, tinyDocx, type TinyDocxOptions } from "../../../test/helpers/tiny-docx";
import { readDocx, readDocxSnapshot } from "./read-docx";

const NORMAL =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>';

function read(
  body: string,
  options: Omit<TinyDocxOptions, "body"> = {},
): { blocks: Block[]; messages: Message[] } {
  const { value, messages } = readDocxSnapshot(tinyDocx({ styles: NORMAL, ...options, body }), {
    name: "test.docx",
  });
  // Every snapshot the reader produces satisfies the shared contract.
  SnapshotSchema.parse(value);
  return { blocks: value.blocks, messages };
}

const texts = (body: string, options?: Omit<TinyDocxOptions, "body">) =>
  read(body, options).blocks.map((b) => b.text);
const codes = (messages: Message[]) => messages.map((m) => m.code);

describe("blocks", () => {
  it("gives one block per body paragraph in order, empty ones included, and ignores the final sectPr", () => {
    const body =
      paragraph("Eén") + "<w:p/>" + paragraph("Twee") + '<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>';
    const { value } = readDocxSnapshot(tinyDocx({ body }), { name: "profiel.docx" });
    expect(value.source).toEqual({ kind: "docx", name: "profiel.docx" });
    expect(value.blocks.map((b) => b.text)).toEqual(["Eén", "", "Twee"]);
  });

  it("counts paragraphs inside content controls, custom XML, smart tags and hyperlinks, in order", () => {
    const body =
      `<w:sdt><w:sdtPr><w:tag w:val="kop"/></w:sdtPr><w:sdtContent>${paragraph("In sdt")}</w:sdtContent></w:sdt>` +
      `<w:customXml w:element="sectie">${paragraph("In customXml")}</w:customXml>` +
      `<w:p><w:smartTag w:element="place">${run("Utrecht")}</w:smartTag><w:hyperlink r:id="rId9">${run(" link")}</w:hyperlink></w:p>`;
    expect(texts(body)).toEqual(["In sdt", "In customXml", "Utrecht link"]);
  });

  it("reads a document whose producer chose other namespace prefixes", () => {
    const documentXml =
      '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      "<x:body><x:p><x:r><x:t>Andere prefix</x:t></x:r></x:p></x:body></x:document>";
    expect(texts("", { documentXml })).toEqual(["Andere prefix"]);
  });
});

describe("text", () => {
  it("turns tabs into \\t and text-wrapping breaks and carriage returns into \\n", () => {
    const body = `<w:p><w:r><w:t>Direct leidinggevende</w:t><w:tab/><w:t>:</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:br/><w:t>regel</w:t><w:br w:type="textWrapping"/><w:cr/><w:t>x</w:t></w:r></w:p>`;
    expect(texts(body)).toEqual(["Direct leidinggevende\t:\t\nregel\n\nx"]);
  });

  it("does not take tab stops and section properties in the paragraph properties for text", () => {
    const properties =
      '<w:tabs><w:tab w:val="left" w:pos="2835"/></w:tabs><w:sectPr><w:pgSz w:w="11906"/></w:sectPr>';
    expect(texts(paragraph("Geeft leiding aan", properties))).toEqual(["Geeft leiding aan"]);
  });

  it("gives page and column breaks no text", () => {
    const body = `<w:p><w:r><w:t>voor</w:t><w:br w:type="page"/><w:t>na</w:t><w:br w:type="column"/><w:lastRenderedPageBreak/></w:r></w:p>`;
    expect(texts(body)).toEqual(["voorna"]);
  });

  it("decodes entities and character references", () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">P&amp;O &lt;team&gt; &quot;x&quot; &#8364;5 &#x2013; klaar</w:t></w:r></w:p>';
    expect(texts(body)).toEqual(['P&O <team> "x" €5 – klaar']);
  });

  it("writes a non-breaking hyphen as '-', drops soft hyphens, and keeps symbols outside symbol-font private use", () => {
    const body =
      "<w:p><w:r><w:t>markt</w:t><w:noBreakHyphen/><w:t>exploratie</w:t><w:softHyphen/><w:t>s</w:t>" +
      '<w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="2192"/></w:r></w:p>';
    expect(texts(body)).toEqual(["markt-exploraties→"]);
  });

  it("reads tracked changes as if accepted: insertions kept, deletions and moved-away text dropped", () => {
    const body =
      `<w:p>${run("Het ")}<w:ins w:id="1" w:author="A">${run("nieuwe ")}</w:ins>` +
      `<w:del w:id="2" w:author="A"><w:r><w:delText>oude </w:delText></w:r></w:del>` +
      `<w:moveFrom w:id="3" w:author="A">${run("weg ")}</w:moveFrom><w:moveTo w:id="4" w:author="A">${run("hier ")}</w:moveTo>` +
      `${run("plan")}</w:p>`;
    const { blocks, messages } = read(body);
    expect(blocks.map((b) => b.text)).toEqual(["Het nieuwe hier plan"]);
    const info = messages.find((m) => m.code === "tracked-changes");
    expect(info?.severity).toBe("info");
    expect(info?.text.nl).toContain("geaccepteerd");
  });

  it("keeps a field's result and drops its instruction, nested fields and fields across paragraphs included", () => {
    const fieldStart = (instruction: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>`;
    const separate = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const body =
      `<w:p>${run("Datum: ")}${fieldStart(" DATE ")}${separate}${run("12-03-2026")}${end}</w:p>` +
      `<w:p>${fieldStart(" IF ")}${fieldStart(" PAGE ")}${separate}${run("3")}${end}${run(' = 3 "ja" ')}${separate}${run("ja")}${end}</w:p>` +
      `<w:p>${fieldStart(" TOC \\o ")}${separate}${run("Inleiding")}</w:p><w:p>${run("Bijlage")}${end}</w:p>` +
      `<w:p><w:fldSimple w:instr=" AUTHOR ">${run("Jansen")}</w:fldSimple></w:p>`;
    expect(texts(body)).toEqual(["Datum: 12-03-2026", "ja", "Inleiding", "Bijlage", "Jansen"]);
  });

  it("gives drawings no text", () => {
    const body = `<w:p>${run("Logo:")}<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:t>nee</a:t></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    expect(texts(body)).toEqual(["Logo:"]);
  });

  it("skips paragraphs in a text box and says which paragraph held it, once per text box", () => {
    const textBox = (text: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body =
      paragraph("Eerste") +
      `<w:p>${run("Met tekstvak")}${textBox("In het tekstvak")}</w:p>` +
      paragraph("Laatste");
    const { blocks, messages } = read(body);
    expect(blocks.map((b) => b.text)).toEqual(["Eerste", "Met tekstvak", "Laatste"]);
    const skipped = messages.filter((m) => m.code === "text-box-skipped");
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ severity: "warning", location: { start: 1, end: 1 } });
  });

  it("skips an old-style VML text box with a message", () => {
    const body = `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph("Oud tekstvak")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    const { blocks, messages } = read(body);
    expect(blocks.map((b) => b.text)).toEqual([""]);
    expect(codes(messages)).toEqual(["text-box-skipped"]);
  });

  it("skips an altChunk with a message pointing at the next block", () => {
    const { blocks, messages } = read(paragraph("Voor") + '<w:altChunk r:id="rId7"/>' + paragraph("Na"));
    expect(blocks.map((b) => b.text)).toEqual(["Voor", "Na"]);
    expect(messages).toEqual([
      expect.objectContaining({ code: "alt-chunk-skipped", location: { start: 1, end: 1 } }),
    ]);
  });

  it("skips equations with one message pointing at the first", () => {
    const equation = "<m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath>";
    const { blocks, messages } = read(
      paragraph("Tekst") +
        `<w:p>${run("Formule: ")}${equation}</w:p><w:p><m:oMathPara>${equation}</m:oMathPara></w:p>`,
    );
    expect(blocks.map((b) => b.text)).toEqual(["Tekst", "Formule: ", ""]);
    expect(messages).toEqual([
      expect.objectContaining({ code: "equation-skipped", location: { start: 1, end: 1 } }),
    ]);
    expect(messages[0]?.text.nl).toContain("(2)");
  });

  it("takes the first choice of block-level alternate content and not its fallback", () => {
    const body = `<mc:AlternateContent><mc:Choice Requires="w14">${paragraph("Keuze")}</mc:Choice><mc:Fallback>${paragraph("Terugval")}</mc:Fallback></mc:AlternateContent>`;
    expect(texts(body)).toEqual(["Keuze"]);
  });
});

describe("styles", () => {
  const styles =
    NORMAL +
    '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="Heading 2"/><w:basedOn w:val="Standaard"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="berschrift3"><w:name w:val="Überschrift 3"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Titre4"><w:name w:val="Titre 4"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Geenafstand"><w:name w:val="No Spacing"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="EigenKop"><w:name w:val="Profielkop"/><w:basedOn w:val="Kop1"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Platte"><w:name w:val="Plat"/><w:basedOn w:val="Kop1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Rond1"><w:name w:val="Rond 1"/><w:basedOn w:val="Rond2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Rond2"><w:name w:val="Rond 2"/><w:basedOn w:val="Rond1"/></w:style>';
  const styled = (id: string) => paragraph("x", `<w:pStyle w:val="${id}"/>`);

  it("identifies a Dutch style id by its built-in name: Kop1 named 'heading 1' is Heading1, level 1", () => {
    const [block] = read(styled("Kop1"), { styles }).blocks;
    expect(block?.style).toEqual({ name: "Heading 1", builtIn: "Heading1" });
    expect(block?.headingLevel).toBe(1);
  });

  it.each([
    ["Kop2", "Heading2", 2],
    ["berschrift3", "Heading3", 3],
    ["Titre4", "Heading4", 4],
    ["Titel", "Title", null],
    ["Lijstalinea", "ListParagraph", null],
    ["Geenafstand", "NoSpacing", null],
  ])("maps style %s to the built-in %s (heading level %s)", (id, builtIn, level) => {
    const [block] = read(styled(id), { styles }).blocks;
    expect(block?.style.builtIn).toBe(builtIn);
    expect(block?.headingLevel).toBe(level);
  });

  it("gives a paragraph without pStyle the default paragraph style", () => {
    expect(read(paragraph("x"), { styles }).blocks[0]?.style).toEqual({ name: "Normal", builtIn: "Normal" });
  });

  it("gives a custom style builtIn null and inherits the outline level through basedOn", () => {
    const [custom, flat] = read(styled("EigenKop") + styled("Platte"), { styles }).blocks;
    expect(custom?.style).toEqual({ name: "Profielkop", builtIn: null });
    expect(custom?.headingLevel).toBe(1);
    expect(flat?.headingLevel).toBeNull(); // outline level 9 is body text
  });

  it("takes an outline level set on the paragraph itself", () => {
    const [block] = read(paragraph("Resultaatgebieden", '<w:outlineLvl w:val="1"/>'), { styles }).blocks;
    expect(block?.headingLevel).toBe(2);
  });

  it("survives a basedOn cycle", () => {
    const [block] = read(styled("Rond1"), { styles }).blocks;
    expect(block?.style).toEqual({ name: "Rond 1", builtIn: null });
    expect(block?.headingLevel).toBeNull();
  });

  it("falls back to the default style for an unknown style id and says so once", () => {
    const { blocks, messages } = read(styled("Bestaatniet") + styled("Bestaatniet"), { styles });
    expect(blocks[0]?.style).toEqual({ name: "Normal", builtIn: "Normal" });
    expect(messages).toEqual([
      expect.objectContaining({ code: "style-unknown", severity: "warning", location: { start: 0, end: 0 } }),
    ]);
    expect(messages[0]?.text.nl).toContain("Bestaatniet");
  });

  it("treats a document without styles part as all Normal", () => {
    const { value } = readDocxSnapshot(tinyDocx({ body: paragraph("x") }));
    expect(value.blocks[0]?.style).toEqual({ name: "Normal", builtIn: "Normal" });
  });
});

describe("bold", () => {
  const styles =
    NORMAL +
    '<w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Kopje"><w:name w:val="Kopje"/><w:basedOn w:val="Kop1"/></w:style>';

  it("measures a bold lead-in: '**Relatiebeheer** Het relatiebeheer…' has boldPrefix 13", () => {
    const body = `<w:p>${run("Relatiebeheer", "<w:b/>")}${run(" Het relatiebeheer met klanten")}</w:p>`;
    expect(read(body).blocks[0]).toMatchObject({ bold: false, boldPrefix: 13 });
  });

  it("leaves trailing bold whitespace out of the lead-in", () => {
    const body = `<w:p>${run("Relatiebeheer ", "<w:b/>")}${run("Het relatiebeheer")}</w:p>`;
    expect(read(body).blocks[0]).toMatchObject({ bold: false, boldPrefix: 13 });
  });

  it("has boldPrefix 0 when the paragraph starts plain, even if bold follows", () => {
    const body = `<w:p>${run("De ")}${run("accountmanager II", "<w:b/>")}</w:p>`;
    expect(read(body).blocks[0]).toMatchObject({ bold: false, boldPrefix: 0 });
  });

  it("is bold with boldPrefix up to the last non-whitespace character when all text is bold", () => {
    const body = `<w:p>${run("Aansturen ", "<w:b/>")}${run("(5):", '<w:b w:val="1"/>')}${run("\t")}</w:p>`;
    expect(read(body).blocks[0]).toMatchObject({ text: "Aansturen (5):\t", bold: true, boldPrefix: 14 });
  });

  it("is not bold for empty or whitespace-only text", () => {
    const { blocks } = read(`<w:p/><w:p>${run("   ", "<w:b/>")}</w:p>`);
    expect(blocks.map((b) => [b.bold, b.boldPrefix])).toEqual([
      [false, 0],
      [false, 0],
    ]);
  });

  it("switches bold off with w:val 0, false or off", () => {
    const body = ["0", "false", "off"]
      .map((value) => `<w:p>${run("x", `<w:b w:val="${value}"/>`)}</w:p>`)
      .join("");
    expect(read(body).blocks.map((b) => b.bold)).toEqual([false, false, false]);
  });

  it("takes bold from a character style such as Strong", () => {
    const body = `<w:p>${run("Sterk", '<w:rStyle w:val="Zwaar"/>')}</w:p>`;
    expect(read(body, { styles }).blocks[0]?.bold).toBe(true);
  });

  it("takes bold from the paragraph style, inherited through basedOn, and lets direct formatting win", () => {
    const body =
      paragraph("Kop", '<w:pStyle w:val="Kopje"/>') +
      `<w:p><w:pPr><w:pStyle w:val="Kopje"/></w:pPr>${run("Niet vet", '<w:b w:val="0"/>')}</w:p>`;
    expect(read(body, { styles }).blocks.map((b) => b.bold)).toEqual([true, false]);
  });

  it("takes bold from the document defaults", () => {
    const defaults =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>" + NORMAL;
    expect(read(paragraph("Standaard vet"), { styles: defaults }).blocks[0]?.bold).toBe(true);
  });

  it("toggles: a bold character style inside a bold paragraph style is not bold", () => {
    const body = `<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr>${run("Kop ")}${run("nadruk", '<w:rStyle w:val="Zwaar"/>')}</w:p>`;
    expect(read(body, { styles }).blocks[0]).toMatchObject({ bold: false, boldPrefix: 3 });
  });

  it("ignores the paragraph mark's run properties", () => {
    const body = `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>${run("Gewoon")}</w:p>`;
    expect(read(body).blocks[0]?.bold).toBe(false);
  });
});

describe("lists", () => {
  const numbering =
    // 0: bullets in Symbol font; 1: "1." / "1.1." / "a)" / "i."; 2: upper roman; 3: level 1 never restarts
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl><w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%4."/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="Opsomming"/></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="5"><w:styleLink w:val="Opsomming"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:pStyle w:val="Lijstopsomming"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:pStyle w:val="Lijstopsomming2"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>' +
    '<w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>' +
    '<w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>' +
    '<w:num w:numId="9"><w:abstractNumId w:val="6"/></w:num>';
  const styles =
    NORMAL +
    '<w:style w:type="numbering" w:styleId="Opsomming"><w:name w:val="Opsomming"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Lijstopsomming"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Lijstopsomming2"><w:name w:val="List Bullet 2"/><w:basedOn w:val="Lijstopsomming"/></w:style>';
  const item = (numId: number | string, level: number, text = "item") =>
    paragraph(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);
  const lists = (body: string) => read(body, { styles, numbering });

  it("reads bullets, mapping a Symbol-font bullet to '•'", () => {
    const { blocks } = lists(item(1, 0) + item(1, 1));
    expect(blocks.map((b) => b.list)).toEqual([
      { level: 0, ordered: false, label: "•", listId: "1" },
      { level: 1, ordered: false, label: "o", listId: "1" },
    ]);
  });

  it("counts numbered items with levels, restarting deeper levels after a higher one", () => {
    const body =
      item(2, 0) + item(2, 1) + item(2, 1) + item(2, 2) + item(2, 3) + item(2, 0) + item(2, 1) + item(2, 2);
    expect(lists(body).blocks.map((b) => b.list?.label)).toEqual([
      "1.",
      "1.1.",
      "1.2.",
      "a)",
      "i.",
      "2.",
      "2.1.",
      "a)",
    ]);
    expect(lists(item(2, 0)).blocks[0]?.list?.ordered).toBe(true);
  });

  it("continues the count across numbering instances of one definition, and restarts where one says so", () => {
    const body = item(2, 0) + item(3, 0) + paragraph("tussendoor") + item(2, 0) + item(4, 0) + item(4, 0);
    expect(lists(body).blocks.map((b) => b.list?.label ?? null)).toEqual([
      "1.",
      "2.",
      null,
      "3.",
      "1.",
      "2.",
    ]);
  });

  it("formats roman numerals from a start value", () => {
    expect(lists(item(5, 0) + item(5, 0)).blocks.map((b) => b.list?.label)).toEqual(["III", "IV"]);
  });

  it("does not restart a level whose lvlRestart is 0", () => {
    const body = item(6, 0) + item(6, 1) + item(6, 0) + item(6, 1);
    expect(lists(body).blocks.map((b) => b.list?.label)).toEqual(["1.", "A.", "2.", "B."]);
  });

  it("follows numStyleLink through the numbering style", () => {
    expect(lists(item(7, 0) + item(7, 0)).blocks.map((b) => b.list?.label)).toEqual(["(1)", "(2)"]);
  });

  it("takes numbering from a paragraph style, with the level whose pStyle is that style", () => {
    const body =
      paragraph("a", '<w:pStyle w:val="Lijstopsomming"/>') +
      paragraph("b", '<w:pStyle w:val="Lijstopsomming2"/>');
    expect(lists(body).blocks.map((b) => b.list)).toEqual([
      { level: 0, ordered: false, label: "-", listId: "9" },
      { level: 1, ordered: false, label: "–", listId: "9" },
    ]);
  });

  it("treats numId 0 on the paragraph as no list, even when its style has numbering", () => {
    const body = paragraph(
      "geen lijst",
      '<w:pStyle w:val="Lijstopsomming"/><w:numPr><w:numId w:val="0"/></w:numPr>',
    );
    expect(lists(body).blocks[0]?.list).toBeNull();
  });

  it("reads an unknown numId as no list, with one message", () => {
    const { blocks, messages } = lists(item(42, 0) + item(42, 0));
    expect(blocks.map((b) => b.list)).toEqual([null, null]);
    expect(messages).toEqual([
      expect.objectContaining({ code: "numbering-unknown", location: { start: 0, end: 0 } }),
    ]);
  });

  it("reads numbering without a numbering part as no list, with a message", () => {
    const { blocks, messages } = read(item(1, 0));
    expect(blocks[0]?.list).toBeNull();
    expect(codes(messages)).toEqual(["numbering-unknown"]);
  });
});

describe("tables", () => {
  const cell = (text: string, properties = "") =>
    (properties ? `<w:tcPr>${properties}</w:tcPr>` : "") + paragraph(text);

  it("gives each cell paragraph its table, row, grid column and span", () => {
    const body =
      paragraph("Voor") +
      table([
        [cell("Bedrijfsnaam"), cell("Key accountmanager"), cell("Functienummer: xxx")],
        [cell("FUNCTIEPROFIEL", '<w:gridSpan w:val="3"/>')],
      ]) +
      paragraph("Na");
    const { blocks } = read(body);
    expect(
      blocks.map((b) => b.table && [b.table.table, b.table.row, b.table.column, b.table.columnSpan]),
    ).toEqual([null, [0, 0, 0, 1], [0, 0, 1, 1], [0, 0, 2, 1], [0, 1, 0, 3], null]);
    expect(blocks[1]?.table).toMatchObject({ depth: 1, outer: null });
  });

  it("counts grid columns after gridBefore and a spanning cell", () => {
    const body =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${paragraph("b")}</w:tc><w:tc>${paragraph("d")}</w:tc></w:tr></w:tbl>`;
    expect(read(body).blocks.map((b) => [b.text, b.table?.column, b.table?.columnSpan])).toEqual([
      ["b", 1, 2],
      ["d", 3, 1],
    ]);
  });

  it("keeps the own (empty) paragraphs of vertically merged cells and never duplicates text", () => {
    const body = table([
      [cell("1. Jaarplan", '<w:vMerge w:val="restart"/>'), cell("taak 1")],
      [cell("", "<w:vMerge/>"), cell("taak 2")],
    ]);
    const { blocks } = read(body);
    expect(blocks.map((b) => [b.text, b.table?.row, b.table?.column])).toEqual([
      ["1. Jaarplan", 0, 0],
      ["taak 1", 0, 1],
      ["", 1, 0],
      ["taak 2", 1, 1],
    ]);
  });

  it("numbers tables in document order, outer before nested, and points nested cells at their outer cell", () => {
    const nested = table([[cell("binnen a"), cell("binnen b")]]);
    const body =
      table([[cell("buiten"), paragraph("voor geneste") + nested + paragraph("na geneste")]]) +
      table([[cell("tweede")]]);
    const { blocks } = read(body);
    expect(blocks.map((b) => [b.text, b.table?.table, b.table?.depth, b.table?.outer ?? null])).toEqual([
      ["buiten", 0, 1, null],
      ["voor geneste", 0, 1, null],
      ["binnen a", 1, 2, { table: 0, row: 0, column: 1 }],
      ["binnen b", 1, 2, { table: 0, row: 0, column: 1 }],
      ["na geneste", 0, 1, null],
      ["tweede", 2, 1, null],
    ]);
    expect(blocks[3]?.table?.column).toBe(1);
  });

  it("reads rows and cells wrapped in content controls", () => {
    const body =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:sdt><w:sdtPr><w:tag w:val="rij"/></w:sdtPr><w:sdtContent>' +
      `<w:tr><w:tc>${paragraph("a")}</w:tc><w:sdt><w:sdtContent><w:tc>${paragraph("b")}</w:tc></w:sdtContent></w:sdt></w:tr>` +
      "</w:sdtContent></w:sdt></w:tbl>";
    const { blocks } = read(body);
    expect(blocks.map((b) => [b.text, b.table?.row, b.table?.column, b.contentControl?.tag ?? null])).toEqual(
      [
        ["a", 0, 0, "rij"],
        ["b", 0, 1, null],
      ],
    );
  });
});

describe("content controls", () => {
  it("describes the block-level control holding a paragraph: tag, title, placeholder", () => {
    const body =
      '<w:sdt><w:sdtPr><w:alias w:val="Functienaam"/><w:tag w:val="functienaam"/><w:showingPlcHdr/><w:rPr><w:b/></w:rPr></w:sdtPr>' +
      `<w:sdtContent>${paragraph("Klik of tik om tekst in te voeren.")}</w:sdtContent></w:sdt>` +
      paragraph("Buiten");
    const { blocks } = read(body);
    expect(blocks.map((b) => b.contentControl)).toEqual([
      { tag: "functienaam", title: "Functienaam", showingPlaceholder: true },
      null,
    ]);
    expect(blocks[0]?.bold).toBe(false); // the control's own run properties are not the text's
  });

  it("takes the innermost control: a run-level one inside the paragraph, preferring one that shows its placeholder", () => {
    const inner = (tag: string, placeholder: boolean, text: string) =>
      `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/>${placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;
    const body =
      `<w:sdt><w:sdtPr><w:tag w:val="blok"/></w:sdtPr><w:sdtContent>` +
      `<w:p>${run("Datum: ")}${inner("naam", false, "Jansen")}${inner("datum", true, "Klik of tik om een datum in te voeren.")}</w:p>` +
      paragraph("Alleen blok") +
      "</w:sdtContent></w:sdt>";
    const { blocks } = read(body);
    expect(blocks.map((b) => [b.text, b.contentControl])).toEqual([
      [
        "Datum: JansenKlik of tik om een datum in te voeren.",
        { tag: "datum", title: null, showingPlaceholder: true },
      ],
      ["Alleen blok", { tag: "blok", title: null, showingPlaceholder: false }],
    ]);
  });

  it("reads showingPlcHdr with w:val false as not showing the placeholder", () => {
    const body = `<w:sdt><w:sdtPr><w:showingPlcHdr w:val="false"/></w:sdtPr><w:sdtContent>${paragraph("Ingevuld")}</w:sdtContent></w:sdt>`;
    expect(read(body).blocks[0]?.contentControl).toEqual({
      tag: null,
      title: null,
      showingPlaceholder: false,
    });
  });
});

describe("package", () => {
  it("finds the main document through the package relationships, wherever it lives", () => {
    const bytes = tinyDocx({ body: paragraph("Elders"), documentPath: "inhoud/hoofd.xml", styles: NORMAL });
    const { value, messages } = readDocx(bytes);
    expect(value.documentPath).toBe("inhoud/hoofd.xml");
    expect(value.snapshot.blocks.map((b) => b.text)).toEqual(["Elders"]);
    expect(value.snapshot.blocks[0]?.style.builtIn).toBe("Normal");
    expect(messages).toEqual([]);
  });

  it("reads a strict OOXML package (other namespace and relationship URIs)", () => {
    const strict = "http://purl.oclc.org/ooxml";
    const documentXml =
      `<?xml version="1.0"?><w:document xmlns:w="${strict}/wordprocessingml/main"><w:body>` +
      '<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Strikt</w:t></w:r></w:p></w:body></w:document>';
    const styles = `<w:styles xmlns:w="${strict}/wordprocessingml/main"><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style></w:styles>`;
    const relationships = (type: string, target: string) =>
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${strict}/officeDocument/relationships/${type}" Target="${target}"/></Relationships>`;
    const bytes = tinyDocx({
      body: "",
      documentXml,
      extraParts: {
        "_rels/.rels": relationships("officeDocument", "word/document.xml"),
        "word/_rels/document.xml.rels": relationships("styles", "styles.xml"),
        "word/styles.xml": styles,
      },
    });
    expect(readDocxSnapshot(bytes).value.blocks[0]).toMatchObject({ text: "Strikt", headingLevel: 1 });
  });

  it("reads word/document.xml with a warning when the package relationships are missing", () => {
    const { value, messages } = readDocx(tinyDocx({ body: paragraph("Zonder rels"), omit: ["_rels/.rels"] }));
    expect(value.snapshot.blocks.map((b) => b.text)).toEqual(["Zonder rels"]);
    expect(codes(messages)).toEqual(["package-incomplete"]);
  });

  it("keeps every zip entry's compressed bytes and the inflated parts it read", () => {
    const { value } = readDocx(tinyDocx({ body: paragraph("x"), styles: NORMAL }));
    expect(value.parts.entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["word/document.xml", "word/styles.xml", "_rels/.rels", "[Content_Types].xml"]),
    );
    expect([...value.parts.inflated.keys()]).toEqual(
      expect.arrayContaining(["word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"]),
    );
    expect(new TextDecoder().decode(value.parts.inflated.get("word/document.xml"))).toBe(value.documentXml);
    expect(value.documentEncoding).toEqual({ encoding: "utf-8", bom: false });
  });

  it("reads a UTF-16 document part with its byte-order mark", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Zestien</w:t></w:r></w:p></w:body></w:document>';
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) bytes[2 + i * 2] = xml.charCodeAt(i);
    const { value } = readDocx(tinyDocx({ body: "", extraParts: { "word/document.xml": bytes } }));
    expect(value.snapshot.blocks.map((b) => b.text)).toEqual(["Zestien"]);
    expect(value.documentEncoding).toEqual({ encoding: "utf-16le", bom: true });
  });
});
