import { ARIAL_HOUSE_STYLE } from "./docx-kit";
import { buildFunctieprofielDocx } from "./functieprofiel-layout";
import { SEED_000 } from "./seed-000-text";

/** Seed 000 as Word wrote it: heading bars, typed `-<tab>` items, placeholders and guidance text left in. */
export function buildSeed000(): Promise<Uint8Array> {
  return buildFunctieprofielDocx(
    SEED_000,
    { headings: "bars", lists: "typed", ids: ARIAL_HOUSE_STYLE.ids },
    { title: "Functieprofiel Key accountmanager", author: "Afdeling P&O", house: ARIAL_HOUSE_STYLE },
  );
}
