import type { EditOperation, EditPlan, NewParagraph } from "../../core/plans/schema";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import {
  composeSamplePlan,
  createFakeWord,
  type FakeWord,
  generateProfileParagraphs,
  type FakeParagraphSpec,
  type FakeWordOptions,
} from "../../../test/fakes/word";
import { createWordHost } from "./word-host";

function plan(...operations: EditOperation[]): EditPlan {
  return { id: "plan", title: { nl: "Wijziging", en: "Change" }, operations, fixes: [], warnings: [] };
}

function paragraph(text: string, extra: Partial<NewParagraph> = {}): NewParagraph {
  return { runs: [{ text, bold: false }], formatFrom: null, style: null, list: null, ...extra };
}

function insert(
  anchor: { block: number; text: string },
  position: "before" | "after",
  ...paragraphs: NewParagraph[]
): EditOperation {
  return { kind: "insert-paragraphs", anchor, position, paragraphs, contentControl: null };
}

async function open(paragraphs: FakeParagraphSpec[], options: FakeWordOptions = {}) {
  const fake = createFakeWord(paragraphs, options);
  const host = createWordHost(fake.environment());
  const snapshot = (await host.read()).value;
  const anchor = (block: number) => ({ block, text: snapshot.blocks[block]?.text ?? "" });
  return { fake, host, snapshot, anchor };
}

async function reread(fake: ReturnType<typeof createFakeWord>): Promise<DocumentSnapshot> {
  return (await createWordHost(fake.environment()).read()).value;
}

const RISKS: FakeParagraphSpec[] = [
  { text: "Bezwarende omstandigheden", styleBuiltIn: "Heading1" },
  {
    text: "Kans op letsel in het verkeer.",
    styleBuiltIn: "ListParagraph",
    list: { id: 5, level: 0, label: "-" },
  },
  { text: "Datum: xxx" },
];

const AREAS: FakeParagraphSpec[] = [
  { text: "Resultaatgebieden", styleBuiltIn: "Heading1" },
  { text: "Resultaatgebieden", bold: true, cell: { table: 0, row: 0, cell: 0 } },
  { text: "Taken", bold: true, cell: { table: 0, row: 0, cell: 1 } },
  { text: "Resultaatindicatoren", bold: true, cell: { table: 0, row: 0, cell: 2 } },
  { text: "1.\tJaarplan", cell: { table: 0, row: 1, cell: 0 } },
  {
    text: "volgen van ontwikkelingen;",
    styleBuiltIn: "ListParagraph",
    list: { id: 9, label: "-" },
    cell: { table: 0, row: 1, cell: 1 },
  },
  {
    text: "xxx.",
    styleBuiltIn: "ListParagraph",
    list: { id: 9, label: "-" },
    cell: { table: 0, row: 1, cell: 1 },
  },
  { text: "klanttevredenheid;", cell: { table: 0, row: 1, cell: 2 } },
  { text: "2.\tAccountmanagement", cell: { table: 0, row: 2, cell: 0 } },
  { text: "onderhouden van contacten;", cell: { table: 0, row: 2, cell: 1 } },
  { text: "bezoekfrequentie;", cell: { table: 0, row: 2, cell: 2 } },
  { text: "Bezwarende omstandigheden", styleBuiltIn: "Heading1" },
];

