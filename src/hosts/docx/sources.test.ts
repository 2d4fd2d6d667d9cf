import fc from "fast-check";
import {
  escapeXml,
  NAMESPACES,
  paragraph,
  run,
  table,
  tinyDocx,
  wrapBody,
} from "../../../test/helpers/tiny-docx";
import { Numbering } from "./numbering";
import { readBody as readDocumentBody } from "./read-body";
import { readDocx, type DocxDocument, type XmlSpan } from "./read-docx";
import { StyleSheet } from "./styles";
import { parseXmlTree, XmlScanner, XML_END, XML_TEXT } from "./xml";

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

function readBody(body: string): DocxDocument {
  return readDocx(tinyDocx({ body, styles: STYLES, numbering: NUMBERING })).value;
}

/** The same reading without building a zip first, for many generated documents. */
function readWithoutZip(body: string): DocxDocument {
  const documentXml = wrapBody(body);
  const styles = new StyleSheet(
    parseXmlTree(`<w:styles xmlns:w="${NAMESPACES.w}">${STYLES}</w:styles>`, "styles"),
  );
  const numbering = new Numbering(
    parseXmlTree(`<w:numbering xmlns:w="${NAMESPACES.w}">${NUMBERING}</w:numbering>`, "n"),
    styles,
  );
  const { blocks, sources } = readDocumentBody(documentXml, "word/document.xml", styles, numbering, []);
  return {
    snapshot: { source: { kind: "docx", name: null }, blocks },
    parts: { entries: [], inflated: new Map() },
    documentPath: "word/document.xml",
    documentXml,
    documentEncoding: { encoding: "utf-8", bom: false },
    sources,
  };
}

/** Decodes raw element content the way the reader does (entities, CDATA, comments). */
function decodeContent(raw: string): string {
  const scanner = new XmlScanner(`<x>${raw}</x>`, "piece");
  let text = "";
  for (let event = scanner.next(); event !== XML_END; event = scanner.next()) {
    if (event === XML_TEXT) text += scanner.text();
  }
  return text;
}

const slice = (xml: string, span: XmlSpan) => xml.slice(span.start, span.end);
const within = (inner: XmlSpan, outer: XmlSpan) => inner.start >= outer.start && inner.end <= outer.end;

/** `<name …>…</name>` or `<name …/>` exactly. */
function isElement(xml: string, span: XmlSpan, name: string): boolean {
  const text = slice(xml, span);
  if (!text.startsWith(`<${name}`) || !/[\s/>]/.test(text.charAt(name.length + 1))) return false;
  return text.endsWith(`</${name}>`) || (text.endsWith("/>") && !text.slice(1, -2).includes("<"));
}

const SYNTHESISED: Record<string, { element: RegExp; text: RegExp }> = {
  tab: { element: /^<w:p?tab[\s/>]/, text: /^\t$/ },
  break: { element: /^<w:(br|cr)[\s/>]/, text: /^\n$/ },
  noBreakHyphen: { element: /^<w:noBreakHyphen[\s/>]/, text: /^-$/ },
  symbol: { element: /^<w:sym[\s/>]/, text: /^.{1,2}$/u },
};

/** Everything a writer relies on, for every block; returns what does not hold (empty when all is exact). */
function checkSources(document: DocxDocument): string[] {
  const xml = document.documentXml;
  const problems: string[] = [];
  const check = (condition: boolean, what: string) => {
    if (!condition) problems.push(what);
  };
  check(document.sources.length === document.snapshot.blocks.length, "one source per block");
  document.sources.forEach((source, index) => {
    const block = document.snapshot.blocks[index]!;
    const at = (what: string) => `block ${index}: ${what}`;
    check(
      isElement(xml, source.paragraph, "w:p"),
      at(`paragraph ${slice(xml, source.paragraph).slice(0, 60)}`),
    );
    if (source.properties) {
      check(isElement(xml, source.properties, "w:pPr"), at("properties"));
      check(within(source.properties, source.paragraph), at("properties inside paragraph"));
    }
    for (const [span, name] of [
      [source.table, "w:tbl"],
      [source.row, "w:tr"],
      [source.cell, "w:tc"],
      [source.contentControl, "w:sdt"],
    ] as const) {
      if (span === null) continue;
      check(isElement(xml, span, name), at(name));
      if (name !== "w:sdt") check(within(source.paragraph, span), at(`paragraph inside ${name}`));
    }
    check((source.table === null) === (block.table === null), at("table span iff table"));
    check((source.contentControl === null) === (block.contentControl === null), at("sdt span iff control"));
    // The pieces cover the text exactly, in order.
    let covered = 0;
    for (const piece of source.pieces) {
      const text = block.text.slice(piece.start, piece.end);
      check(
        piece.start === covered && piece.end > piece.start,
        at(`piece ${piece.start}-${piece.end} contiguous`),
      );
      covered = piece.end;
      check(isElement(xml, piece.run, "w:r") && within(piece.run, source.paragraph), at("run"));
      check(within(piece.element, piece.run), at("piece element inside run"));
      if (piece.kind === "text") {
        check(
          isElement(xml, piece.element, "w:t") && within(piece.content, piece.element),
          at("w:t element"),
        );
        check(
          /^<w:t(\s[^>]*)?>$/.test(xml.slice(piece.element.start, piece.content.start)),
          at("content start"),
        );
        check(xml.slice(piece.content.end, piece.element.end) === "</w:t>", at("content end"));
        check(
          decodeContent(slice(xml, piece.content)) === text,
          at(`content decodes to ${JSON.stringify(text)}`),
        );
      } else {
        check(SYNTHESISED[piece.kind]!.element.test(slice(xml, piece.element)), at(`${piece.kind} element`));
        check(SYNTHESISED[piece.kind]!.text.test(text), at(`${piece.kind} text`));
      }
    }
    check(covered === block.text.length, at("pieces cover the text"));
  });
  return problems;
}

