import type { Message } from "../../core/common";
import { createFakeWord } from "../../../test/fakes/word";
import { parseIgnoredIds as parseIgnored } from "../../core/findings/ignored";
import { IGNORED_SETTING_KEY } from "./ignored";
import { createWordHost } from "./word-host";

describe("ignored findings kept in the document", () => {
  it("round-trips through document.settings on WordApi 1.4, as one JSON value", async () => {
    const fake = createFakeWord([{ text: "tekst" }]);
    const host = createWordHost(fake.environment());
    expect(await host.loadIgnored()).toEqual([]);
    await host.saveIgnored(["placeholder#3", "competency-count#0", "placeholder#3"]);
    expect(JSON.parse(fake.document.settings.get(IGNORED_SETTING_KEY) ?? "null")).toBe(
      '["placeholder#3","competency-count#0"]',
    );
    expect(await createWordHost(fake.environment()).loadIgnored()).toEqual([
      "placeholder#3",
      "competency-count#0",
    ]);
  });

  it("falls back to Office's document settings on older Word", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { apiVersion: "1.3" });
    const host = createWordHost(fake.environment());
    await host.saveIgnored(["section-empty#1"]);
    expect(fake.legacySettings.saveCount).toBe(1);
    expect(fake.legacySettings.saved.get(IGNORED_SETTING_KEY)).toBe('["section-empty#1"]');
    expect(await host.loadIgnored()).toEqual(["section-empty#1"]);
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

  it("keeps the good ids of a partly damaged list and drops the rest", () => {
    expect(parseIgnored(["a#1", 7, null, "b#2"]).ids).toEqual(["a#1", "b#2"]);
    expect(parseIgnored(["a#1", 7]).messages).toHaveLength(1);
    expect(parseIgnored({ ids: ["a"] })).toMatchObject({
      ids: [],
      messages: [{ code: "ignored-setting-damaged" }],
    });
    expect(parseIgnored(null)).toEqual({ ids: [], messages: [] });
  });

  it("gives the read-only message when the ignore list cannot be saved", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { readOnly: true });
    await expect(createWordHost(fake.environment()).saveIgnored(["a#1"])).rejects.toMatchObject({
      code: "read-only",
    });
  });

  it("says clearly when there is nowhere to keep the list", async () => {
    const fake = createFakeWord([{ text: "tekst" }], { apiVersion: "1.3" });
    const host = createWordHost(fake.environment({ legacySettings: null }));
    expect(host.capabilities().settings).toBe(false);
    expect(await host.loadIgnored()).toEqual([]);
    await expect(host.saveIgnored(["a#1"])).rejects.toMatchObject({ code: "settings-unavailable" });
  });
});
