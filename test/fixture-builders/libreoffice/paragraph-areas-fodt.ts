import { formatCompetencyLine, stripListMarker, type FunctieprofielContent } from "../functieprofiel-content";

/**
 * The flat ODT source LibreOffice turns into `libreoffice-paragraph-areas.docx`: the paragraph-areas variant
 * with real headings (`text:h`, Heading 1/2), real lists (`text:list`, a dash and a bullet list style) and
 * tables, so LibreOffice, not the docx package, writes the WordprocessingML (its own style ids, numbering
 * and table markup). Rendered from the data module, never copied; `scripts/build-fixtures.ts` writes it
 * next to the script that converts it. Flat ODT rather than HTML: LibreOffice's HTML import turns the
 * whitespace between list items into trailing spaces, and a formatter would reflow an HTML source.
 */
export function renderParagraphAreasFodt(content: FunctieprofielContent): string {
  const body: string[] = [];
  const paragraph = (text: string, style = "Standard") =>
    body.push(`<text:p text:style-name="${style}">${encodeText(text)}</text:p>`);
  const heading = (text: string, level: 1 | 2, style = `Heading_20_${level}`) =>
    body.push(
      `<text:h text:style-name="${style}" text:outline-level="${level}">${encodeText(text)}</text:h>`,
    );
  const list = (items: string[], style: "Dash" | "Bullet" = "Dash") => {
    body.push(`<text:list text:style-name="${style}">`);
    for (const item of items) {
      body.push(
        `<text:list-item><text:p text:style-name="List_20_Item">${encodeText(stripListMarker(item))}</text:p></text:list-item>`,
      );
    }
    body.push("</text:list>");
  };
  const cell = (text: string, style = "Cell", paragraphStyle = "Table_20_Contents", span = 1) =>
    `<table:table-cell table:style-name="${style}" office:value-type="string"` +
    (span > 1 ? ` table:number-columns-spanned="${span}"` : "") +
    `><text:p text:style-name="${paragraphStyle}">${encodeText(text)}</text:p></table:table-cell>`;

  const { header } = content;
  body.push(
    '<table:table table:name="Kop" table:style-name="FullWidth">',
    '<table:table-column table:style-name="Kop.A"/><table:table-column table:style-name="Kop.B"/><table:table-column table:style-name="Kop.C"/>',
    `<table:table-row>${cell(header.organisation)}${cell(header.title, "Cell", "JobTitle")}${cell(header.number)}</table:table-row>`,
    `<table:table-row>${cell(header.banner, "ShadedCell", "Banner", 3)}<table:covered-table-cell/><table:covered-table-cell/></table:table-row>`,
    "</table:table>",
  );

  heading(content.characteristics.heading, 2);
  for (const text of content.characteristics.text) paragraph(text, "Text_20_body");

  heading(content.organisation.heading, 2);
  for (const field of content.organisation.fields) paragraph(`${field.label}\t:\t${field.value}`, "Field");

  heading(content.resultAreas.heading, 2);
  for (const area of content.resultAreas.areas) {
    paragraph(`${area.number}. ${area.title}`, "AreaTitle");
    paragraph("Taken:", "ListLabel");
    list(area.tasks);
    paragraph("Resultaatindicatoren:", "ListLabel");
    list(area.indicators);
  }

  heading(content.conditions.heading, 2);
  list(content.conditions.items);

  paragraph("");
  paragraph(content.date);
  paragraph("");
  paragraph(content.nb, "KeepWithNext");
  paragraph("", "KeepWithNext");
  const parties = content.signature;
  const row = (texts: string[], paragraphStyle = "Table_20_Contents", rowStyle = "KeepRow") =>
    `<table:table-row table:style-name="${rowStyle}">${texts.map((text) => cell(text, "Cell", paragraphStyle)).join("")}</table:table-row>`;
  body.push(
    '<table:table table:name="Ondertekening" table:style-name="FullWidthKeep">',
    '<table:table-column table:style-name="Half" table:number-columns-repeated="2"/>',
    row(
      parties.map((party) => party.label),
      "CellBold",
    ),
    row(parties.map((party) => party.date)),
    row(
      parties.map(() => ""),
      "Table_20_Contents",
      "SigningRow",
    ),
    row(parties.map((party) => party.name)),
    "</table:table>",
  );

  heading(content.competencyProfile, 1, "PageBreakHeading");
  paragraph(content.knowledge.heading, "BoldLine");
  list(content.knowledge.items, "Bullet");

  heading(content.competencies.heading, 2);
  for (const competency of content.competencies.items) {
    paragraph(formatCompetencyLine(competency, { colon: true }), "BoldLine");
    list(competency.behaviours, "Bullet");
  }

  return `${PREAMBLE}<office:body><office:text>\n${body.join("\n")}\n</office:text></office:body></office:document>\n`;
}

/** XML-escapes text and writes tabs as `text:tab` (ODF collapses a literal tab into a space). */
function encodeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "<text:tab/>");
}

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(" ");

const BORDER = 'fo:border="0.5pt solid #000000"';

/** Arial 10 pt, A4 with 2.5 cm margins, headings in bold Arial, a dash and a bullet list style. */
const PREAMBLE = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Functieprofiel Key accountmanager</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.18cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Arial" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Standard" style:class="list"/>
<text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="-"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="Bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="JobTitle" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Banner" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CellBold" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Field" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.07cm"><style:tab-stops><style:tab-stop style:position="4cm"/><style:tab-stop style:position="4.5cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="AreaTitle" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ListLabel" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="BoldLine" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="KeepWithNext" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:keep-with-next="always"/></style:style>
<style:style style:name="PageBreakHeading" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="FullWidth" style:family="table"><style:table-properties style:width="16.002cm" table:align="margins"/></style:style>
<style:style style:name="FullWidthKeep" style:family="table"><style:table-properties style:width="16.002cm" table:align="margins" style:may-break-between-rows="false"/></style:style>
<style:style style:name="Kop.A" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="Kop.B" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
<style:style style:name="Kop.C" style:family="table-column"><style:table-column-properties style:column-width="4.502cm"/></style:style>
<style:style style:name="Half" style:family="table-column"><style:table-column-properties style:column-width="8.001cm"/></style:style>
<style:style style:name="KeepRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="SigningRow" style:family="table-row"><style:table-row-properties style:min-row-height="2cm" fo:keep-together="always"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.1cm" ${BORDER}/></style:style>
<style:style style:name="ShadedCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9" fo:padding="0.1cm" ${BORDER}/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
`;
