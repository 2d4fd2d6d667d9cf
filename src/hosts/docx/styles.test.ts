import { resolveBuiltInStyleName } from "./styles";

describe("resolveBuiltInStyleName", () => {
  it.each([
    ["heading 1", "Heading1"],
    ["Heading 1", "Heading1"],
    ["Kop 2", "Heading2"],
    ["Überschrift 3", "Heading3"],
    ["Titre 4", "Heading4"],
    ["Title", "Title"],
    ["Titel", "Title"],
    ["Subtitle", "Subtitle"],
    ["List Paragraph", "ListParagraph"],
    ["Lijstalinea", "ListParagraph"],
    ["Normal", "Normal"],
    ["Standaard", "Normal"],
    ["No Spacing", "NoSpacing"],
    ["Quote", "Quote"],
    ["Table Grid", "TableGrid"],
    ["Grid Table 4 Accent 1", "GridTable4_Accent1"],
    ["toc 2", "Toc2"],
    ["Strong", "Strong"],
  ])("maps %j to %s", (name, builtIn) => {
    expect(resolveBuiltInStyleName(name)).toBe(builtIn);
  });

  it.each(["Profielkop", "Heading 10", "Normal Table", "Default Paragraph Font"])(
    "gives custom name %j no built-in",
    (name) => {
      expect(resolveBuiltInStyleName(name)).toBeNull();
    },
  );
});
