import { strToU8, zipSync, type Zippable } from "fflate";
import { buildCompoundFile, buildRawZip, craftDeflateBomb, type RawZipEntry } from "../helpers/hostile-files";
import { paragraph, run, table, tinyDocx, wrapBody } from "../helpers/tiny-docx";

/** Hostile and broken files for the hostile-input tests, built in memory. */

const RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  "</Relationships>";

export const NOT_A_ZIP = {
  pdf: strToU8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n"),
  text: strToU8("Functieprofiel accountmanager\nResultaatgebieden\nTaken\n"),
  /** Bytes that are no known format at all. */
  noise: Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251),
};

/** A zip holding a spreadsheet, as an .xlsx does: no word/document.xml anywhere. */
export function buildSpreadsheetZip(): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(RELATIONSHIPS.replace("word/document.xml", "xl/workbook.xml")),
    "xl/workbook.xml": strToU8(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    ),
  };
  return zipSync(files);
}

/** Any zip that is not an Office package (a zipped text file). */
export function buildPlainZip(): Uint8Array {
  return zipSync({ "notities.txt": strToU8("Functieprofiel, zie bijlage.") });
}

/** A zip archive with no entries at all: just the end-of-directory record. */
export function buildEmptyZip(): Uint8Array {
  return zipSync({});
}

export const buildEncryptedDocx = () =>
  buildCompoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
export const buildLegacyDoc = () => buildCompoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]);

/**
 * A .docx whose document.xml inflates to `gigabytes` GB of zeros from about 1/1000 of that, with headers
 * that claim `claimedSize` (a lie of a few bytes, or the honest 0xFFFFFFFF a 32-bit header can hold).
 */
export function buildZipBomb(gigabytes: number, claimedSize: number): Uint8Array {
  const copies = Math.ceil((gigabytes * 1024 ** 3) / 258);
  const entries: RawZipEntry[] = [
    { name: "_rels/.rels", data: strToU8(RELATIONSHIPS), method: 0 },
    { name: "word/document.xml", data: craftDeflateBomb(copies), method: 8, claimedSize },
  ];
  return buildRawZip(entries);
}

/**
 * A .docx whose `part` begins with a DOCTYPE declaring an external entity that points at `secretFile`,
 * used in the body so a resolving parser would copy the file's content into the document's text.
 */
