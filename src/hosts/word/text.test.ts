import fc from "fast-check";
import {
  countOccurrences,
  escapeWordSearch,
  isWordPlaceholderText,
  locateText,
  normaliseWordText,
  toWordText,
} from "./text";

/** Resolves a locator the way Word's search does it, to check it points at the wanted characters. */
function resolve(text: string, locator: { window: string; left: number; right: number }): [number, number] {
  const at = text.indexOf(locator.window);
  return [at + locator.left, at + locator.window.length - locator.right];
}

describe("Word text helpers", () => {
  it("turns manual line breaks into \\n one for one, so offsets stay put", () => {
    expect(normaliseWordText("Titel\u000bTekst\rmeer")).toBe("Titel\nTekst\nmeer");
    expect(toWordText("Titel\nTekst")).toBe("Titel\u000bTekst");
  });

  it("escapes Word's search specials", () => {
    expect(escapeWordSearch("a^b\tc\nd")).toBe("a^^b^tc^ld");
  });

  it("uses the text itself when it occurs once", () => {
    expect(locateText("Geeft leiding aan: xxx.", 19, 22)).toEqual({ window: "xxx", left: 0, right: 0 });
  });

  it("adds context on the right, then on the left, until the window is unique", () => {
    const text = "xxx en xxx en xxx";
    const middle = locateText(text, 7, 10);
    expect(middle && resolve(text, middle)).toEqual([7, 10]);
    const last = locateText(text, 14, 17);
    expect(last).toMatchObject({ right: 0 });
    expect(last && resolve(text, last)).toEqual([14, 17]);
  });

  it("gives up when no window of at most 255 search characters is unique", () => {
    const text = "ab".repeat(200);
    expect(locateText(text, 200, 202)).toBeNull();
    expect(locateText("kort", 2, 1)).toBeNull();
  });

  it("always points a found window at the wanted characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("x", "y", " ", "\t"), maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          if (text.length === 0) return;
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const locator = locateText(text, start, end);
          if (!locator) return;
          expect(countOccurrences(text, locator.window)).toBe(1);
          expect(resolve(text, locator)).toEqual([start, end]);
        },
      ),
    );
  });

  it("recognises Word's placeholder texts in Dutch and English", () => {
    expect(isWordPlaceholderText("Klik of tik om tekst in te voeren.")).toBe(true);
    expect(isWordPlaceholderText("Click or tap to enter a date.")).toBe(true);
    expect(isWordPlaceholderText("Klik hier om het profiel te openen.")).toBe(false);
  });
});
