import type { Message } from "../../core/common";
import { createFakeWord } from "../../../test/fakes/word";
import { parseIgnores } from "../../core/findings/ignored";
import { ignoreOf } from "../../../test/helpers/ignores";
import { IGNORED_SETTING_KEY } from "./ignored";
import { createWordHost } from "./word-host";

describe("ignored findings kept in the document", () => {
  it("round-trips through document.settings on WordApi 1.4, as one JSON value", async () => {
    const fake = createFakeWord([{ text: "tekst" }]);
    const host = createWordHost(fake.environment());
    expect(await host.loadIgnored()).toEqual([]);
    const reasoned = { ...ignoreOf("competency-count#0"), reason: "niet-van-toepassing" as const };
    await host.saveIgnored([ignoreOf("placeholder#3"), reasoned, ignoreOf("placeholder#3")]);
    expect(
      JSON.parse(JSON.parse(fake.document.settings.get(IGNORED_SETTING_KEY) ?? "null") as string),
    ).toEqual([ignoreOf("placeholder#3"), reasoned]);
    expect(await createWordHost(fake.environment()).loadIgnored()).toEqual([
      ignoreOf("placeholder#3"),
      reasoned,
    ]);
  });

  it("falls back to Office's document settings on older Word", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { apiVersion: "1.3" });
    const host = createWordHost(fake.environment());
    await host.saveIgnored([ignoreOf("section-empty#1")]);
    expect(fake.legacySettings.saveCount).toBe(1);
    expect(fake.legacySettings.saved.get(IGNORED_SETTING_KEY)).toBe(
      '[{"id":"section-empty#1","reason":null,"note":"","at":null}]',
    );
    expect(await host.loadIgnored()).toEqual([ignoreOf("section-empty#1")]);
    expect(host.capabilities().settings).toBe(true);
  });

  it("treats a damaged setting as nothing ignored and says so", async () => {
    const fake = createFakeWord([{ text: "tekst" }]);
    fake.document.settings.set(IGNORED_SETTING_KEY, JSON.stringify("{niet: json"));
    const messages: Message[] = [];
    const host = createWordHost(fake.environment({ onMessage: (item) => messages.push(item) }));
    expect(await host.loadIgnored()).toEqual([]);
    expect(messages.map((item) => item.code)).toEqual(["ignored-setting-damaged"]);
    expect(messages[0]?.text.nl).toMatch(/beschadigd/);
  });

  it("keeps the good entries of a partly damaged list and drops the rest", () => {
    const good = { id: "c#3", reason: "anders", note: "Staat in de cao.", at: "2026-12-01T09:00:00.000Z" };
    const wrongReason = { id: "d#4", reason: "geen zin", note: "", at: null };
    expect(parseIgnores(["a#1", 7, null, "b#2", good, wrongReason]).ignores).toEqual([
      ignoreOf("a#1"),
      ignoreOf("b#2"),
      good,
    ]);
    expect(parseIgnores(["a#1", 7]).messages).toHaveLength(1);
    // An entry without note or date (written by hand) reads with an empty note.
    expect(parseIgnores([{ id: "e#5", reason: "bewust-afwijkend" }]).ignores).toEqual([
      { id: "e#5", reason: "bewust-afwijkend", note: "", at: null },
    ]);
    expect(parseIgnores({ ids: ["a"] })).toMatchObject({
      ignores: [],
      messages: [{ code: "ignored-setting-damaged" }],
    });
    expect(parseIgnores(null)).toEqual({ ignores: [], messages: [] });
  });

  it("gives the read-only message when the ignore list cannot be saved", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { readOnly: true });
    await expect(createWordHost(fake.environment()).saveIgnored([ignoreOf("a#1")])).rejects.toMatchObject({
      code: "read-only",
    });
  });

  it("says clearly when there is nowhere to keep the list", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { apiVersion: "1.3" });
    const host = createWordHost(fake.environment({ legacySettings: null }));
    expect(host.capabilities().settings).toBe(false);
    expect(await host.loadIgnored()).toEqual([]);
    await expect(host.saveIgnored([ignoreOf("a#1")])).rejects.toMatchObject({ code: "settings-unavailable" });
  });
});
