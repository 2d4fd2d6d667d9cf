import { buildAdviseurHrm } from "./adviseur";
import { buildLargeFunctieprofiel } from "./large";
import { buildGeenProfielBrief, buildLeeg } from "./other-documents";
import { buildFunctieprofielParagraphAreas } from "./paragraph-areas";
import { buildRijksoverheidProfiel } from "./rijksoverheid";
import { buildSeed000 } from "./seed-000";
import { buildSeed001 } from "./seed-001";
import {
  buildFunctieprofielComplete,
  buildFunctieprofielCompetencyTable,
  buildFunctieprofielHeadingStylesNl,
} from "./functieprofiel-variants";
import { COMPLETE_000 } from "./complete-000-text";
import { renderParagraphAreasFodt } from "./libreoffice/paragraph-areas-fodt";

export { buildAdviseurHrm } from "./adviseur";
export { buildLargeFunctieprofiel, createLargeProfileContent, type LargeProfileOptions } from "./large";
export { buildGeenProfielBrief, buildLeeg } from "./other-documents";
export { buildFunctieprofielParagraphAreas } from "./paragraph-areas";
export { buildRijksoverheidProfiel } from "./rijksoverheid";
export { buildSeed000 } from "./seed-000";
export { buildSeed001 } from "./seed-001";
export {
  buildFunctieprofielComplete,
  buildFunctieprofielCompetencyTable,
  buildFunctieprofielHeadingStylesNl,
} from "./functieprofiel-variants";
export { SEED_000 } from "./seed-000-text";
export { SEED_001 } from "./seed-001-text";
export { COMPLETE_000 } from "./complete-000-text";
export { readDocumentXml } from "./docx-kit";
export { extractParagraphTexts } from "./docx-text";

/**
 * Every fixture `scripts/build-fixtures.ts` writes to `test/fixtures/`, by file name. The LibreOffice-written
 * fixtures are not here: `scripts/build-libreoffice-fixtures.sh` makes them from these files.
 */
export const GENERATED_FIXTURES: readonly { file: string; build: () => Promise<Uint8Array> }[] = [
  { file: "seed-000-functieprofiel.docx", build: buildSeed000 },
  { file: "seed-001-resultaatprofiel.docx", build: buildSeed001 },
  { file: "functieprofiel-paragraph-areas.docx", build: buildFunctieprofielParagraphAreas },
  { file: "functieprofiel-heading-styles-nl.docx", build: buildFunctieprofielHeadingStylesNl },
  { file: "functieprofiel-complete.docx", build: buildFunctieprofielComplete },
  { file: "functieprofiel-competency-table.docx", build: buildFunctieprofielCompetencyTable },
  { file: "resultaatprofiel-adviseur.docx", build: buildAdviseurHrm },
  { file: "rijksoverheid-profiel.docx", build: buildRijksoverheidProfiel },
  { file: "geen-profiel-brief.docx", build: buildGeenProfielBrief },
  { file: "leeg.docx", build: buildLeeg },
];

/**
 * Sources LibreOffice converts into fixtures (`scripts/build-libreoffice-fixtures.sh`), by path relative to
 * `test/fixture-builders/`. Rendered from the data modules and written by `scripts/build-fixtures.ts`.
 */
export const LIBREOFFICE_SOURCES: readonly { file: string; render: () => string }[] = [
  {
    file: "libreoffice/functieprofiel-paragraph-areas.fodt",
    render: () => renderParagraphAreasFodt(COMPLETE_000),
  },
];

/** Options for a document of just over 10,000 paragraphs (10,144), for `bench/` and fuzzing. */
export const LARGE_PROFILE_10K = { resultAreas: 204, tasksPerArea: 24, competencies: 20 } as const;
export const buildLarge10k = () => buildLargeFunctieprofiel(LARGE_PROFILE_10K);