/**
 * What the writer will do: replace characters [from, to) of a block by rewriting only the affected
 * `<w:t>` contents (the replacement goes into the first text piece touched) and dropping synthesised
 * characters inside the range. Runs and their formatting stay as they are.
 */
function replaceText(
  document: DocxDocument,
  blockIndex: number,
  from: number,
  to: number,
  replacement: string,
): string {
  const edits: Array<{ span: XmlSpan; text: string }> = [];
  let placed = false;
  for (const piece of document.sources[blockIndex]!.pieces) {
    if (piece.end <= from && !(piece.end === from && from === to && piece.kind === "text" && !placed))
      continue;
    if (piece.start >= to && (placed || piece.kind !== "text")) continue;
    if (piece.kind !== "text") {
      if (piece.start >= from && piece.end <= to) edits.push({ span: piece.element, text: "" });
      continue;
    }
    const old = document.snapshot.blocks[blockIndex]!.text.slice(piece.start, piece.end);
    const keepBefore = old.slice(0, Math.max(0, from - piece.start));
    const keepAfter = old.slice(Math.max(0, to - piece.start));
    edits.push({
      span: piece.content,
      text: escapeXml(keepBefore + (placed ? "" : replacement) + keepAfter),
    });
    placed = true;
  }
  let xml = document.documentXml;
  for (const edit of edits.sort((a, b) => b.span.start - a.span.start)) {
    xml = xml.slice(0, edit.span.start) + edit.text + xml.slice(edit.span.end);
  }
  return xml;
}

const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

