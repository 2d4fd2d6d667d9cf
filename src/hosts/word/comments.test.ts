import type { Finding } from "../../core/findings/schema";
import type { Location } from "../../core/common";
import { createFakeWord, type FakeParagraphSpec } from "../../../test/fakes/word";
import { createWordHost } from "./word-host";

function finding(rule: string, location: Location, nl: string): Finding {
  return {
    id: `${rule}#${location.start}`,
    rule,
    severity: "error",
    message: { nl, en: `${nl} (en)` },
    section: null,
    location,
    text: "",
    fix: null,
  };
}

const DOCUMENT: FakeParagraphSpec[] = [
  { text: "Organisatie", bold: true },
  { text: "Direct leidinggevende\t:\txxx." },
  { text: "Geeft leiding aan\t:\txxx." },
];

describe("findings as Word comments", () => {
  it("adds one comment per finding at its paragraph or characters, in one write sync", async () => {
    const fake = createFakeWord(DOCUMENT);
    const host = createWordHost(fake.environment());
    await host.read();
    const result = await host.addComments(
      [
        finding(
          "placeholder",
          { start: 1, end: 1, chars: { start: 24, end: 27 } },
          "Vul de naam van de leidinggevende in.",
        ),
        finding("section-empty", { start: 0, end: 2 }, "De sectie is leeg."),
      ],
      "nl",
    );
    expect(result).toEqual({ value: { added: 2 }, messages: [] });
    expect(fake.document.comments).toEqual([
      {
        text: "Profielwijzer: Vul de naam van de leidinggevende in. [placeholder]",
        startParagraph: 1,
        endParagraph: 1,
        rangeText: "xxx",
      },
      {
        text: "Profielwijzer: De sectie is leeg. [section-empty]",
        startParagraph: 0,
        endParagraph: 2,
        rangeText: expect.stringContaining("Organisatie"),
      },
    ]);
    expect(fake.syncsOfRun(fake.runCount).filter((sync) => sync.writes > 0)).toHaveLength(1);
  });

  it("writes the comment in the language asked for", async () => {
    const fake = createFakeWord(DOCUMENT);
    await createWordHost(fake.environment()).addComments(
      [finding("placeholder", { start: 2, end: 2 }, "Vul in.")],
      "en",
    );
    expect(fake.document.comments[0]?.text).toBe("Profielwijzer: Vul in. (en) [placeholder]");
  });

  it("resolves with nothing added and a Dutch message on Word without WordApi 1.4", async () => {
    const fake = createFakeWord(DOCUMENT, { apiVersion: "1.3" });
    const result = await createWordHost(fake.environment()).addComments(
      [finding("placeholder", { start: 1, end: 1 }, "Vul in.")],
      "nl",
    );
    expect(result.value.added).toBe(0);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]?.text.nl).toMatch(/nieuwere versie van Word \(WordApi 1\.4\)/);
    expect(fake.runCount).toBe(0);
  });

  it("skips findings whose place is gone and says how many", async () => {
    const fake = createFakeWord(DOCUMENT);
    const result = await createWordHost(fake.environment()).addComments(
      [
        finding("placeholder", { start: 1, end: 1 }, "Vul in."),
        finding("placeholder", { start: 7, end: 7 }, "Weg."),
      ],
      "nl",
    );
    expect(result.value.added).toBe(1);
    expect(result.messages[0]?.text.nl).toMatch(/^1 bevinding kon niet als opmerking worden geplaatst/);
  });

  it("refuses when the document has more or fewer paragraphs than when the findings were made", async () => {
    const fake = createFakeWord(DOCUMENT);
    const host = createWordHost(fake.environment());
    await host.read();
    fake.insertParagraphs(0, [{ text: "nieuw" }]);
    await expect(
      host.addComments([finding("placeholder", { start: 1, end: 1 }, "Vul in.")], "nl"),
    ).rejects.toMatchObject({
      code: "document-changed",
    });
    expect(fake.document.comments).toHaveLength(0);
  });
});
