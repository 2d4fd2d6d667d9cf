import { ARIAL_HOUSE_STYLE } from "./docx-kit";
import { buildResultaatprofielDocx } from "./resultaatprofiel-layout";
import { SEED_001 } from "./seed-001-text";

/** Seed 001 as Word wrote it: Title style, bold runs in the context, real bullet lists in the tables. */
export function buildSeed001(): Promise<Uint8Array> {
  return buildResultaatprofielDocx(SEED_001, {
    title: "Resultaatprofiel Accountmanager II",
    author: "Afdeling HRM",
    house: ARIAL_HOUSE_STYLE,
  });
}
