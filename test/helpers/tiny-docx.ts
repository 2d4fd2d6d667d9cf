import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * The smallest valid .docx packages, built in memory for unit tests: give the inner XML of `w:body` (and
 * of `w:styles` / `w:numbering` when a test needs them) and get the bytes of a file Word would open.
 */

export const NAMESPACES = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  v: "urn:schemas-microsoft-com:vml",
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
} as const;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NAMESPACE_ATTRIBUTES = Object.entries(NAMESPACES)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(" ");

const TYPES = {
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  numbering: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
};
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface TinyDocxOptions {
  /** Inner XML of `w:body`. */
  body: string;
  /** Inner XML of `w:styles`; no styles part when absent. */
  styles?: string;
  /** Inner XML of `w:numbering`; no numbering part when absent. */
  numbering?: string;
  /** The whole document.xml instead of one built around `body`. */
  documentXml?: string;
  /** More parts (path → text or bytes), or replacements of the generated ones. */
  extraParts?: Record<string, string | Uint8Array>;
  /** Generated parts to leave out (e.g. "_rels/.rels"). */
  omit?: string[];
  /** Where the main document lives (default word/document.xml). */
  documentPath?: string;
}

/** document.xml with the usual namespace declarations around the given body content. */
export function wrapBody(body: string): string {
  return `${DECLARATION}<w:document ${NAMESPACE_ATTRIBUTES} mc:Ignorable="w14"><w:body>${body}</w:body></w:document>`;
}

export function tinyDocx(options: TinyDocxOptions): Uint8Array {
  const documentPath = options.documentPath ?? "word/document.xml";
  const folder = documentPath.slice(0, documentPath.lastIndexOf("/") + 1);
  const documentName = documentPath.slice(folder.length);
  const parts: Record<string, string | Uint8Array> = {};
  const overrides = [`<Override PartName="/${documentPath}" ContentType="${TYPES.document}"/>`];
  const documentRelationships: string[] = [];

  parts[documentPath] = options.documentXml ?? wrapBody(options.body);
  if (options.styles !== undefined) {
    parts[`${folder}styles.xml`] =
      `${DECLARATION}<w:styles xmlns:w="${NAMESPACES.w}">${options.styles}</w:styles>`;
    overrides.push(`<Override PartName="/${folder}styles.xml" ContentType="${TYPES.styles}"/>`);
    documentRelationships.push(`<Relationship Id="rId1" Type="${RELATIONSHIP}/styles" Target="styles.xml"/>`);
  }
  if (options.numbering !== undefined) {
    parts[`${folder}numbering.xml`] =
      `${DECLARATION}<w:numbering xmlns:w="${NAMESPACES.w}">${options.numbering}</w:numbering>`;
    overrides.push(`<Override PartName="/${folder}numbering.xml" ContentType="${TYPES.numbering}"/>`);
    documentRelationships.push(
      `<Relationship Id="rId2" Type="${RELATIONSHIP}/numbering" Target="numbering.xml"/>`,
    );
  }
  parts["[Content_Types].xml"] =
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join("")}</Types>`;
  parts["_rels/.rels"] =
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="${documentPath}"/></Relationships>`;
  parts[`${folder}_rels/${documentName}.rels`] =
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${documentRelationships.join("")}</Relationships>`;

  Object.assign(parts, options.extraParts ?? {});
  for (const path of options.omit ?? []) delete parts[path];
  const zippable: Zippable = {};
  for (const [path, content] of Object.entries(parts)) {
    zippable[path] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(zippable);
}

/** A paragraph with plain runs: `paragraph("Tekst")`, `paragraph("Kop", '<w:pStyle w:val="Kop1"/>')`. */
export function paragraph(text: string, properties = ""): string {
  const pPr = properties ? `<w:pPr>${properties}</w:pPr>` : "";
  return `<w:p>${pPr}${text ? run(text) : ""}</w:p>`;
}

/** A run; `properties` is the inner XML of its w:rPr. Text is XML-escaped. */
export function run(text: string, properties = ""): string {
  const rPr = properties ? `<w:rPr>${properties}</w:rPr>` : "";
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A table from rows of cells, each cell the inner XML of its w:tc (paragraphs, optionally a w:tcPr). */
export function table(rows: string[][]): string {
  const columns = Math.max(...rows.map((cells) => cells.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;
  const body = rows
    .map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join("")}</w:tr>`)
    .join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${grid}${body}</w:tbl>`;
}
