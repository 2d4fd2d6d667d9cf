import fc from "fast-check";
import { isProfielwijzerError } from "../../core/common";
import { NAMESPACES, paragraph, run, table, tinyDocx, wrapBody } from "../../../test/helpers/tiny-docx";
import { Numbering } from "./numbering";
import { readBody } from "./read-body";
import { readDocx } from "./read-docx";
import { StyleSheet } from "./styles";
import { parseXmlTree } from "./xml";

/**
 * Damaged input must end in a result or in a ProfielwijzerError with a known code, never in a crash of the
 * reader itself (which readDocx would have to report as "read-failed").
 */

const KNOWN_CODES = [
  "xml-invalid",
  "xml-doctype",
  "no-document",
  "zip-invalid",
  "too-large",
  "not-docx",
  "empty-file",
];

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="9"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-5"/></w:lvlOverride></w:num>';
const BODY =
  paragraph("Kop", '<w:pStyle w:val="Kop1"/>') +
  `<w:p>${run("vet", '<w:rStyle w:val="Zwaar"/>')}<w:r><w:tab/><w:br/><w:sym w:char="F0B7"/></w:r></w:p>` +
  `<w:sdt><w:sdtPr><w:tag w:val="t"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${paragraph("plaats")}</w:sdtContent></w:sdt>` +
  table([
    ['<w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>' + paragraph("cel")],
    [paragraph("a"), paragraph("b")],
  ]) +
  '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  `${run("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:ins w:id="1">${run("in")}</w:ins><w:del w:id="2"><w:r><w:delText>uit</w:delText></w:r></w:del></w:p>` +
  '<w:p><w:r><w:drawing><w:txbxContent><w:p/></w:txbxContent></w:drawing></w:r></w:p><w:altChunk r:id="x"/>';

/** Cuts a piece out of the text, or pastes a piece of it elsewhere. */
const mangle = (text: string) =>
  fc
    .tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(text.length), fc.boolean())
    .map(([a, b, at, paste]) => {
      const [from, to] = a < b ? [a, b] : [b, a];
      return paste
        ? text.slice(0, at) + text.slice(from, to) + text.slice(at)
        : text.slice(0, from) + text.slice(to);
    });

function readParts(documentXml: string, stylesXml: string, numberingXml: string): void {
  const styles = new StyleSheet(parseXmlTree(stylesXml, "word/styles.xml"));
  const numbering = new Numbering(parseXmlTree(numberingXml, "word/numbering.xml"), styles);
  readBody(documentXml, "word/document.xml", styles, numbering, []);
}

function expectKnownOutcome(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!isProfielwijzerError(error)) throw error;
    expect(KNOWN_CODES).toContain(error.code);
  }
}

describe("damaged input", () => {
  const documentXml = wrapBody(BODY);
  const stylesXml = `<w:styles xmlns:w="${NAMESPACES.w}">${STYLES}</w:styles>`;
  const numberingXml = `<w:numbering xmlns:w="${NAMESPACES.w}">${NUMBERING}</w:numbering>`;

  it("reads the undamaged document without messages beyond the expected ones", () => {
    const messages: string[] = [];
    const styles = new StyleSheet(parseXmlTree(stylesXml, "s"));
    const result = readBody(
      documentXml,
      "d",
      styles,
      new Numbering(parseXmlTree(numberingXml, "n"), styles),
      [],
    );
    for (const m of result.messages) messages.push(m.code);
    expect(messages.sort()).toEqual(["alt-chunk-skipped", "text-box-skipped", "tracked-changes"]);
  });

  it("ends in a result or a known error when document.xml is cut or pasted into", () => {
    fc.assert(
      fc.property(mangle(documentXml), (xml) =>
        expectKnownOutcome(() => readParts(xml, stylesXml, numberingXml)),
      ),
      { numRuns: 800 },
    );
  });

  it("ends in a result or a known error when styles.xml or numbering.xml is cut or pasted into", () => {
    fc.assert(
      fc.property(mangle(stylesXml), mangle(numberingXml), (styles, numbering) =>
        expectKnownOutcome(() => readParts(documentXml, styles, numbering)),
      ),
      { numRuns: 800 },
    );
  });

  it("ends in a result or a known error when bytes of the file are changed", () => {
    const bytes = tinyDocx({ body: BODY, styles: STYLES, numbering: NUMBERING });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.nat(255)), { minLength: 1, maxLength: 4 }),
        (changes) => {
          const damaged = bytes.slice();
          for (const [at, value] of changes) damaged[at] = value;
          expectKnownOutcome(() => readDocx(damaged));
        },
      ),
      { numRuns: 200 },
    );
  });
});
