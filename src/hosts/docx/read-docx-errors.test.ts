import { strToU8, zipSync } from "fflate";
import { isProfielwijzerError, type ProfielwijzerError } from "../../core/common";
import {
  buildCompoundFile,
  buildRawZip,
  craftDeflateBomb,
  deflatedEntry,
} from "../../../test/helpers/hostile-files";
import { paragraph, tinyDocx, wrapBody } from "../../../test/helpers/tiny-docx";
import { readDocx, readDocxSnapshot } from "./read-docx";

function errorOf(action: () => unknown): ProfielwijzerError {
  try {
    action();
  } catch (error) {
    if (isProfielwijzerError(error)) return error;
    throw error;
  }
  throw new Error("expected a ProfielwijzerError");
}

function readError(bytes: Uint8Array, limits?: Parameters<typeof readDocx>[1]): ProfielwijzerError {
  return errorOf(() => readDocx(bytes, limits));
}

const RELS = (target: string) =>
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
  "</Relationships>";

describe("readDocx refuses what it cannot use, with a stable code and a Dutch and English text", () => {
  it("empty-file: a file of 0 bytes", () => {
    const error = readError(new Uint8Array(0));
    expect(error.code).toBe("empty-file");
    expect(error.text.nl).toContain("leeg");
    expect(error.text.en).toContain("empty");
  });

  it("encrypted: an OLE compound file holding an EncryptedPackage stream", () => {
    const error = readError(buildCompoundFile(["EncryptionInfo", "EncryptedPackage"]));
    expect(error.code).toBe("encrypted");
    expect(error.text.nl).toMatch(/^Het bestand is met een wachtwoord beveiligd/);
    expect(error.text.en).toContain("password-protected");
  });

  it("encrypted: also when the compound file's directory cannot be followed", () => {
    const rough = new Uint8Array(1024);
    rough.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    const name = "EncryptedPackage";
    for (let i = 0; i < name.length; i++) rough[600 + i * 2] = name.charCodeAt(i);
    expect(readError(rough).code).toBe("encrypted");
  });

  it("legacy-doc: an OLE compound file with a WordDocument stream, with advice to save as .docx", () => {
    const error = readError(buildCompoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]));
    expect(error.code).toBe("legacy-doc");
    expect(error.text.nl).toContain(".docx");
    expect(error.text.en).toContain(".docx");
  });

  it("legacy-doc is not mistaken for encryption when the old document's text mentions EncryptedPackage", () => {
    const file = buildCompoundFile(["WordDocument"]);
    const withText = new Uint8Array(file.length + 64);
    withText.set(file);
    const name = "EncryptedPackage";
    for (let i = 0; i < name.length; i++) withText[file.length + i * 2] = name.charCodeAt(i);
    expect(readError(withText).code).toBe("legacy-doc");
  });

  it("not-docx: an old Excel file says what it is", () => {
    const error = readError(buildCompoundFile(["Workbook"]));
    expect(error.code).toBe("not-docx");
    expect(error.text.nl).toContain("Excel");
  });

  it.each([
    ["a PDF", "%PDF-1.7\n%âãÏÓ\n1 0 obj", "PDF"],
    ["an RTF file", "{\\rtf1\\ansi\\deff0 {\\fonttbl}", "RTF"],
    ["a web page", "<!DOCTYPE html><html><body>x</body></html>", "HTML"],
    ["a plain text file", "Functieprofiel accountmanager\nResultaatgebieden\n", "tekstbestand"],
  ])("not-docx: %s says what it looks like", (_, content, hint) => {
    const error = readError(strToU8(content));
    expect(error.code).toBe("not-docx");
    expect(error.text.nl).toContain(hint);
  });

  it("not-docx: unrecognisable bytes still get a clear message", () => {
    const error = readError(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x07]));
    expect(error.code).toBe("not-docx");
    expect(error.text.nl).toContain("Word-document");
  });

  it("no-document: a workbook package says it is an Excel workbook", () => {
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(RELS("xl/workbook.xml")),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    const error = readError(xlsx);
    expect(error.code).toBe("no-document");
    expect(error.text.nl).toContain("Excel");
  });

  it("no-document: an OpenDocument text file says to save it as .docx", () => {
    const odt = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": strToU8("<office:document-content/>"),
    });
    const error = readError(odt);
    expect(error.code).toBe("no-document");
    expect(error.text.nl).toContain("OpenDocument");
  });

  it("no-document: a random zip", () => {
    expect(readError(zipSync({ "foto.jpg": new Uint8Array([1, 2, 3]) })).code).toBe("no-document");
  });

  it("no-document: a main part whose root is not w:document", () => {
    const bytes = tinyDocx({ body: "", documentXml: '<?xml version="1.0"?><html><body/></html>' });
    expect(readError(bytes).code).toBe("no-document");
  });

  it("too-large: a file beyond the file-size limit", () => {
    const bytes = tinyDocx({ body: paragraph("Tekst") });
    const error = readError(bytes, { limits: { maxFileBytes: 100 } });
    expect(error.code).toBe("too-large");
    expect(error.text.nl).toMatch(/te groot/);
  });

  it("too-large: a zip bomb whose headers lie is stopped while inflating", () => {
    const bomb = buildRawZip([
      deflatedEntry(
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      deflatedEntry("_rels/.rels", RELS("word/document.xml")),
      { name: "word/document.xml", data: craftDeflateBomb(4_000_000), method: 8, claimedSize: 2048 },
    ]);
    const error = readError(bomb, { limits: { maxPartBytes: 200 * 1024 } });
    expect(error.code).toBe("too-large");
    expect(error.text.en).toContain("word/document.xml");
  });

  it("too-large: the parts together beyond the total limit", () => {
    const filler = "<w:p/>".repeat(5000);
    const bytes = tinyDocx({ body: filler, styles: `<!-- ${"x".repeat(40000)} -->` });
    expect(readError(bytes, { limits: { maxUncompressedBytes: 50_000 } }).code).toBe("too-large");
  });

  it("zip-invalid: a zip cut off halfway", () => {
    const bytes = tinyDocx({ body: paragraph("Tekst") });
    expect(readError(bytes.subarray(0, Math.floor(bytes.length / 2))).code).toBe("zip-invalid");
  });

  it("xml-invalid: malformed XML names the part and the place", () => {
    const bytes = tinyDocx({ body: "<w:p><w:r><w:t>Tekst</w:r></w:p>" });
    const error = readError(bytes);
    expect(error.code).toBe("xml-invalid");
    expect(error.text.nl).toContain("word/document.xml");
    expect(error.text.nl).toMatch(/regel \d+, kolom \d+/);
  });

  it("xml-invalid: a malformed styles part is named", () => {
    const bytes = tinyDocx({ body: paragraph("Tekst"), styles: "<w:style>" });
    const error = readError(bytes);
    expect(error.code).toBe("xml-invalid");
    expect(error.text.en).toContain("word/styles.xml");
  });

  it("xml-invalid: bytes that are not UTF-8", () => {
    const bytes = tinyDocx({
      body: "",
      extraParts: {
        "word/document.xml": new Uint8Array([...strToU8(wrapBody("").slice(0, 60)), 0xff, 0xfe, 0x41]),
      },
    });
    expect(readError(bytes).code).toBe("xml-invalid");
  });

  it("xml-doctype: a DOCTYPE is refused before any entity could be resolved", () => {
    const documentXml =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      wrapBody("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").replace(/^<\?xml[^>]*>\n/, "");
    const error = readError(tinyDocx({ body: "", documentXml }));
    expect(error.code).toBe("xml-doctype");
    expect(error.text.nl).toContain("DOCTYPE");
  });

  it("xml-doctype: also in the relationships part", () => {
    const bytes = tinyDocx({
      body: paragraph("x"),
      extraParts: { "_rels/.rels": '<!DOCTYPE r [<!ENTITY a "b">]>' + RELS("word/document.xml") },
    });
    expect(readError(bytes).code).toBe("xml-doctype");
  });

  it("readDocxSnapshot refuses the same way", () => {
    expect(errorOf(() => readDocxSnapshot(new Uint8Array(0))).code).toBe("empty-file");
  });
});
