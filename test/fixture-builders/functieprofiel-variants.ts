import { ARIAL_HOUSE_STYLE, STYLE_IDS_NL, type HouseStyle } from "./docx-kit";
import { COMPLETE_000 } from "./complete-000-text";
import type { FunctieprofielContent } from "./functieprofiel-content";
import { buildFunctieprofielDocx } from "./functieprofiel-layout";

/** The seed's layout (heading bars, typed `-<tab>` items), finished: a reviewer finds nothing to fix. */
export function buildFunctieprofielComplete(): Promise<Uint8Array> {
  return buildFunctieprofielDocx(
    COMPLETE_000,
    { headings: "bars", lists: "typed", ids: ARIAL_HOUSE_STYLE.ids },
    { title: "Functieprofiel Key accountmanager", author: "Afdeling P&O", house: ARIAL_HOUSE_STYLE },
  );
}

/** As Dutch Word writes styles: ids `Standaard`, `Kop1`, `Kop2`, `Lijstalinea`; names stay `heading 1`…. */
const DUTCH_HOUSE_STYLE: HouseStyle = { font: "Arial", size: 10, ids: STYLE_IDS_NL, headingColor: "1F3864" };

/** The finished profile with the wording variants real documents use. */
export const HEADING_STYLES_NL_CONTENT: FunctieprofielContent = {
  ...COMPLETE_000,
  knowledge: { ...COMPLETE_000.knowledge, heading: "Kennis en ervaring" },
  competencies: {
    ...COMPLETE_000.competencies,
    heading: "Competenties en gedragsvoorbeelden",
    // One competency written without a level (a warning, not an error).
    items: COMPLETE_000.competencies.items.map((competency) =>
      competency.name === "Relaties bouwen en netwerken" ? { ...competency, level: null } : competency,
    ),
  },
};

/** Competency lines 1, 3 and 5 without a colon: `Aansturen (5)`, `Relaties bouwen en netwerken`. */
const COLON_AT = new Set([1, 3]);

/**
 * Headings in Word heading styles with Dutch style ids (`Kop1` for `COMPETENTIEPROFIEL`, `Kop2` for the
 * sections), the result-area table kept, and tasks, indicators and behaviours as real Word bullet lists.
 */
export function buildFunctieprofielHeadingStylesNl(): Promise<Uint8Array> {
  return buildFunctieprofielDocx(
    HEADING_STYLES_NL_CONTENT,
    { headings: "styles", lists: "word", ids: STYLE_IDS_NL, competencyColon: (index) => COLON_AT.has(index) },
    { title: "Functieprofiel Key accountmanager", author: "Afdeling P&O", house: DUTCH_HOUSE_STYLE },
  );
}

/**
 * The finished profile with its competencies as a table (Competentie | Niveau | Gedragsvoorbeelden), as
 * many organisations write them; headings in Word heading styles, lists as real Word lists.
 */
export function buildFunctieprofielCompetencyTable(): Promise<Uint8Array> {
  return buildFunctieprofielDocx(
    COMPLETE_000,
    { headings: "styles", lists: "word", ids: ARIAL_HOUSE_STYLE.ids, competencies: "table" },
    { title: "Functieprofiel Key accountmanager", author: "Afdeling P&O", house: ARIAL_HOUSE_STYLE },
  );
}
