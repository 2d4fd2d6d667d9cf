/** @jest-environment jsdom */
import { describe, expect, it } from "@jest/globals";
import { render, screen } from "@testing-library/react";
import {
  en,
  formatString,
  localise,
  nl,
  pickLanguage,
  pluralCategory,
  slotNames,
  StringsProvider,
  useLanguage,
  useStrings,
} from ".";

describe("the string catalogues", () => {
  it("Dutch and English have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each([
    ["nl", nl],
    ["en", en],
  ] as const)("no %s string is empty or padded with whitespace", (_language, catalogue) => {
    for (const [key, value] of Object.entries(catalogue)) {
      expect({ key, value: value.trim() }).toEqual({ key, value });
      expect({ key, empty: value.length === 0 }).toEqual({ key, empty: false });
    }
  });

  it("both catalogues use the same placeholders in every string", () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: slotNames(en[key]) }).toEqual({ key, placeholders: slotNames(nl[key]) });
    }
  });

  it.each([
    ["nl", nl],
    ["en", en],
  ] as const)(
    "every count followed by a noun in %s picks its singular or plural with a plural slot",
    (_language, catalogue) => {
      // "{count} fouten" would read "1 fouten"; "{count} {count|fout|fouten}" reads "1 fout" and "2 fouten".
      // Counts followed by a word that does not change with the number ("van", "ter", "gekozen") are fine.
      const counts = new Set(["count", "errors", "warnings", "info", "sections", "checked", "total"]);
      const unchanging = new Set(["van", "ter", "gekozen", "of", "for", "more", "chosen"]);
      for (const [key, value] of Object.entries(catalogue)) {
        const offenders = [...value.matchAll(/\{(\w+)\} (\p{L}+)/gu)]
          .filter(([, name, word]) => counts.has(name!) && !unchanging.has(word!))
          .map(([whole]) => whole);
        expect({ key, offenders }).toEqual({ key, offenders: [] });
      }
    },
  );

  it("the tab names are the ones the product uses", () => {
    expect([nl.tabCheck, nl.tabStructure, nl.tabInsert]).toEqual(["Controle", "Structuur", "Invoegen"]);
    expect([en.tabCheck, en.tabStructure, en.tabInsert]).toEqual(["Check", "Structure", "Insert"]);
  });
});

describe("pickLanguage", () => {
  it.each(["en-US", "en-GB", "en", "EN-us", " en-NL "])(
    "picks English for display language %p",
    (display) => {
      expect(pickLanguage(display)).toBe("en");
    },
  );

  it.each(["nl-NL", "nl-BE", "fr-FR", "de-DE", "", "es-EN"])(
    "picks Dutch for display language %p",
    (display) => {
      expect(pickLanguage(display)).toBe("nl");
    },
  );

  it("picks Dutch when Office reports no display language at all", () => {
    expect(pickLanguage(undefined)).toBe("nl");
    expect(pickLanguage(null)).toBe("nl");
  });
});

describe("formatString", () => {
  it("fills every placeholder with its value", () => {
    expect(formatString("{set} {version} of nieuwer", { set: "WordApi", version: "1.3" })).toBe(
      "WordApi 1.3 of nieuwer",
    );
  });

  it("leaves a placeholder without a value visible instead of dropping it", () => {
    expect(formatString("Foutcode: {code}", {})).toBe("Foutcode: {code}");
  });

  it("does not treat inherited object properties as values", () => {
    expect(formatString("{toString}", {})).toBe("{toString}");
  });
});

describe("singular and plural", () => {
  it.each(["nl", "en"] as const)("%s: 1 is singular; 0, 2 and larger counts are plural", (language) => {
    expect([0, 1, 2, 5, 21, 100].map((count) => pluralCategory(count, language))).toEqual([
      "other",
      "one",
      "other",
      "other",
      "other",
      "other",
    ]);
  });

  it("a plural slot gives the form that fits the count, next to the count itself", () => {
    const text = "{count} {count|fout|fouten}";
    expect(formatString(text, { count: 0 }, "nl")).toBe("0 fouten");
    expect(formatString(text, { count: 1 }, "nl")).toBe("1 fout");
    expect(formatString(text, { count: 2 }, "nl")).toBe("2 fouten");
  });

  it("several counts in one sentence each agree with their own noun", () => {
    const values = { errors: 1, warnings: 2, info: 1 };
    expect(formatString(nl.countsSummary, values, "nl")).toBe("1 fout · 2 waarschuwingen · 1 ter informatie");
    expect(formatString(en.countsSummary, values, "en")).toBe("1 error · 2 warnings · 1 for information");
  });

  it.each([
    ["countBehaviours", 1, "1 gedragsvoorbeeld", "1 behaviour example"],
    ["countBehaviours", 3, "3 gedragsvoorbeelden", "3 behaviour examples"],
    ["countIndicators", 1, "1 indicator", "1 indicator"],
    ["tabErrorCount", 1, "1 fout", "1 error"],
    ["previewMore", 1, "en nog 1 regel", "and 1 more line"],
    [
      "noticeCommentsAdded",
      1,
      "1 opmerking toegevoegd aan het document.",
      "1 comment added to the document.",
    ],
  ] as const)("%s with %p reads %p and %p", (key, count, dutch, english) => {
    expect(formatString(nl[key], { count }, "nl")).toBe(dutch);
    expect(formatString(en[key], { count }, "en")).toBe(english);
  });

  it("a plural slot without its count stays visible, like any other placeholder", () => {
    expect(formatString("{count} {count|fout|fouten}", {}, "nl")).toBe("{count} {count|fout|fouten}");
  });

  it("names a count's slots once", () => {
    expect(slotNames("{errors} {errors|fout|fouten} · {info} ter informatie")).toEqual(["errors", "info"]);
  });
});

describe("localise", () => {
  it("returns the text in the requested language", () => {
    const text = { nl: "Het sjabloon ontbreekt.", en: "The template is missing." };
    expect(localise(text, "nl")).toBe("Het sjabloon ontbreekt.");
    expect(localise(text, "en")).toBe("The template is missing.");
  });
});

function Probe() {
  const strings = useStrings();
  return (
    <p>
      {useLanguage()}: {strings.tabCheck}
    </p>
  );
}

describe("useStrings", () => {
  it("gives the catalogue of the provider's language", () => {
    render(
      <StringsProvider language="en">
        <Probe />
      </StringsProvider>,
    );
    expect(screen.getByText("en: Check")).toBeTruthy();
  });

  it("falls back to Dutch outside a provider", () => {
    render(<Probe />);
    expect(screen.getByText("nl: Controle")).toBeTruthy();
  });
});