export function buildExternalEntityDocx(
  part: "document" | "styles" | "content-types" | "relationships",
  secretFile: string,
): Uint8Array {
  const url = `file://${secretFile}`;
  const doctype = (root: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${root} [<!ENTITY geheim SYSTEM "${url}"><!ENTITY % p SYSTEM "${url}">]>\n`;
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const body = paragraph("Kenmerken van de functie") + `<w:p><w:r><w:t>&geheim;</w:t></w:r></w:p>`;
  switch (part) {
    case "document":
      return tinyDocx({ body, documentXml: wrapBody(body).replace(declaration, doctype("w:document")) });
    case "styles":
      return tinyDocx({
        body: paragraph("Kenmerken van de functie"),
        styles: '<w:style w:type="paragraph" w:styleId="Geheim"><w:name w:val="&geheim;"/></w:style>',
        extraParts: {
          "word/styles.xml":
            doctype("w:styles") +
            '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
            '<w:style w:type="paragraph" w:styleId="Geheim"><w:name w:val="&geheim;"/></w:style></w:styles>',
        },
      });
    case "content-types":
      return tinyDocx({
        body: paragraph("Kenmerken van de functie"),
        extraParts: {
          "[Content_Types].xml":
            doctype("Types") +
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="xml" ContentType="&geheim;"/></Types>',
        },
      });
    case "relationships":
      return tinyDocx({
        body: paragraph("Kenmerken van de functie"),
        extraParts: {
          "_rels/.rels":
            doctype("Relationships") +
            RELATIONSHIPS.replace(/^<\?xml[^>]*\?>/, "").replace('Id="rId1"', 'Id="&geheim;"'),
        },
      });
  }
}

/** Internal entities that expand exponentially ("billion laughs"), without any external reference. */
export function buildEntityExpansionDocx(): Uint8Array {
  const levels = Array.from({ length: 10 }, (_, level) =>
    level === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`,
  ).join("");
  const body = `<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>`;
  const documentXml = wrapBody(body).replace(
    /^<\?xml[^>]*\?>\n/,
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [${levels}]>\n`,
  );
  return tinyDocx({ body, documentXml });
}

/** A profile-like document with one paragraph of `characters` characters (a varied, checkable text). */
export function buildHugeParagraphDocx(characters: number): { bytes: Uint8Array; text: string } {
  const unit = "De key accountmanager bewaakt het jaarplan, xxx & ‘klant’ <ok> é 👩‍👩‍👧 ";
  const text = unit.repeat(Math.ceil(characters / unit.length)).slice(0, characters);
  // Never cut a surrogate pair in half (at the end, or between the two runs): the text must be valid XML.
  const safe = /[\ud800-\udbff]$/.test(text) ? `${text.slice(0, -1)}x` : text;
  let middle = Math.floor(characters / 2);
  if (/[\udc00-\udfff]/.test(safe[middle] ?? "")) middle++;
  const body =
    paragraph("Kenmerken van de functie", '<w:pStyle w:val="Heading2"/>') +
    `<w:p>${run(safe.slice(0, middle))}${run(safe.slice(middle))}</w:p>` +
    paragraph("Organisatie", '<w:pStyle w:val="Heading2"/>') +
    paragraph("Direct leidinggevende : Commercieel directeur");
  return { bytes: tinyDocx({ body, styles: HEADING_STYLES }), text: safe };
}

const HEADING_STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';

/**
 * A functieprofiel of about `paragraphs` paragraphs (some 5,000 pages at 100,000): the usual sections
 * around a result-area table with one row per area (title, task list, indicator list), built as one XML
 * string and compressed quickly, so a test can make it in well under a second.
 */
export function buildVeryLargeProfileDocx(paragraphs: number): { bytes: Uint8Array; areas: number } {
  const tasks = 12;
  const perArea = 1 + 2 * tasks;
  const areas = Math.max(1, Math.floor((paragraphs - 40) / perArea));
  const parts: string[] = [
    table([
      [
        paragraph("Bakkerij De Korenschoof / Verkoop"),
        paragraph("Key accountmanager"),
        paragraph("Functienummer: KAM-014"),
      ],
    ]),
    paragraph("Kenmerken van de functie", '<w:pStyle w:val="Heading2"/>'),
    paragraph(
      "De key accountmanager is verantwoordelijk voor het behoud en de groei van de omzet bij de grootste klanten.",
    ),
    paragraph("Organisatie", '<w:pStyle w:val="Heading2"/>'),
    paragraph("Direct leidinggevende : Commercieel directeur."),
    paragraph("Geeft leiding aan : 4 tot 7 winkel accountmanagers."),
    paragraph("Resultaatgebieden", '<w:pStyle w:val="Heading2"/>'),
  ];
  const rows: string[] = [
    `<w:tr><w:tc>${paragraph("Resultaatgebieden")}</w:tc><w:tc>${paragraph("Taken")}</w:tc><w:tc>${paragraph("Resultaatindicatoren")}</w:tc></w:tr>`,
  ];
  for (let area = 1; area <= areas; area++) {
    const items = (kind: string) =>
      Array.from({ length: tasks }, (_, index) =>
        paragraph(
          `-\t${kind} ${area}.${index + 1} voor het jaarplan & de accounts${index === tasks - 1 ? "." : ";"}`,
        ),
      ).join("");
    rows.push(
      `<w:tr><w:tc>${paragraph(`${area}.\tResultaatgebied ${area}`)}</w:tc><w:tc>${items("taak")}</w:tc><w:tc>${items("indicator")}</w:tc></w:tr>`,
    );
  }
  parts.push(`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join("")}</w:tbl>`);
  parts.push(
    paragraph("Bezwarende omstandigheden", '<w:pStyle w:val="Heading2"/>'),
    paragraph("-\tVeel autorijden."),
    paragraph("Datum: 2 maart 2026"),
    paragraph("Kennis en ervaring", '<w:pStyle w:val="Heading2"/>'),
    paragraph("-\thbo werk- en denkniveau."),
    paragraph("Competenties en gedragsvoorbeelden", '<w:pStyle w:val="Heading2"/>'),
    paragraph("Klantgerichtheid (5):"),
    paragraph("-\tvraagt door tot de vraag van de klant helder is."),
    paragraph(""),
  );
  const documentXml = wrapBody(parts.join(""));
  const bytes = tinyDocx({ body: "", documentXml, styles: HEADING_STYLES });
  return { bytes, areas };
}
