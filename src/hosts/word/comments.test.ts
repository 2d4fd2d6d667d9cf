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
    expect(result).toEqual({ value: { added: 2, updated: 0, removed: 0 }, messages: [] });
    expect(fake.document.comments).toEqual([
      {
        text: expect.stringMatching(
          /^Vul de naam van de leidinggevende in\.\nControle: placeholder \(Profielwijzer #[0-9a-z]+\)$/,
        ),
        startParagraph: 1,
        endParagraph: 1,
        rangeText: "xxx",
      },
      {
        text: expect.stringMatching(/^De sectie is leeg\.\nControle: section-empty \(Profielwijzer #/),
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
    expect(fake.document.comments[0]?.text).toMatch(/^Vul in\. \(en\)\nCheck: placeholder \(Profielwijzer #/);
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

  describe("a second click", () => {
    const findings = [
      finding("placeholder", { start: 1, end: 1 }, "Vul de leidinggevende in."),
      finding("placeholder", { start: 2, end: 2 }, "Vul in aan wie leiding wordt gegeven."),
    ];

    it("with the same findings changes nothing: each finding keeps exactly one comment", async () => {
      const fake = createFakeWord(DOCUMENT);
      const host = createWordHost(fake.environment());
      await host.addComments(findings, "nl");
      const again = await host.addComments(findings, "nl");
      expect(again.value).toEqual({ added: 0, updated: 0, removed: 0 });
      expect(fake.document.comments).toHaveLength(2);
      // Nothing to write: the second run reads only.
      expect(fake.syncsOfRun(fake.runCount).filter((sync) => sync.writes > 0)).toHaveLength(0);
    });

    it("updates ours, adds new ones, removes those of solved findings and leaves the user's own", async () => {
      const fake = createFakeWord(DOCUMENT);
      const host = createWordHost(fake.environment());
      await host.addComments(findings, "nl");
      fake.document.comments.push({
        text: "Klopt dit? Jan",
        startParagraph: 0,
        endParagraph: 0,
        rangeText: "",
      });
      const result = await host.addComments(
        [
          // The first finding is solved; the second reads differently now (the other language); one is new.
          { ...findings[1]!, message: { nl: "Nog niet ingevuld.", en: "Not filled in." } },
          finding("section-empty", { start: 0, end: 0 }, "De sectie is leeg."),
        ],
        "nl",
      );
      expect(result.value).toEqual({ added: 1, updated: 1, removed: 1 });
      expect(fake.document.comments.map((comment) => comment.text.split("\n")[0])).toEqual([
        "Nog niet ingevuld.",
        "Klopt dit? Jan",
        "De sectie is leeg.",
      ]);
    });

    it("takes a comment Word gives back with \\r for the line break as unchanged", async () => {
      const fake = createFakeWord(DOCUMENT);
      const host = createWordHost(fake.environment());
      await host.addComments(findings, "nl");
      for (const comment of fake.document.comments) comment.text = comment.text.replace("\n", "\r");
      const again = await host.addComments(findings, "nl");
      expect(again.value).toEqual({ added: 0, updated: 0, removed: 0 });
    });

    it("replaces the comments an older version wrote twice (without the mark) by one each", async () => {
      const fake = createFakeWord(DOCUMENT);
      const old = {
        text: "Profielwijzer: Vul in. [placeholder]",
        startParagraph: 1,
        endParagraph: 1,
        rangeText: "",
      };
      fake.document.comments.push({ ...old }, { ...old });
      const result = await createWordHost(fake.environment()).addComments([findings[0]!], "nl");
      expect(result.value).toEqual({ added: 1, updated: 0, removed: 2 });
      expect(fake.document.comments).toHaveLength(1);
    });
  });
});