describe("applying an edit plan in Word", () => {
  it("inserts paragraphs after the anchor, in order, formatted like the block they copy", async () => {
    const { fake, host, anchor } = await open(RISKS);
    const outcome = await host.apply(
      plan(
        insert(
          anchor(1),
          "after",
          paragraph("Werken op hoogte.", { formatFrom: 1 }),
          paragraph("Lawaai.", { formatFrom: 1 }),
        ),
      ),
    );
    expect(fake.texts()).toEqual([
      "Bezwarende omstandigheden",
      "Kans op letsel in het verkeer.",
      "Werken op hoogte.",
      "Lawaai.",
      "Datum: xxx",
    ]);
    expect(outcome.value.inserted).toEqual([{ start: 2, end: 3 }]);
    const after = await reread(fake);
    for (const block of after.blocks.slice(2, 4)) {
      expect(block.style.builtIn).toBe("ListParagraph");
      expect(block.list).toMatchObject({ level: 0, listId: "5" });
    }
  });

  it("puts paragraphs asked for before a table's first paragraph before the table, as the .docx writer does", async () => {
    const { fake, host, anchor } = await open(AREAS);
    await host.apply(plan(insert(anchor(1), "before", paragraph("Toelichting bij de resultaatgebieden."))));
    const after = await reread(fake);
    expect(after.blocks[1]).toMatchObject({ text: "Toelichting bij de resultaatgebieden.", table: null });
    expect(after.blocks[2]?.table).toMatchObject({ row: 0, column: 0 });
  });

  it("writes bold runs bold and plain runs plain, whatever the anchor looked like", async () => {
    const { fake, host, anchor } = await open([{ text: "Competenties", bold: true }, { text: "" }]);
    await host.apply(
      plan({
        kind: "insert-paragraphs",
        anchor: anchor(0),
        position: "after",
        paragraphs: [
          {
            runs: [
              { text: "Klantgerichtheid", bold: true },
              { text: " (5):", bold: false },
            ],
            formatFrom: 1,
            style: null,
            list: null,
          },
        ],
        contentControl: null,
      }),
    );
    const after = await reread(fake);
    expect(after.blocks[1]).toMatchObject({ text: "Klantgerichtheid (5):", bold: false, boldPrefix: 16 });
  });

  it("turns a line break in new text into a manual line break, keeping one paragraph", async () => {
    const { fake, host, anchor } = await open([{ text: "Context" }]);
    await host.apply(plan(insert(anchor(0), "after", paragraph("Titel\nOmschrijving"))));
    expect(fake.texts()).toEqual(["Context", "Titel\u000bOmschrijving"]);
    expect((await reread(fake)).blocks[1]?.text).toBe("Titel\nOmschrijving");
  });

  it("puts operations on the same anchor and position in operation order", async () => {
    const { fake, host, anchor } = await open(RISKS);
    const outcome = await host.apply(
      plan(
        insert(anchor(0), "after", paragraph("A")),
        insert(anchor(1), "before", paragraph("C")),
        insert(anchor(0), "after", paragraph("B1"), paragraph("B2")),
        insert(anchor(1), "before", paragraph("D")),
      ),
    );
    expect(fake.texts()).toEqual([
      "Bezwarende omstandigheden",
      "A",
      "B1",
      "B2",
      "C",
      "D",
      "Kans op letsel in het verkeer.",
      "Datum: xxx",
    ]);
    expect(outcome.value.inserted).toEqual([
      { start: 1, end: 1 },
      { start: 4, end: 4 },
      { start: 2, end: 3 },
      { start: 5, end: 5 },
    ]);
  });

  it("gives a paragraph without a model the built-in style it names, not the anchor's list", async () => {
    const { fake, host, anchor } = await open(RISKS);
    await host.apply(
      plan(insert(anchor(1), "after", paragraph("Niveau-onderscheidende kenmerken", { style: "Heading1" }))),
    );
    const after = await reread(fake);
    expect(after.blocks[2]).toMatchObject({
      text: "Niveau-onderscheidende kenmerken",
      headingLevel: 1,
      list: null,
    });
  });

  it("makes a paragraph without a model or style plain text, even before a heading", async () => {
    const { fake, host, anchor } = await open(RISKS);
    await host.apply(plan(insert(anchor(0), "before", paragraph("Inleiding"))));
    const after = await reread(fake);
    expect(after.blocks[0]).toMatchObject({
      text: "Inleiding",
      headingLevel: null,
      style: { builtIn: "Normal" },
    });
    expect(after.blocks[1]).toMatchObject({ text: "Bezwarende omstandigheden", headingLevel: 1 });
  });

  it("puts a later operation on the same anchor after wrapped library text, outside its content control", async () => {
    const { fake, host, anchor } = await open([{ text: "Competenties" }, { text: "" }]);
    await host.apply(
      plan(
        {
          kind: "insert-paragraphs",
          anchor: anchor(0),
          position: "after",
          paragraphs: [paragraph("Klantgerichtheid (5):")],
          contentControl: { tag: "pw:klantgerichtheid", title: "Klantgerichtheid" },
        },
        insert(anchor(0), "after", paragraph("Samenwerken (4):")),
      ),
    );
    const after = await reread(fake);
    expect(after.blocks.map((block) => [block.text, block.contentControl?.tag ?? null])).toEqual([
      ["Competenties", null],
      ["Klantgerichtheid (5):", "pw:klantgerichtheid"],
      ["Samenwerken (4):", null],
      ["", null],
    ]);
  });

  it("starts one new numbered list for consecutive paragraphs that ask for one", async () => {
    const { fake, host, anchor } = await open([{ text: "Taken:" }, { text: "Resultaatindicatoren:" }]);
    await host.apply(
      plan({
        kind: "insert-paragraphs",
        anchor: anchor(0),
        position: "after",
        paragraphs: [
          paragraph("opstellen van het jaarplan;", { list: { ordered: true, level: 0 } }),
          paragraph("bewaken van de voortgang;", { list: { ordered: true, level: 0 } }),
        ],
        contentControl: null,
      }),
    );
    expect(fake.texts()).toEqual([
      "Taken:",
      "opstellen van het jaarplan;",
      "bewaken van de voortgang;",
      "Resultaatindicatoren:",
    ]);
    const [first, second] = (await reread(fake)).blocks.slice(1, 3);
    expect(first?.list).toMatchObject({ ordered: true, level: 0, label: "1." });
    expect(second?.list).toMatchObject({ ordered: true, level: 0, label: "2.", listId: first?.list?.listId });
  });

  it("wraps inserted library text in one content control with its tag and title", async () => {
    const { fake, host, anchor } = await open([{ text: "Competenties / gedragsvoorbeelden" }, { text: "" }]);
    await host.apply(
      plan({
        kind: "insert-paragraphs",
        anchor: anchor(0),
        position: "after",
        paragraphs: [paragraph("Klantgerichtheid (5):"), paragraph("Stemt gedrag af op de klant;")],
        contentControl: { tag: "profielwijzer:competentie:klantgerichtheid:v2", title: "Klantgerichtheid" },
      }),
    );
    const after = await reread(fake);
    const control = {
      tag: "profielwijzer:competentie:klantgerichtheid:v2",
      title: "Klantgerichtheid",
      showingPlaceholder: false,
    };
    expect(after.blocks.map((block) => block.contentControl)).toEqual([null, control, control, null]);
  });

  it("adds a table row right after the anchor's row, with multi-paragraph cells", async () => {
    const { fake, host, anchor } = await open(AREAS);
    const outcome = await host.apply(
      plan({
        kind: "insert-table-row",
        anchor: anchor(5),
        position: "after",
        cells: [
          { paragraphs: [paragraph("2.\tNieuw resultaatgebied")] },
          {
            paragraphs: [paragraph("eerste taak;", { formatFrom: 5 }), paragraph("xxx.", { formatFrom: 5 })],
          },
          { paragraphs: [paragraph("xxx.")] },
        ],
      }),
    );
    expect(fake.texts().slice(4, 13)).toEqual([
      "1.\tJaarplan",
      "volgen van ontwikkelingen;",
      "xxx.",
      "klanttevredenheid;",
      "2.\tNieuw resultaatgebied",
      "eerste taak;",
      "xxx.",
      "xxx.",
      "2.\tAccountmanagement",
    ]);
    expect(outcome.value.inserted).toEqual([{ start: 8, end: 11 }]);
    const after = await reread(fake);
    expect(after.blocks.slice(8, 13).map((block) => [block.table?.row, block.table?.column])).toEqual([
      [2, 0],
      [2, 1],
      [2, 1],
      [2, 2],
      [3, 0],
    ]);
    expect(after.blocks[9]?.list).toMatchObject({ listId: "9" });
    expect(after.blocks[8]?.list).toBeNull();
  });

  it("wraps a tagged cell of a new row in a content control, so the library tag reads back", async () => {
    const { fake, host, anchor } = await open(AREAS);
    const tag = { tag: "profielwijzer:competency:samenwerken@lib@2", title: "Samenwerken (Bibliotheek 2)" };
    await host.apply(
      plan({
        kind: "insert-table-row",
        anchor: anchor(8),
        position: "after",
        cells: [
          { paragraphs: [paragraph("Samenwerken")], contentControl: tag },
          { paragraphs: [paragraph("deelt kennis")] },
        ],
      }),
    );
    const after = await reread(fake);
    const added = after.blocks.filter((block) => block.table?.row === 3);
    expect(added.map((block) => [block.text, block.contentControl?.tag ?? null])).toEqual([
      ["Samenwerken", tag.tag],
      ["deelt kennis", null],
      ["", null],
    ]);
  });

  it("adds a table row before the anchor's row", async () => {
    const { fake, host, anchor } = await open(AREAS);
    await host.apply(
      plan({
        kind: "insert-table-row",
        anchor: anchor(8),
        position: "before",
        cells: [
          { paragraphs: [paragraph("2.\tNieuw")] },
          { paragraphs: [paragraph("taak;")] },
          { paragraphs: [paragraph("indicator;")] },
        ],
      }),
    );
    expect(fake.texts().slice(7, 12)).toEqual([
      "klanttevredenheid;",
      "2.\tNieuw",
      "taak;",
      "indicator;",
      "2.\tAccountmanagement",
    ]);
  });

  it("inserts a new table with a header row after the anchor", async () => {
    const { fake, host, anchor } = await open([
      { text: "Niveau-onderscheidende kenmerken", styleBuiltIn: "Heading1" },
      { text: "" },
    ]);
    const outcome = await host.apply(
      plan({
        kind: "insert-table",
        anchor: anchor(0),
        position: "after",
        header: true,
        rows: [
          [
            { paragraphs: [paragraph("-")] },
            { paragraphs: [paragraph("ACCOUNTMANAGER II", { style: "Normal" })] },
          ],
          [
            { paragraphs: [paragraph("Functiegroep")] },
            { paragraphs: [paragraph("8"), paragraph("(referentie)")] },
          ],
        ],
      }),
    );
    expect(fake.texts()).toEqual([
      "Niveau-onderscheidende kenmerken",
      "-",
      "ACCOUNTMANAGER II",
      "Functiegroep",
      "8",
      "(referentie)",
      "",
    ]);
    expect(outcome.value.inserted).toEqual([{ start: 1, end: 5 }]);
    const after = await reread(fake);
    expect(after.blocks.slice(1, 6).map((block) => [block.table?.row, block.table?.column])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
  });

  it("replaces only the placeholder's characters and keeps the rest of the paragraph as it was", async () => {
    const text = "Direct leidinggevende\t:\t(“naam direct leidinggevende”).";
    const { fake, host, anchor } = await open([{ text, boldPrefix: 21 }]);
    const start = text.indexOf("(");
    const outcome = await host.apply(
      plan({
        kind: "replace-text",
        anchor: anchor(0),
        start,
        end: text.length - 1,
        expected: text.slice(start, -1),
        text: "J. de Vries",
      }),
    );
    expect(fake.texts()).toEqual(["Direct leidinggevende\t:\tJ. de Vries."]);
    expect((await reread(fake)).blocks[0]).toMatchObject({ boldPrefix: 21 });
    expect(fake.writes.map((write) => write.kind)).toEqual(["replace-text"]);
    expect(outcome.value.inserted).toEqual([
      { start: 0, end: 0, chars: { start, end: start + "J. de Vries".length } },
    ]);
  });

  it("replaces the right occurrence when the placeholder text occurs more than once", async () => {
    const { fake, host, anchor } = await open([{ text: "xxx en xxx en xxx" }]);
    await host.apply(
      plan({ kind: "replace-text", anchor: anchor(0), start: 7, end: 10, expected: "xxx", text: "Jan" }),
    );
    expect(fake.texts()).toEqual(["xxx en Jan en xxx"]);
  });

  it("applies several replacements in one paragraph, each at its own place", async () => {
    const { fake, host, anchor } = await open([{ text: "dd. xxx, xxx en xxx" }]);
    const outcome = await host.apply(
      plan(
        { kind: "replace-text", anchor: anchor(0), start: 4, end: 7, expected: "xxx", text: "12 maart" },
        { kind: "replace-text", anchor: anchor(0), start: 16, end: 19, expected: "xxx", text: "Piet" },
        { kind: "replace-text", anchor: anchor(0), start: 9, end: 12, expected: "xxx", text: "Jan" },
      ),
    );
    expect(fake.texts()).toEqual(["dd. 12 maart, Jan en Piet"]);
    const final = fake.texts()[0] ?? "";
    const slices = outcome.value.inserted.map((location) =>
      final.slice(location.chars?.start, location.chars?.end),
    );
    expect(slices).toEqual(["12 maart", "Piet", "Jan"]);
  });

  it("returns locations that match where the inserted text ended up in a long document", async () => {
    const { fake, host, snapshot } = await open(generateProfileParagraphs(300));
    const sample = composeSamplePlan(snapshot);
    const outcome = await host.apply(sample);
    const texts = fake.texts();
    const [paragraphs, row, replaced] = outcome.value.inserted;
    expect(texts.slice(paragraphs?.start, (paragraphs?.end ?? 0) + 1)).toEqual(["Ingevoegde toelichting."]);
    expect(texts[row?.start ?? -1]).toBe("9.\tNieuw resultaatgebied");
    expect(texts[replaced?.start ?? -1]?.slice(replaced?.chars?.start, replaced?.chars?.end)).toBe(
      "ingevuld",
    );
  });

  it.each([300, 3000])("applies a plan in one sync, the writes included (%i paragraphs)", async (count) => {
    const { fake, host, snapshot } = await open(generateProfileParagraphs(count));
    const sample = composeSamplePlan(snapshot);
    expect(sample.operations.map((operation) => operation.kind)).toEqual([
      "insert-paragraphs",
      "insert-table-row",
      "replace-text",
    ]);
    await host.apply(sample);
    const syncs = fake.syncsOfRun(fake.runCount);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toMatchObject({ failed: null, writes: expect.any(Number) });
    expect(syncs[0]!.writes).toBeGreaterThan(5);
  });

  it("refuses a plan when an anchor paragraph changed since reading, and writes nothing", async () => {
    const { fake, host, anchor } = await open(RISKS);
    fake.changeBeforeNextRun(() => fake.editText(2, "Datum: 1 maart"));
    const apply = host.apply(
      plan({ kind: "replace-text", anchor: anchor(2), start: 7, end: 10, expected: "xxx", text: "12-3" }),
    );
    await expect(apply).rejects.toMatchObject({
      code: "document-changed",
      text: {
        nl: "Het document is gewijzigd sinds het werd gelezen. Controleer opnieuw en probeer het dan nog eens.",
      },
    });
    expect(fake.writes).toHaveLength(0);
    expect(fake.texts()[2]).toBe("Datum: 1 maart");
  });

  it("still writes at the anchor when paragraphs were added elsewhere since reading", async () => {
    const { fake, host, anchor } = await open(RISKS);
    fake.changeBeforeNextRun(() => fake.insertParagraphs(0, [{ text: "Functieprofiel" }]));
    await host.apply(plan(insert(anchor(1), "after", paragraph("Lawaai.", { formatFrom: 1 }))));
    expect(fake.texts()).toEqual([
      "Functieprofiel",
      "Bezwarende omstandigheden",
      "Kans op letsel in het verkeer.",
      "Lawaai.",
      "Datum: xxx",
    ]);
  });

  it("refuses, writing nothing, when the list a new paragraph should join is gone", async () => {
    const { fake, host, anchor } = await open(RISKS);
    fake.changeBeforeNextRun(() => {
      fake.document.paragraphs[1]!.list = null;
    });
    await expect(
      host.apply(
        plan(
          insert(anchor(0), "after", paragraph("Geen bijzonderheden.")),
          insert(anchor(2), "before", paragraph("Lawaai.", { formatFrom: 1 })),
        ),
      ),
    ).rejects.toMatchObject({ code: "document-changed" });
    expect(fake.writes).toHaveLength(0);
  });

  it("refuses, writing nothing, when a later operation's anchor changed: every check runs before the first write", async () => {
    const { fake, host, anchor } = await open(RISKS);
    fake.changeBeforeNextRun(() => fake.editText(2, "Datum: 1 maart"));
    await expect(
      host.apply(
        plan(insert(anchor(0), "after", paragraph("Geen bijzonderheden.")), {
          kind: "replace-text",
          anchor: anchor(2),
          start: 7,
          end: 10,
          expected: "xxx",
          text: "12-3",
        }),
      ),
    ).rejects.toMatchObject({ code: "document-changed" });
    expect(fake.writes).toHaveLength(0);
    expect(fake.syncsOfRun(fake.runCount)).toEqual([
      expect.objectContaining({ writes: 0, failed: "ItemNotFound" }),
    ]);
  });

  it.each([
    ["deleted", (fake: FakeWord) => fake.removeParagraph(1)],
    [
      "pasted again higher up (the search finds the copy first)",
      (fake: FakeWord) => fake.insertParagraphs(0, [{ text: "Kans op letsel in het verkeer." }]),
    ],
    ["given a different paragraph before it", (fake: FakeWord) => fake.editText(0, "Werkomstandigheden")],
    ["given a different paragraph after it", (fake: FakeWord) => fake.editText(2, "Datum: 1 maart")],
  ])("refuses, writing nothing, when the anchor paragraph was %s", async (_case, change) => {
    const { fake, host, anchor } = await open(RISKS);
    fake.changeBeforeNextRun(() => change(fake));
    await expect(host.apply(plan(insert(anchor(1), "after", paragraph("Lawaai."))))).rejects.toMatchObject({
      code: "document-changed",
    });
    expect(fake.writes).toHaveLength(0);
    expect(fake.texts()).not.toContain("Lawaai.");
  });

  const REPEATED: FakeParagraphSpec[] = [
    { text: "Taken", styleBuiltIn: "Heading2" },
    { text: "xxx", list: { id: 3, label: "-" } },
    { text: "xxx", list: { id: 3, label: "-" } },
    { text: "" },
    { text: "xxx", list: { id: 3, label: "-" } },
    { text: "Resultaatindicatoren", styleBuiltIn: "Heading2" },
  ];

  it("reaches an anchor whose text occurs more than once by walking from the nearest unique paragraph", async () => {
    const { fake, host, anchor } = await open(REPEATED);
    await host.apply(
      plan(
        insert(anchor(4), "after", paragraph("nieuwe taak", { formatFrom: 4 })),
        insert(anchor(3), "after", paragraph("na de lege alinea")),
      ),
    );
    expect(fake.texts()).toEqual([
      "Taken",
      "xxx",
      "xxx",
      "",
      "na de lege alinea",
      "xxx",
      "nieuwe taak",
      "Resultaatindicatoren",
    ]);
    expect(fake.syncsOfRun(fake.runCount)).toHaveLength(1);
  });

  it.each([
    ["one of the repeated paragraphs was deleted", (fake: FakeWord) => fake.removeParagraph(2)],
    ["the empty anchor itself was deleted", (fake: FakeWord) => fake.removeParagraph(3)],
    [
      "an empty paragraph's neighbour changed",
      (fake: FakeWord) => fake.editText(2, "bewaken van de planning"),
    ],
    [
      "a paragraph was added on the way",
      (fake: FakeWord) => fake.insertParagraphs(1, [{ text: "overleggen" }]),
    ],
  ])("refuses a walked-to anchor, writing nothing, when %s", async (_case, change) => {
    const { fake, host, anchor } = await open(REPEATED);
    fake.changeBeforeNextRun(() => change(fake));
    await expect(host.apply(plan(insert(anchor(3), "after", paragraph("x"))))).rejects.toMatchObject({
      code: "document-changed",
    });
    expect(fake.writes).toHaveLength(0);
  });

  it("refuses a plan made from the read before an earlier apply until the document is read again", async () => {
    const { fake, host, anchor } = await open(RISKS);
    const once = plan(insert(anchor(0), "after", paragraph("x")));
    await host.apply(once);
    const writes = fake.writes.length;
    await expect(host.apply(once)).rejects.toMatchObject({ code: "document-changed" });
    expect(fake.writes).toHaveLength(writes);
    await host.read();
    await expect(host.apply(once)).resolves.toBeDefined();
  });

  it("gives the Dutch read-only message for a protected document and writes nothing", async () => {
    const { fake, host, anchor } = await open(RISKS, { readOnly: true });
    const apply = host.apply(plan(insert(anchor(0), "after", paragraph("x"))));
    await expect(apply).rejects.toMatchObject({
      code: "read-only",
      text: { nl: expect.stringMatching(/^Het document is alleen-lezen of beveiligd/) },
    });
    expect(fake.writes).toHaveLength(0);
    expect(fake.texts()).toEqual(RISKS.map((spec) => spec.text));
  });

  it("says a locked content control is in the way", async () => {
    const { host, anchor } = await open([{ text: "Datum: xxx", contentControl: { id: 1, locked: true } }]);
    await expect(
      host.apply(
        plan({
          kind: "replace-text",
          anchor: anchor(0),
          start: 7,
          end: 10,
          expected: "xxx",
          text: "1 maart",
        }),
      ),
    ).rejects.toMatchObject({
      code: "locked-content-control",
      text: { nl: expect.stringMatching(/vergrendeld inhoudsbesturingselement/) },
    });
  });

  it("refuses a plan that does not fit the document, before writing anything", async () => {
    const { fake, host, anchor } = await open(AREAS);
    await expect(host.apply({ ...plan(), operations: [] })).rejects.toMatchObject({ code: "plan-invalid" });
    await expect(
      host.apply(
        plan({
          kind: "insert-table-row",
          anchor: anchor(0),
          position: "after",
          cells: [{ paragraphs: [paragraph("x")] }],
        }),
      ),
    ).rejects.toMatchObject({
      code: "plan-invalid",
      text: { nl: expect.stringMatching(/niet in een tabel/) },
    });
    await expect(
      host.apply(
        plan({
          kind: "insert-table-row",
          anchor: anchor(4),
          position: "after",
          cells: Array.from({ length: 4 }, () => ({ paragraphs: [paragraph("x")] })),
        }),
      ),
    ).rejects.toMatchObject({ code: "plan-invalid" });
    await expect(
      host.apply(plan(insert(anchor(0), "after", paragraph("x", { style: "Kop 2" })))),
    ).rejects.toMatchObject({ code: "plan-invalid" });
    expect(fake.writes).toHaveLength(0);
  });

  it("reads the document first when it was not read before, then applies in one more sync", async () => {
    const fake = createFakeWord(AREAS);
    const host = createWordHost(fake.environment());
    const outcome = await host.apply(
      plan(
        {
          kind: "insert-paragraphs",
          anchor: { block: 0, text: "Resultaatgebieden" },
          position: "after",
          paragraphs: [paragraph("Inleiding")],
          contentControl: null,
        },
        {
          kind: "insert-table-row",
          anchor: { block: 4, text: "1.\tJaarplan" },
          position: "after",
          cells: [{ paragraphs: [paragraph("2.\tNieuw")] }],
        },
        {
          kind: "insert-paragraphs",
          anchor: { block: 11, text: "Bezwarende omstandigheden" },
          position: "after",
          paragraphs: [paragraph("Geen.")],
          contentControl: null,
        },
      ),
    );
    // The row adds three paragraphs (one filled cell, two empty ones) after the row of "1.\tJaarplan".
    expect(outcome.value.inserted).toEqual([
      { start: 1, end: 1 },
      { start: 9, end: 11 },
      { start: 16, end: 16 },
    ]);
    expect(fake.texts().slice(9, 12)).toEqual(["2.\tNieuw", "", ""]);
    expect(fake.texts()[16]).toBe("Geen.");
    // One run reads (the document has lists and tables: two syncs), the next writes in one.
    expect(fake.syncsOfRun(1)).toHaveLength(2);
    expect(fake.syncsOfRun(2)).toHaveLength(1);
  });
});
