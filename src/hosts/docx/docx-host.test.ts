import { isProfielwijzerError, type Location, type Message } from "../../core/common";
import type { Finding } from "../../core/findings/schema";
import type { EditPlan } from "../../core/plans/schema";
import { paragraph, table, tinyDocx, wrapBody } from "../../../test/helpers/tiny-docx";
import { readProfile } from "../../core/profile/read-profile";
import { composeSkeleton } from "../../core/plans/compose-skeleton";
import { BUILT_IN_TEMPLATES } from "../../data";
import { createDocxHost } from "./docx-host";
import { PackageEditor } from "./write-package";
import { readDocx } from "./read-docx";
import { ignoreOf } from "../../../test/helpers/ignores";

const NORMAL =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';
const BODY =
  paragraph("Kenmerken van de functie") + paragraph("xxx") + table([[paragraph("cel")]]) + "<w:p/>";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const PACKAGE_RELS = (extra = "") =>
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  `${extra}</Relationships>`;
const CUSTOM_REL =
  '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>';

function custom(properties: string): string {
  return (
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`
  );
}

function property(pid: number, name: string, value: string): string {
  return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}">${value}</property>`;
}

function file(extraParts: Record<string, string> = {}): Uint8Array {
  return tinyDocx({ styles: NORMAL, body: BODY, extraParts });
}

function finding(location: Location, rule = "placeholder"): Finding {
  return {
    id: `${rule}:${location.start}`,
    rule,
    severity: "error",
    message: { nl: "Vul dit in.", en: "Fill this in." },
    section: null,
    location,
    text: "",
    fix: null,
  };
}

function partText(bytes: Uint8Array, name: string): string | null {
  const editor = new PackageEditor(readDocx(bytes).value.parts);
  return editor.readText(name)?.text ?? null;
}

async function rejection(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return isProfielwijzerError(error) ? error.code : String(error);
  }
}

const insertPlan = (text: string, block = 0, anchorText = "Kenmerken van de functie"): EditPlan => ({
  id: "p",
  title: { nl: "p", en: "p" },
  operations: [
    {
      kind: "insert-paragraphs",
      anchor: { block, text: anchorText },
      position: "after",
      paragraphs: [{ runs: [{ text, bold: false }], formatFrom: null, style: "Normal", list: null }],
      contentControl: null,
    },
  ],
  fixes: [],
  warnings: [],
});

describe("createDocxHost", () => {
  it("reads the file into a snapshot that carries the file name", async () => {
    const host = createDocxHost(file(), { name: "profiel.docx" });
    const { value } = await host.read();
    expect(value.source).toEqual({ kind: "docx", name: "profiel.docx" });
    expect(value.blocks.map((block) => block.text)).toEqual(["Kenmerken van de functie", "xxx", "cel", ""]);
  });

  it.each([
    ["only section properties", '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'],
    ["nothing at all", ""],
  ])(
    "reads a body without any paragraph (%s) as one empty paragraph, as Word does, and inserts the skeleton there",
    async (_case, body) => {
      const bytes = tinyDocx({ styles: NORMAL, body });
      const host = createDocxHost(bytes, { name: "leeg.docx" });
      const snapshot = (await host.read()).value;
      expect(snapshot.blocks.map((block) => block.text)).toEqual([""]);
      // Reading alone changes nothing in the file.
      expect(host.bytes()).toEqual(bytes);

      const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.id === "functieprofiel")!;
      const plan = composeSkeleton(readProfile(snapshot, BUILT_IN_TEMPLATES).value, snapshot, template);
      expect(plan).not.toBeNull();
      await host.apply(plan!);
      const after = readDocx(host.bytes()).value;
      expect(after.snapshot.blocks.some((block) => block.text === "Kenmerken van de functie")).toBe(true);
      // The section properties stay the body's last element.
      if (body !== "") expect(after.documentXml).toMatch(/<w:sectPr>.*<\/w:sectPr><\/w:body>/);
    },
  );

  it("gives a self-closing empty body its one paragraph too", async () => {
    const documentXml = wrapBody("").replace("<w:body></w:body>", "<w:body/>");
    const host = createDocxHost(tinyDocx({ body: "", documentXml }), { name: "leeg.docx" });
    expect((await host.read()).value.blocks.map((block) => block.text)).toEqual([""]);
  });

  it("refuses a file that is no .docx when it is created, with the reader's message", () => {
    let code: string | null = null;
    try {
      createDocxHost(new TextEncoder().encode("Dit is gewoon tekst."), { name: "notities.docx" });
    } catch (error) {
      code = isProfielwijzerError(error) ? error.code : null;
    }
    expect(code).toBe("not-docx");
  });

  it("applies a plan to its bytes and refuses the next plan until the document is read again", async () => {
    const host = createDocxHost(file(), { name: "profiel.docx" });
    await host.read();
    const { value } = await host.apply(insertPlan("Nieuw"));
    expect(value.inserted).toEqual([{ start: 1, end: 1 }]);
    expect(readDocx(host.bytes()).value.snapshot.blocks[1]!.text).toBe("Nieuw");
    expect(await rejection(host.apply(insertPlan("Nog een")))).toBe("document-changed");
    await host.read();
    await host.apply(insertPlan("Nog een"));
    expect((await host.read()).value.blocks.map((block) => block.text).slice(0, 3)).toEqual([
      "Kenmerken van de functie",
      "Nog een",
      "Nieuw",
    ]);
  });

  it("writes nothing when a plan's anchor no longer holds its text", async () => {
    const original = file();
    const host = createDocxHost(original, { name: "profiel.docx" });
    await host.read();
    expect(await rejection(host.apply(insertPlan("x", 1, "iets anders")))).toBe("document-changed");
    expect(Buffer.from(host.bytes()).equals(Buffer.from(original))).toBe(true);
  });

  it("hands locations to reveal's callback and says what it can do", async () => {
    const revealed: Location[] = [];
    const host = createDocxHost(file(), { name: "x.docx", onReveal: (location) => revealed.push(location) });
    await host.reveal({ start: 1, end: 2 });
    expect(revealed).toEqual([{ start: 1, end: 2 }]);
    expect(host.capabilities()).toEqual({
      comments: true,
      settings: true,
      selectionEvents: false,
      contentControls: true,
    });
    expect(host.onSelectionChanged).toBeUndefined();
  });

  it("gives out a copy of its bytes, so changing it does not change the document", async () => {
    const host = createDocxHost(file(), { name: "x.docx" });
    host.bytes().fill(0);
    expect((await host.read()).value.blocks).toHaveLength(4);
  });
});

