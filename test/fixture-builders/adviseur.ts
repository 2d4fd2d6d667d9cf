import { ADVISEUR_HRM } from "./adviseur-text";
import { ARIAL_HOUSE_STYLE } from "./docx-kit";
import { buildResultaatprofielDocx } from "./resultaatprofiel-layout";

/** A complete `resultaatprofiel` for ADVISEUR HRM II in seed 001's layout. */
export function buildAdviseurHrm(): Promise<Uint8Array> {
  return buildResultaatprofielDocx(ADVISEUR_HRM, {
    title: "Resultaatprofiel Adviseur HRM II",
    author: "Afdeling HRM",
    house: ARIAL_HOUSE_STYLE,
  });
}
