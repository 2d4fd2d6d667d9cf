import { seed001 } from "../../../test/helpers/seed-snapshots";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../data";
import { analyse } from "../analyse";
import { overviewRows } from "./overview";

const analysis = analyse(seed001(), { templates: BUILT_IN_TEMPLATES, library: BUILT_IN_LIBRARY }).value;

describe("overview rows", () => {
  it("takes the grade from the level table's own column when no field gives it", () => {
    expect(analysis.profile.fields.some((field) => /groep|schaal/.test(field.key))).toBe(false);
    const [row] = overviewRows([{ file: "accountmanager-ii.docx", analysis }], [], "nl");
    expect(row!.grade).toBe("8");
    expect(row!.title).toBe(analysis.profile.title!.text);
  });

  it("names the template as a person reads it, in the reader's language, not by its id", () => {
    const file = { file: "accountmanager-ii.docx", analysis };
    expect(overviewRows([file], [], "nl")[0]!.template).toBe("Resultaatprofiel");
    expect(overviewRows([file], [], "en")[0]!.template).toBe("Result profile");
  });

  it("keeps a file that could not be read as a row with its error and empty columns", () => {
    const [row] = overviewRows(
      [{ file: "kapot.docx", analysis: null, error: "Geen geldig .docx-bestand." }],
      [],
      "nl",
    );
    expect(row).toMatchObject({
      file: "kapot.docx",
      title: null,
      grade: null,
      resultAreas: 0,
      complete: false,
    });
    expect(row!.error).toBe("Geen geldig .docx-bestand.");
  });
});