describe("comments", () => {
  const now = () => new Date("2026-03-12T10:00:00.000Z");

  it("adds Word comments by Profielwijzer around the findings' paragraphs, in the chosen language", async () => {
    const host = createDocxHost(file(), { name: "x.docx", now });
    await host.read();
    const result = await host.addComments(
      [finding({ start: 1, end: 1 }), finding({ start: 0, end: 2 }, "section-empty")],
      "nl",
    );
    expect(result).toEqual({ value: { added: 2, updated: 0, removed: 0 }, messages: [] });
    const bytes = host.bytes();
    const comments = partText(bytes, "word/comments.xml")!;
    expect(comments).toContain(
      '<w:comment w:id="0" w:author="Profielwijzer" w:date="2026-03-12T10:00:00Z" w:initials="PW">',
    );
    // The message as a person would write it, then a line naming the check and carrying our mark.
    expect(comments).toContain(
      '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">Vul dit in.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Controle: placeholder (Profielwijzer #',
    );
    expect(comments).toContain("Controle: section-empty (Profielwijzer #");
    expect(partText(bytes, "word/_rels/document.xml.rels")).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"',
    );
    expect(partText(bytes, "[Content_Types].xml")).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    const document = readDocx(bytes).value;
    const xml = document.documentXml;
    expect(xml).toContain(
      '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">xxx</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
    );
    expect(xml).toContain('<w:p><w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve">Kenmerken');
    expect(xml).toContain(
      'cel</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>',
    );
    // Comments add no paragraphs: plans made from the last read still fit.
    expect(document.snapshot.blocks.map((block) => block.text)).toEqual([
      "Kenmerken van de functie",
      "xxx",
      "cel",
      "",
    ]);
    await host.apply(insertPlan("Nieuw"));
  });

  it("extends an existing comments part with fresh ids and gives an empty paragraph start and end tags", async () => {
    const host = createDocxHost(file(), { name: "x.docx", now });
    await host.addComments([finding({ start: 1, end: 1 })], "en");
    await host.addComments([finding({ start: 1, end: 1 }), finding({ start: 3, end: 3 })], "en");
    const bytes = host.bytes();
    const comments = partText(bytes, "word/comments.xml")!;
    expect(comments.match(/<w:comment /g)).toHaveLength(2);
    expect(comments).toContain('w:id="1"');
    expect(comments).toContain("Check: placeholder (Profielwijzer #");
    expect(partText(bytes, "word/_rels/document.xml.rels")!.match(/comments\.xml/g)).toHaveLength(1);
    expect(readDocx(bytes).value.documentXml).toContain(
      '<w:p><w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>',
    );
  });

  it("skips findings whose place is gone and says so", async () => {
    const host = createDocxHost(file(), { name: "x.docx" });
    const result = await host.addComments([finding({ start: 9, end: 9 })], "nl");
    expect(result.value.added).toBe(0);
    expect(result.messages.map((item) => item.code)).toEqual(["comments-skipped"]);
    expect(partText(host.bytes(), "word/comments.xml")).toBeNull();
  });
});

