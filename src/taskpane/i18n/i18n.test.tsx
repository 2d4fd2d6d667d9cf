/** @jest-environment jsdom */
import { describe, expect, it } from "@jest/globals";
import { render, screen } from "@testing-library/react";
import { en, formatString, localise, nl, pickLanguage, StringsProvider, useLanguage, useStrings } from ".";

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
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(nl[key]),
      });
    }
  });

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
