import { createFakeWord, generateProfileParagraphs } from "./index";

/** The fake must fail where Word fails, or adapter tests against it prove nothing. */

function codeOf(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
}

async function rejectionCode(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
}

describe("the fake Word API", () => {
  it("throws PropertyNotLoaded for a property that was loaded but not yet synced", async () => {
    const fake = createFakeWord([{ text: "Kenmerken van de functie" }]);
    await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      expect(codeOf(() => paragraphs.items)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(paragraphs.items[0]?.text).toBe("Kenmerken van de functie");
    });
  });

  it("throws PropertyNotLoaded for a property that was never loaded, even after a sync", async () => {
    const fake = createFakeWord([{ text: "Organisatie", styleBuiltIn: "Heading1" }]);
    await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const first = paragraphs.items[0];
      expect(codeOf(() => first?.styleBuiltIn)).toBe("PropertyNotLoaded");
      expect(codeOf(() => first?.font.bold)).toBe("PropertyNotLoaded");
    });
  });

  it("gives null objects for …OrNullObject navigations that lead nowhere", async () => {
    const fake = createFakeWord([
      { text: "gewone tekst" },
      { text: "taak", list: { id: 3, level: 1, label: "-" } },
    ]);
    await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/isListItem");
      await context.sync();
      const [plain, listed] = paragraphs.items;
      const none = plain!.listItemOrNullObject.load("level");
      const item = listed!.listItemOrNullObject.load("level,listString");
      const cell = plain!.parentTableCellOrNullObject.load("rowIndex");
      expect(codeOf(() => none.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(cell.isNullObject).toBe(true);
      expect(item.isNullObject).toBe(false);
      expect(item.level).toBe(1);
      expect(item.listString).toBe("-");
    });
  });

  it("fails the sync with ItemNotFound when a plain navigation leads nowhere", async () => {
    const fake = createFakeWord([{ text: "gewone tekst" }]);
    const code = await rejectionCode(
      fake.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        paragraphs.items[0]!.listItem.load("level");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("runs queued writes only at sync, in order", async () => {
    const fake = createFakeWord([{ text: "anker" }]);
    await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const anchor = paragraphs.items[0]!;
      const first = anchor.insertParagraph("een", "After");
      first.insertParagraph("twee", "After");
      expect(fake.texts()).toEqual(["anker"]);
      await context.sync();
    });
    expect(fake.texts()).toEqual(["anker", "een", "twee"]);
  });

  it("stops a batch at the first failing action and keeps what ran before it, as Word does", async () => {
    const fake = createFakeWord([{ text: "anker" }]);
    const code = await rejectionCode(
      fake.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        const anchor = paragraphs.items[0]!;
        anchor.insertParagraph("voor de fout", "After");
        anchor.attachToList(999, 0);
        anchor.insertParagraph("na de fout", "Before");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(fake.texts()).toEqual(["anker", "voor de fout"]);
    expect(fake.syncLog.at(-1)?.failed).toBe("ItemNotFound");
  });

  it("counts syncs, including the one Word.run makes for work left queued at its end", async () => {
    const fake = createFakeWord([{ text: "anker" }]);
    await fake.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.body.insertParagraph("slot", "End");
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.texts()).toEqual(["anker", "slot"]);
    expect(fake.writes.map((write) => write.kind)).toEqual(["insert-paragraph"]);
  });

  it("refuses every write of a read-only document with AccessDenied and changes nothing", async () => {
    const fake = createFakeWord([{ text: "anker" }], { readOnly: true });
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.document.body.insertParagraph("nieuw", "End");
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(fake.texts()).toEqual(["anker"]);
    expect(fake.writes).toHaveLength(0);
  });

  it("refuses writes inside a locked content control", async () => {
    const fake = createFakeWord([{ text: "vast", contentControl: { id: 4, tag: "t", locked: true } }]);
    const code = await rejectionCode(
      fake.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        paragraphs.items[0]!.insertText(" erbij", "End");
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(fake.texts()).toEqual(["vast"]);
  });

  it("answers requirement-set questions and fails 1.4 calls with ApiNotFound below 1.4", async () => {
    const fake = createFakeWord([{ text: "anker" }], { apiVersion: "1.3" });
    expect(fake.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(fake.isSetSupported("WordApi", "1.4")).toBe(false);
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.document.settings.add("sleutel", "waarde");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  it("does not let a proxy from one Word.run be used in another", async () => {
    const fake = createFakeWord([{ text: "anker" }]);
    const paragraphs = await fake.run(async (context) => {
      const loaded = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return loaded;
    });
    expect(codeOf(() => paragraphs.items[0]!.insertParagraph("later", "After"))).toBe("InvalidObjectPath");
  });

  it("changes the document between two Word.run calls when asked to", async () => {
    const fake = createFakeWord([{ text: "anker" }]);
    fake.changeBeforeNextRun((document) => document.paragraphs.reverse());
    fake.insertParagraphs(0, [{ text: "ervoor" }]);
    const texts = await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((paragraph) => paragraph.text);
    });
    expect(texts).toEqual(["anker", "ervoor"]);
  });

  it("reports mixed bold as null and a vertically merged cell's cellIndex as GeneralException", async () => {
    const fake = createFakeWord([
      { text: "Titel en tekst", boldPrefix: 5 },
      { text: "samengevoegd", cell: { table: 0, row: 1, cell: 0, verticallyMerged: true } },
    ]);
    const code = await rejectionCode(
      fake.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/font/bold");
        await context.sync();
        expect(paragraphs.items[0]!.font.bold).toBeNull();
        paragraphs.items[1]!.parentTableCell.load("cellIndex");
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
  });

  it("generates profile-like documents of exactly the requested length", () => {
    for (const count of [300, 3000]) {
      const paragraphs = generateProfileParagraphs(count);
      expect(paragraphs).toHaveLength(count);
      expect(paragraphs.some((paragraph) => paragraph.cell)).toBe(true);
      expect(paragraphs.some((paragraph) => paragraph.list)).toBe(true);
      expect(paragraphs.some((paragraph) => paragraph.contentControl)).toBe(true);
    }
  });
});