describe("ignored findings", () => {
  it("keeps the ignores, with their reasons, in a custom document property and reads them back", async () => {
    const host = createDocxHost(file(), { name: "x.docx" });
    expect(await host.loadIgnored()).toEqual([]);
    const reasoned = {
      id: "competency-count:-:x:0",
      reason: "bewust-afwijkend" as const,
      note: "Zes competenties: afgesproken met de OR & HR.",
      at: "2026-12-03T10:00:00.000Z",
    };
    await host.saveIgnored([ignoreOf("placeholder:kop:abc:0"), reasoned, ignoreOf("placeholder:kop:abc:0")]);
    expect(await host.loadIgnored()).toEqual([ignoreOf("placeholder:kop:abc:0"), reasoned]);
    const bytes = host.bytes();
    expect(partText(bytes, "docProps/custom.xml")).toContain(
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="profielwijzer.ignored"><vt:lpwstr>[{"id":"placeholder:kop:abc:0","reason":null,"note":"","at":null},{"id":"competency-count:-:x:0","reason":"bewust-afwijkend","note":"Zes competenties: afgesproken met de OR &amp; HR.","at":"2026-12-03T10:00:00.000Z"}]</vt:lpwstr></property>',
    );
    expect(partText(bytes, "_rels/.rels")).toContain(
      'relationships/custom-properties" Target="docProps/custom.xml"',
    );
    expect(partText(bytes, "[Content_Types].xml")).toContain(
      'PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"',
    );
    // Saving again replaces the value instead of adding a second property.
    const again = createDocxHost(bytes, { name: "x.docx" });
    await again.saveIgnored([]);
    expect(await again.loadIgnored()).toEqual([]);
    expect(partText(again.bytes(), "docProps/custom.xml")!.match(/profielwijzer\.ignored/g)).toHaveLength(1);
  });

  it("keeps the document's other custom properties", async () => {
    const parts = {
      "_rels/.rels": PACKAGE_RELS(CUSTOM_REL),
      "docProps/custom.xml": custom(property(2, "Afdeling", "<vt:lpwstr>HR &amp; P</vt:lpwstr>")),
    };
    const host = createDocxHost(file(parts), { name: "x.docx" });
    await host.saveIgnored([ignoreOf("a")]);
    const text = partText(host.bytes(), "docProps/custom.xml")!;
    expect(text).toContain(property(2, "Afdeling", "<vt:lpwstr>HR &amp; P</vt:lpwstr>"));
    expect(text).toContain('pid="3" name="profielwijzer.ignored"><vt:lpwstr>[{"id":"a"');
    expect(await host.loadIgnored()).toEqual([ignoreOf("a")]);
  });

  it.each([
    ["text that is not JSON", "<vt:lpwstr>[kapot</vt:lpwstr>"],
    ["JSON that is not a list", '<vt:lpwstr>{"a":1}</vt:lpwstr>'],
    ["a number", "<vt:i4>5</vt:i4>"],
  ])("reads %s as nothing ignored and reports it", async (_, value) => {
    const messages: Message[] = [];
    const parts = {
      "_rels/.rels": PACKAGE_RELS(CUSTOM_REL),
      "docProps/custom.xml": custom(property(2, "profielwijzer.ignored", value)),
    };
    const host = createDocxHost(file(parts), { name: "x.docx", onMessage: (item) => messages.push(item) });
    expect(await host.loadIgnored()).toEqual([]);
    expect(messages.map((item) => item.code)).toEqual(["ignored-setting-damaged"]);
  });

  it("reads a damaged properties part as nothing ignored, and replaces it when saving", async () => {
    const messages: Message[] = [];
    const parts = {
      "_rels/.rels": PACKAGE_RELS(CUSTOM_REL),
      "docProps/custom.xml": "<Properties><property>",
    };
    const host = createDocxHost(file(parts), { name: "x.docx", onMessage: (item) => messages.push(item) });
    expect(await host.loadIgnored()).toEqual([]);
    await host.saveIgnored([ignoreOf("b")]);
    expect(await host.loadIgnored()).toEqual([ignoreOf("b")]);
    expect(messages.map((item) => item.code)).toEqual([
      "ignored-setting-damaged",
      "custom-properties-replaced",
    ]);
  });

  it("reads a list kept before reasons were asked (bare ids) as ignores without a reason", async () => {
    const parts = {
      "_rels/.rels": PACKAGE_RELS(CUSTOM_REL),
      "docProps/custom.xml": custom(property(2, "profielwijzer.ignored", '<vt:lpwstr>["a","b"]</vt:lpwstr>')),
    };
    expect(await createDocxHost(file(parts), { name: "x.docx" }).loadIgnored()).toEqual([
      ignoreOf("a"),
      ignoreOf("b"),
    ]);
  });

  it("keeps the body untouched when it stores the ids", async () => {
    const original = file();
    const host = createDocxHost(original, { name: "x.docx" });
    await host.saveIgnored([ignoreOf("a")]);
    expect(readDocx(host.bytes()).value.documentXml).toBe(readDocx(original).value.documentXml);
  });
});
