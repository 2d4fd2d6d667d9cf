import { cleanItemText, cleanLabel, editDistance, headingKey, isAllCaps, listMarkerOf } from "./normalise";
import { findPlaceholders, isPlaceholderOnly } from "./placeholders";

describe("normalising text", () => {
  it.each([
    ["Competenties / gedragsvoorbeelden", "Competenties en gedragsvoorbeelden"],
    ["COMPETENTIES & GEDRAGSVOORBEELDEN:", "Competenties en gedragsvoorbeelden"],
    ["Niveau-onderscheidende kenmerken", "Niveauonderscheidende kenmerken"],
    ["3. Resultaatgebieden", "Resultaatgebieden"],
    ["Financiële invloed", "Financiele invloed"],
  ])("gives %j and %j the same heading key", (a, b) => {
    expect(headingKey(a)).toBe(headingKey(b));
  });

  it.each([
    ["-\tvolgen van ontwikkelingen;", "volgen van ontwikkelingen"],
    ["- \tvaststellen van de formatie;", "vaststellen van de formatie"],
    ["•  advies over kwaliteitsborging, etc.;", "advies over kwaliteitsborging, etc."],
    ["xxx.", "xxx"],
    ["HBO werk- en denkniveau.", "HBO werk- en denkniveau"],
  ])("cleans the item %j to %j", (raw, clean) => {
    expect(cleanItemText(raw)).toBe(clean);
  });

  it("finds typed list markers but not numbers that are part of the text", () => {
    expect(listMarkerOf("-\tvolgen")).toBe("-\t");
    expect(listMarkerOf("1.\tJaarplan")).toBe("1.\t");
    expect(listMarkerOf("2.500 klanten per jaar")).toBeNull();
    expect(listMarkerOf("Taken:")).toBeNull();
  });

  it("cleans labels and recognises capitals", () => {
    expect(cleanLabel("1. Kennis en betekenisvolle ervaring:")).toBe("Kennis en betekenisvolle ervaring");
    expect(isAllCaps("COMPETENTIEPROFIEL")).toBe(true);
    expect(isAllCaps("Competentieprofiel")).toBe(false);
  });

  it("bounds the edit distance", () => {
    expect(editDistance("resultaatgebieden", "resultaatgebiede", 2)).toBe(1);
    expect(editDistance("organisatie", "competenties", 2)).toBe(3);
  });
});

describe("finding placeholders", () => {
  it.each([
    ["Functienummer: xxx", ["xxx"]],
    ["Direct leidinggevende\t:\t(“naam direct leidinggevende”).", ["(“naam direct leidinggevende”)"]],
    ["dd. (“datum”)", ["dd. (“datum”)"]],
    ["“Bedrijfsnaam”/”Afdeling”", ["“Bedrijfsnaam”/”Afdeling”"]],
    ["Naam: [naam medewerker]", ["[naam medewerker]"]],
    ["Datum: ____", ["____"]],
    ["De omzet groeit. Xxx", ["Xxx"]],
    ["Klik of tik om tekst in te voeren.", ["Klik of tik om tekst in te voeren."]],
  ])("finds the placeholder in %j", (text, expected) => {
    expect(findPlaceholders(text).map((match) => match.text)).toEqual(expected);
  });

  it.each([
    "Maat XXL en de Maxxxter-lijn",
    "zie [bijlage 2] en [sic]",
    "(h)erkent prestaties",
    "omzet > € 15.000 per jaar",
    "de ‘Kompas’-methode (versie 3)",
  ])("raises no false alarm on %j", (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it("tells a placeholder-only item from text that merely contains one", () => {
    expect(isPlaceholderOnly("xxx.")).toBe(true);
    expect(isPlaceholderOnly("-\tXxx.")).toBe(true);
    expect(isPlaceholderOnly("dd. (“datum”)")).toBe(true);
    expect(isPlaceholderOnly("De key accountmanager is gericht op omzet. Xxx")).toBe(false);
  });
});
