import { SnapshotSchema } from "../../core/snapshot/schema";
import { createFakeWord, generateProfileParagraphs, type FakeParagraphSpec } from "../../../test/fakes/word";
import { readWordSnapshot } from "./read-snapshot";

async function read(paragraphs: FakeParagraphSpec[], options: Parameters<typeof createFakeWord>[1] = {}) {
  const fake = createFakeWord(paragraphs, options);
  const result = await readWordSnapshot(fake.environment());
  return { fake, result, blocks: result.value.blocks };
}

describe("reading a Word document", () => {
  it("takes the same number of syncs, at most two, for 300 and 3,000 paragraphs", async () => {
    const small = await read(generateProfileParagraphs(300));
    const large = await read(generateProfileParagraphs(3000));
    expect(small.blocks).toHaveLength(300);
    expect(large.blocks).toHaveLength(3000);
    expect(small.fake.syncCount).toBeLessThanOrEqual(2);
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
  });

  it("needs one sync for a document without lists, tables, content controls or mixed bold", async () => {
    const { fake, blocks } = await read([
      { text: "FUNCTIEPROFIEL", styleBuiltIn: "Title" },
      { text: "Organisatie", bold: true },
      { text: "Direct leidinggevende\t:\txxx." },
    ]);
    expect(fake.syncCount).toBe(1);
    expect(blocks.map((block) => block.text)).toEqual([
      "FUNCTIEPROFIEL",
      "Organisatie",
      "Direct leidinggevende\t:\txxx.",
    ]);
  });

  it("produces a snapshot the core's schema accepts, named after the document", async () => {
    const { result } = await read(generateProfileParagraphs(300), { name: "accountmanager.docx" });
    expect(SnapshotSchema.safeParse(result.value).success).toBe(true);
    expect(result.value.source).toEqual({ kind: "word", name: "accountmanager.docx" });
    expect(result.messages).toEqual([]);
  });

  it("keeps tabs and turns Word's manual line breaks into \\n", async () => {
    const { blocks } = await read([
      { runs: [{ text: "Relatiebeheer\u000bHet relatiebeheer\tis vormgegeven", bold: false }] },
    ]);
    expect(blocks[0]?.text).toBe("Relatiebeheer\nHet relatiebeheer\tis vormgegeven");
  });

  it("reads the locale-independent style, the display name, and no built-in for custom styles", async () => {
    const { blocks } = await read([
      { text: "Kenmerken van de functie", styleBuiltIn: "Heading1" },
      { text: "Eigen kop", styleBuiltIn: "Other", style: "Profielkop", outlineLevel: 2 },
      { text: "Gewone tekst" },
    ]);
    expect(blocks.map((block) => block.style)).toEqual([
      { name: "Kop 1", builtIn: "Heading1" },
      { name: "Profielkop", builtIn: null },
      { name: "Standaard", builtIn: "Normal" },
    ]);
  });

  it("takes heading levels from HeadingN styles and from outline levels, not from body text's level 10", async () => {
    const { blocks } = await read([
      { text: "Kop", styleBuiltIn: "Heading3" },
      { text: "Eigen kop", styleBuiltIn: "Other", style: "Profielkop", outlineLevel: 2 },
      { text: "Tekst", outlineLevel: 10 },
    ]);
    expect(blocks.map((block) => block.headingLevel)).toEqual([3, 2, null]);
  });

  it("reads list level, label, numbering kind and list identity", async () => {
    const { blocks } = await read([
      { text: "Jaarplan", list: { id: 7, level: 0, type: "Number" } },
      { text: "volgen van ontwikkelingen;", list: { id: 8, level: 1, type: "Bullet", label: "\uf0b7" } },
      { text: "Accountmanagement", list: { id: 7, level: 0, type: "Number" } },
      { text: "-\tgeen echte lijst" },
    ]);
    expect(blocks.map((block) => block.list)).toEqual([
      { level: 0, ordered: true, label: "1.", listId: "7" },
      { level: 1, ordered: false, label: "\u2022", listId: "8" },
      { level: 0, ordered: true, label: "2.", listId: "7" },
      null,
    ]);
  });

  it("places table paragraphs in their table, row and column, numbering tables in document order", async () => {
    const { blocks } = await read([
      { text: "Bedrijfsnaam", cell: { table: 0, row: 0, cell: 0 } },
      { text: "Key accountmanager", cell: { table: 0, row: 0, cell: 1 } },
      { text: "Resultaatgebieden", styleBuiltIn: "Heading1" },
      { text: "1.\tJaarplan", cell: { table: 1, row: 1, cell: 0 } },
      { text: "taak één;", cell: { table: 1, row: 1, cell: 1 } },
      { text: "taak twee;", cell: { table: 1, row: 1, cell: 1 } },
      { text: "indicator;", cell: { table: 1, row: 1, cell: 2 } },
      { text: "2.\tAccountmanagement", cell: { table: 1, row: 2, cell: 0 } },
    ]);
    const cells = blocks.map((block) =>
      block.table ? [block.table.table, block.table.row, block.table.column] : null,
    );
    expect(cells).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      null,
      [1, 1, 0],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 2],
      [1, 2, 0],
    ]);
    expect(blocks[3]?.table).toMatchObject({ depth: 1, outer: null, columnSpan: 1 });
  });

  it("numbers a nested table after the table that holds it and records the outer cell", async () => {
    const outer = { table: 0, row: 0, cell: 1 };
    const { blocks } = await read([
      { text: "links", cell: { table: 0, row: 0, cell: 0 } },
      { text: "boven de geneste tabel", cell: outer },
      { text: "genest a", cell: { table: 0, row: 0, cell: 0, parent: outer } },
      { text: "genest b", cell: { table: 0, row: 0, cell: 1, parent: outer } },
      { text: "onder de geneste tabel", cell: outer },
      { text: "tweede geneste tabel", cell: { table: 1, row: 0, cell: 0, parent: outer } },
    ]);
    expect(blocks[2]?.table).toEqual({
      table: 1,
      row: 0,
      column: 0,
      columnSpan: 1,
      depth: 2,
      outer: { table: 0, row: 0, column: 1 },
    });
    expect(blocks[3]?.table).toMatchObject({ table: 1, column: 1, depth: 2 });
    expect(blocks[4]?.table).toMatchObject({ table: 0, row: 0, column: 1, depth: 1 });
    expect(blocks[5]?.table).toMatchObject({ table: 2, depth: 2, outer: { table: 0, row: 0, column: 1 } });
  });

  it("reads bold paragraphs, plain ones and the bold prefix of mixed ones", async () => {
    const { blocks } = await read([
      { text: "Organisatie", bold: true },
      { text: "Geeft leiding aan: xxx" },
      { text: "Klantgerichtheid (5):", boldPrefix: 16 },
      {
        runs: [
          { text: "Marktverkenning en accountplannen", bold: true },
          { text: "\u000bVanuit inzicht in behoeften", bold: false },
        ],
      },
      {
        runs: [
          { text: "Resultaatprofiel", bold: true },
          { text: " ", bold: false },
        ],
      },
      {
        runs: [
          { text: "1.\t", bold: false },
          { text: "Jaarplan", bold: true },
        ],
      },
    ]);
    expect(blocks.map((block) => [block.bold, block.boldPrefix])).toEqual([
      [true, 11],
      [false, 0],
      [false, 16],
      [false, 33],
      [true, 17],
      [false, 0],
    ]);
  });

  it("reads the bold prefix of a long mixed paragraph per word", async () => {
    const tail = " gewone tekst".repeat(100);
    const { blocks } = await read([
      {
        runs: [
          { text: "Vetgedrukte titel", bold: true },
          { text: tail, bold: false },
        ],
      },
    ]);
    expect(blocks[0]?.boldPrefix).toBe("Vetgedrukte titel".length);
  });

  it("reads content controls' tag, title and whether they still show their placeholder", async () => {
    const { blocks } = await read([
      {
        text: "Klik of tik om een datum in te voeren.",
        contentControl: { id: 1, tag: "datum", title: "Datum" },
      },
      {
        text: "Klantgerichtheid (5):",
        contentControl: { id: 2, tag: "pw:competentie:klantgerichtheid@3", title: "Bibliotheek" },
      },
      { text: "Stemt gedrag af op de klant;", contentControl: { id: 2 } },
      { text: "(naam)", contentControl: { id: 3, placeholderText: "(naam)" } },
      { text: "Gewone tekst" },
    ]);
    expect(blocks.map((block) => block.contentControl)).toEqual([
      { tag: "datum", title: "Datum", showingPlaceholder: true },
      { tag: "pw:competentie:klantgerichtheid@3", title: "Bibliotheek", showingPlaceholder: false },
      { tag: "pw:competentie:klantgerichtheid@3", title: "Bibliotheek", showingPlaceholder: false },
      { tag: null, title: null, showingPlaceholder: true },
      null,
    ]);
  });

  it("degrades to the cells' order in the row when Word cannot give a merged cell's index", async () => {
    const { fake, result, blocks } = await read([
      { text: "Functiegroep", cell: { table: 0, row: 0, cell: 0 } },
      { text: "7", cell: { table: 0, row: 0, cell: 1 } },
      { text: "8 (referentie)", cell: { table: 0, row: 0, cell: 2 } },
      { text: "", cell: { table: 0, row: 1, cell: 0, verticallyMerged: true } },
      { text: "mbo 4", cell: { table: 0, row: 1, cell: 1 } },
      { text: "kennis van systemen", cell: { table: 0, row: 1, cell: 1 } },
      { text: "hbo", cell: { table: 0, row: 1, cell: 2 } },
    ]);
    expect(blocks.map((block) => [block.table?.row, block.table?.column])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 1],
      [1, 2],
    ]);
    expect(result.messages.map((item) => item.code)).toEqual(["table-merged-cells"]);
    expect(result.messages[0]?.text.nl).toMatch(/verticaal samengevoegde cellen/);
    expect(fake.syncCount).toBe(3);
  });

  it("refuses with a Dutch message when Word is older than WordApi 1.3, without calling Word", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { apiVersion: "1.2" });
    await expect(readWordSnapshot(fake.environment())).rejects.toMatchObject({
      code: "requirement-missing",
      text: { nl: expect.stringMatching(/nieuwere versie van Word \(WordApi 1\.3\)/) },
    });
    expect(fake.runCount).toBe(0);
  });

  it("turns a Word failure while reading into a clear message", async () => {
    const fake = createFakeWord([{ text: "tekst" }]);
    const env = fake.environment({
      run: () => Promise.reject(Object.assign(new Error("Boom"), { code: "InvalidRequest" })),
    });
    await expect(readWordSnapshot(env)).rejects.toMatchObject({
      code: "word-unexpected",
      text: { nl: "Word meldde een onverwachte fout: Boom" },
    });
  });
});