const RICH_BODY =
  `<w:p w:rsidR="00AB12CD"><w:pPr><w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
  `${run("Relatiebeheer", "<w:b/>")}<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> Het relatie&amp;beheer &lt;met&gt; </w:t><w:tab/><w:t>klanten</w:t></w:r></w:p>` +
  "<w:p/>" +
  '<w:p><w:pPr/><w:r><w:t xml:space="preserve">tekst<!-- opmerking --> na commentaar</w:t></w:r></w:p>' +
  `<w:p>${run("Datum: ")}${field("DATE", "12-03-2026")}<w:r><w:br/><w:noBreakHyphen/><w:sym w:font="Arial" w:char="2192"/></w:r></w:p>` +
  `<w:sdt><w:sdtPr><w:tag w:val="blok"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${paragraph("Klik of tik om tekst in te voeren.")}</w:sdtContent></w:sdt>` +
  table([
    [paragraph("Resultaatgebieden"), paragraph("Taken") + table([[paragraph("genest & diep")]])],
    [
      `<w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:ins w:id="1" w:author="A">${run("nieuw ")}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>oud</w:delText></w:r></w:del>${run("slot")}</w:p>`,
    ],
  ]) +
  `<w:p><w:hyperlink r:id="rId3">${run("link")}</w:hyperlink><w:sdt><w:sdtPr><w:alias w:val="Naam"/></w:sdtPr><w:sdtContent>${run("Jansen")}</w:sdtContent></w:sdt></w:p>` +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

describe("block sources", () => {
  it("point exactly at each paragraph, its properties, table, row, cell, content control and text pieces", () => {
    const document = readBody(RICH_BODY);
    expect(document.snapshot.blocks.map((b) => b.text)).toEqual([
      "Relatiebeheer Het relatie&beheer <met> \tklanten",
      "",
      "tekst na commentaar",
      "Datum: 12-03-2026\n-→",
      "Klik of tik om tekst in te voeren.",
      "Resultaatgebieden",
      "Taken",
      "genest & diep",
      "nieuw slot",
      "linkJansen",
    ]);
    expect(checkSources(document)).toEqual([]);
    const xml = document.documentXml;
    expect(slice(xml, document.sources[1]!.paragraph)).toBe("<w:p/>");
    expect(slice(xml, document.sources[2]!.properties!)).toBe("<w:pPr/>");
    expect(document.sources[7]!.table).not.toEqual(document.sources[6]!.table); // the nested table
    expect(slice(xml, document.sources[9]!.contentControl!)).toContain('<w:alias w:val="Naam"/>');
  });

  it("stay exact with another namespace prefix and a byte-order mark", () => {
    const xml =
      '\uFEFF<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
      "<x:p><x:r><x:t>één &amp; twee</x:t></x:r></x:p></x:body></x:document>";
    const document = readDocx(tinyDocx({ body: "", documentXml: xml })).value;
    const [source] = document.sources;
    expect(document.documentEncoding).toEqual({ encoding: "utf-8", bom: true });
    expect(slice(document.documentXml, source!.paragraph)).toBe(
      "<x:p><x:r><x:t>één &amp; twee</x:t></x:r></x:p>",
    );
    expect(slice(document.documentXml, (source!.pieces[0] as { content: XmlSpan }).content)).toBe(
      "één &amp; twee",
    );
  });

  it("hold for any mix of runs, entities, tabs, fields, content controls and tables", () => {
    const text = fc.constantFrom("a", "Taken", " ", "&amp;", "&lt;x&gt;", "&#8364;", "é", "<!-- c -->");
    const inline = fc.oneof(
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((parts) => `<w:r><w:t xml:space="preserve">${parts.join("")}</w:t></w:r>`),
      fc.constantFrom(
        "<w:r><w:tab/></w:r>",
        "<w:r><w:br/></w:r>",
        '<w:r><w:br w:type="page"/></w:r>',
        "<w:r><w:rPr><w:b/></w:rPr><w:t>vet</w:t><w:t/></w:r>",
        `<w:ins w:id="1">${run("in")}</w:ins>`,
        '<w:del w:id="2"><w:r><w:delText>weg</w:delText></w:r></w:del>',
        field("PAGE", "7"),
        `<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>${run("veld")}</w:sdtContent></w:sdt>`,
        `<w:hyperlink>${run("link")}</w:hyperlink>`,
        '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
      ),
    );
    const para = fc
      .tuple(fc.boolean(), fc.array(inline, { maxLength: 5 }))
      .map(([withProperties, runs]) =>
        runs.length === 0 && !withProperties
          ? "<w:p/>"
          : `<w:p>${withProperties ? '<w:pPr><w:pStyle w:val="Normal"/></w:pPr>' : ""}${runs.join("")}</w:p>`,
      );
    const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
      block: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        para,
        fc
          .array(tie("block"), { minLength: 1, maxLength: 2 })
          .map((cells) => table([cells.map((cell) => cell + "<w:p/>")])),
        tie("block").map(
          (inner) =>
            `<w:sdt><w:sdtPr><w:alias w:val="a"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`,
        ),
      ),
    })).block;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        expect(checkSources(readWithoutZip(blocks.join("")))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("let a writer replace characters across runs by rewriting only <w:t> contents", () => {
    const document = readBody(RICH_BODY);
    const xml = replaceText(document, 0, 10, 17, "X & Y");
    const reread = readDocx(
      tinyDocx({ body: "", documentXml: xml, styles: STYLES, numbering: NUMBERING }),
    ).value;
    expect(reread.snapshot.blocks[0]?.text).toBe("RelatiebehX & Y relatie&beheer <met> \tklanten");
    // Bold lead-in and everything outside the two text contents are untouched.
    // The replacement takes the formatting of the first text it touches: here the bold lead-in.
    expect(reread.snapshot.blocks[0]?.boldPrefix).toBe(15);
    expect(reread.snapshot.blocks.slice(1)).toEqual(document.snapshot.blocks.slice(1));
    const [first, second] = document.sources[0]!.pieces;
    expect(xml.slice(0, first!.kind === "text" ? first!.content.start : 0)).toBe(
      document.documentXml.slice(0, first!.kind === "text" ? first!.content.start : 0),
    );
    expect(
      xml.slice(xml.length - (document.documentXml.length - (second as { content: XmlSpan }).content.end)),
    ).toBe(document.documentXml.slice((second as { content: XmlSpan }).content.end));
  });

  it("let a writer remove a tab and fill a content control's text", () => {
    const document = readBody(RICH_BODY);
    const tab = document.snapshot.blocks[0]!.text.indexOf("\t");
    const withoutTab = replaceText(document, 0, tab, tab + 1, "");
    expect(readDocx(tinyDocx({ body: "", documentXml: withoutTab })).value.snapshot.blocks[0]?.text).toBe(
      "Relatiebeheer Het relatie&beheer <met> klanten",
    );
    const filled = replaceText(document, 4, 0, 34, "Accountmanager II");
    expect(readDocx(tinyDocx({ body: "", documentXml: filled })).value.snapshot.blocks[4]?.text).toBe(
      "Accountmanager II",
    );
  });
});
