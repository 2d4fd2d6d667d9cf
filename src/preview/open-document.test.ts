import { describe, expect, it } from "@jest/globals";
import { downloadName } from "./open-document";

describe("downloadName", () => {
  it("suggests '<name> (bewerkt).docx' for a changed file", () => {
    expect(downloadName("profiel.docx", true, "bewerkt")).toBe("profiel (bewerkt).docx");
    expect(downloadName("Profiel Adviseur.DOCX", true, "bewerkt")).toBe("Profiel Adviseur (bewerkt).docx");
    expect(downloadName("profiel.docx", true, "edited")).toBe("profiel (edited).docx");
  });

  it("keeps an unchanged file's own name", () => {
    expect(downloadName("profiel.docx", false, "bewerkt")).toBe("profiel.docx");
  });

  it("does not add the suffix twice when an edited download is opened and edited again", () => {
    expect(downloadName("profiel (bewerkt).docx", true, "bewerkt")).toBe("profiel (bewerkt).docx");
  });

  it("gives a name without .docx the extension", () => {
    expect(downloadName("profiel", true, "bewerkt")).toBe("profiel (bewerkt).docx");
  });
});
