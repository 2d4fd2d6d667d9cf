import type { LocalisedText } from "../common";
import type { TemplateMatch } from "./schema";

type Candidate = TemplateMatch["candidates"][number];

/**
 * A detection score in words, the same in the pane, the CLI and the findings. The score is the share of a
 * template's sections and typical phrases found in the document, not a probability: it is worded as what it
 * is ("74% van de kenmerken gevonden"), never as certainty.
 */
export function matchText(candidate: Candidate): LocalisedText {
  const percent = Math.round(candidate.score * 100);
  return {
    nl: `${candidate.name.nl} (${percent}% van de kenmerken gevonden)`,
    en: `${candidate.name.en} (${percent}% of its features found)`,
  };
}

/** "Lijkt het meest op Functiegebouw Rijksoverheid (74% van de kenmerken gevonden)". */
export function closestMatchText(candidate: Candidate): LocalisedText {
  const match = matchText(candidate);
  return { nl: `Lijkt het meest op ${match.nl}`, en: `Closest to ${match.en}` };
}
