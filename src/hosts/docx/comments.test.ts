import type { Location } from "../../core/common";
import type { Finding } from "../../core/findings/schema";
import { paragraph, tinyDocx } from "../../../test/helpers/tiny-docx";
import { addDocxComments } from "./comments";
import { readDocxComments } from "./read-comments";
import { readDocx } from "./read-docx";
import { PackageEditor } from "./write-package";

/** Findings as .docx comments, kept in step: a second run updates ours instead of adding them again. */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const now = new Date("2026-12-04T10:00:00.000Z");

/** Three paragraphs, the first with a comment by a colleague. */
function file(): Uint8Array {
  return tinyDocx({
    body:
      '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Kenmerken van de functie</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>' +
      paragraph("Direct leidinggevende: xxx") +
      paragraph("Geeft leiding aan: xxx"),
    extraParts: {
      "word/comments.xml": `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}"><w:comment w:id="7" w:author="Jan de Vries"><w:p><w:r><w:t>Klopt deze kop?</w:t></w:r></w:p></w:comment></w:comments>`,
      "word/_rels/document.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    },
  });
}

function finding(block: number, nl: string): Finding {
  const location: Location = { start: block, end: block };
  return {
    id: `placeholder:organisatie:${block}:0`,
    rule: "placeholder",
    severity: "error",
    message: { nl, en: `${nl} (en)` },
    section: "organisatie",
    location,
    text: "xxx",
    fix: null,
  };
}

function run(bytes: Uint8Array, findings: Finding[]) {
  const result = addDocxComments(readDocx(bytes).value, findings, "nl", { now });
  return { ...result.value, bytes: result.value.bytes ?? bytes };
}

function commentsOf(bytes: Uint8Array) {
  const document = readDocx(bytes).value;
  return readDocxComments(document, new PackageEditor(document.parts)).map(({ author, text, location }) => ({
    author,
    text,
    location,
  }));
}

const FINDINGS = [
  finding(1, "Vul de leidinggevende in."),
  finding(2, "Vul in aan wie leiding wordt gegeven."),
];

describe("findings as .docx comments, a second time", () => {
  it("reads every comment with its author, text and paragraphs (what the preview shows)", () => {
    const { bytes } = run(file(), FINDINGS);
    expect(commentsOf(bytes)).toEqual([
      { author: "Jan de Vries", text: "Klopt deze kop?", location: { start: 0, end: 0 } },
      {
        author: "Profielwijzer",
        text: expect.stringMatching(
          /^Vul de leidinggevende in\.\nControle: placeholder \(Profielwijzer #\w+\)$/,
        ),
        location: { start: 1, end: 1 },
      },
      {
        author: "Profielwijzer",
        text: expect.stringMatching(/^Vul in aan wie leiding wordt gegeven\.\nControle: placeholder/),
        location: { start: 2, end: 2 },
      },
    ]);
  });

  it("with the same findings changes nothing: 2 comments of ours stay 2, not 4", () => {
    const first = run(file(), FINDINGS);
    const second = run(first.bytes, FINDINGS);
    expect(second).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(commentsOf(second.bytes)).toHaveLength(3);
  });

  it("updates a changed one, removes a solved one with its marks, adds a new one, keeps the colleague's", () => {
    const first = run(file(), FINDINGS);
    const second = run(first.bytes, [finding(2, "Nog niet ingevuld."), finding(0, "Kop ontbreekt.")]);
    expect(second).toMatchObject({ added: 1, updated: 1, removed: 1 });
    const comments = commentsOf(second.bytes);
    expect(
      comments.map((comment) => [comment.author, comment.text.split("\n")[0], comment.location]),
    ).toEqual([
      ["Jan de Vries", "Klopt deze kop?", { start: 0, end: 0 }],
      ["Profielwijzer", "Nog niet ingevuld.", { start: 2, end: 2 }],
      ["Profielwijzer", "Kop ontbreekt.", { start: 0, end: 0 }],
    ]);
    const xml = readDocx(second.bytes).value.documentXml;
    // The solved finding's comment had id 8: no mark of it is left in the body.
    expect(xml).not.toMatch(/w:id="8"/);
    expect(xml.match(/<w:commentReference /g)).toHaveLength(3);
    expect(readDocx(second.bytes).value.snapshot.blocks.map((block) => block.text)).toEqual([
      "Kenmerken van de functie",
      "Direct leidinggevende: xxx",
      "Geeft leiding aan: xxx",
    ]);
  });

  it("with no findings left removes all of ours and only ours", () => {
    const first = run(file(), FINDINGS);
    const second = run(first.bytes, []);
    expect(second).toMatchObject({ added: 0, updated: 0, removed: 2 });
    expect(commentsOf(second.bytes).map((comment) => comment.author)).toEqual(["Jan de Vries"]);
  });
});
