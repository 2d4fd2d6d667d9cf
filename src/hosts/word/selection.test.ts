import type { Location } from "../../core/common";
import { createFakeWord, type FakeParagraphSpec } from "../../../test/fakes/word";
import { createWordHost } from "./word-host";

const DOCUMENT: FakeParagraphSpec[] = [
  { text: "FUNCTIEPROFIEL" },
  { text: "Kenmerken van de functie", styleBuiltIn: "Heading1" },
  { text: "De accountmanager is gericht op het behoud van de omzet. Xxx" },
  { text: "Organisatie", styleBuiltIn: "Heading1" },
  { text: "Geeft leiding aan: xxx." },
];

/** Lets timers of 0 ms and the promise chains after them run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("following and setting the selection", () => {
  it("reports the blocks of the user's selection", async () => {
    const fake = createFakeWord(DOCUMENT);
    const host = createWordHost(fake.environment());
    const seen: Location[] = [];
    host.onSelectionChanged?.((location) => seen.push(location));
    fake.selectParagraphs(2, 3);
    fake.fireSelectionChanged();
    await settle();
    expect(seen).toEqual([{ start: 2, end: 3 }]);
  });

  it("looks the selection up once for a burst of changes", async () => {
    const fake = createFakeWord(DOCUMENT);
    const host = createWordHost(fake.environment({ selectionDebounceMs: 20 }));
    const seen: Location[] = [];
    host.onSelectionChanged?.((location) => seen.push(location));
    for (const index of [0, 1, 4]) {
      fake.selectParagraphs(index);
      fake.fireSelectionChanged();
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
    await settle();
    expect(seen).toEqual([{ start: 4, end: 4 }]);
    expect(fake.runCount).toBe(1);
  });

  it("stops calling back after unsubscribing", async () => {
    const fake = createFakeWord(DOCUMENT);
    const host = createWordHost(fake.environment());
    const seen: Location[] = [];
    const unsubscribe = host.onSelectionChanged?.((location) => seen.push(location));
    unsubscribe?.();
    fake.fireSelectionChanged();
    await settle();
    expect(seen).toEqual([]);
    expect(fake.selectionHandlerCount).toBe(0);
  });

  it("offers no selection events where Office has none", () => {
    const fake = createFakeWord(DOCUMENT, { selectionEvents: false });
    const host = createWordHost(fake.environment());
    expect(host.onSelectionChanged).toBeUndefined();
    expect(host.capabilities().selectionEvents).toBe(false);
  });

  it("selects a location's paragraphs so Word scrolls to them", async () => {
    const fake = createFakeWord(DOCUMENT);
    await createWordHost(fake.environment()).reveal({ start: 3, end: 4 });
    expect(fake.selectedParagraphs()).toMatchObject({ start: 3, end: 4 });
    expect(fake.writes).toHaveLength(0);
  });

  it("selects just the characters a location names", async () => {
    const fake = createFakeWord(DOCUMENT);
    await createWordHost(fake.environment()).reveal({ start: 2, end: 2, chars: { start: 57, end: 60 } });
    expect(fake.selectedParagraphs()).toEqual({ start: 2, end: 2, chars: { start: 57, end: 60 } });
  });

  it("says the place is gone when a location lies outside the document", async () => {
    const fake = createFakeWord(DOCUMENT);
    await expect(createWordHost(fake.environment()).reveal({ start: 9, end: 9 })).rejects.toMatchObject({
      code: "location-missing",
      text: { nl: "Deze plek bestaat niet meer in het document. Controleer opnieuw." },
    });
  });
});
