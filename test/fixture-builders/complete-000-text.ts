import type { CompetencyContent, FunctieprofielContent } from "./functieprofiel-content";
import { SEED_000 } from "./seed-000-text";

/**
 * Seed 000 finished the way an HR writer would finish it for a real bakery: every placeholder replaced
 * by real text, the template's guidance removed, header, date and signatures filled in, and the six
 * suggested competencies cut back to the five the template allows. The items are the seed's own; each
 * `xxx.` item becomes one real item, so the task and indicator counts stay those of the seed.
 */

/** The seed's competencies minus `Aandacht en begrip tonen`: five, as the template advises. */
export const COMPLETE_COMPETENCIES: CompetencyContent[] = SEED_000.competencies.items.filter(
  (competency) => competency.name !== "Aandacht en begrip tonen",
);

/** What each result area's `xxx.` task and indicator become, in area order. */
const AREA_COMPLETIONS: { task: string; indicator: string }[] = [
  {
    task: "-\tbewaken van de uitvoering van het jaarplan en tussentijds rapporteren over de voortgang aan de leidinggevende.",
    indicator: "-\tmate waarin jaarplan en contractafspraken op elkaar aansluiten.",
  },
  {
    task: "-\tsignaleren van nieuwe commerciële kansen binnen de klantorganisatie en deze vertalen naar concrete voorstellen.",
    indicator: "-\tgerealiseerde omzetgroei per account.",
  },
  {
    task: "-\tbegeleiden van winkelpersoneel bij de presentatie van nieuwe producten en seizoensacties.",
    indicator: "-\tpercentage klachten dat binnen de afgesproken termijn is afgehandeld.",
  },
  {
    task: "-\tpresenteren van de kwartaalresultaten aan de klant en aan de eigen directie.",
    indicator: "-\ttijdigheid en betrouwbaarheid van de rapportages.",
  },
  {
    task: "-\twerven en selecteren van nieuwe medewerkers in overleg met de afdeling P&O.",
    indicator: "-\tverzuim en verloop binnen het team.",
  },
];

function replacePlaceholder(items: string[], replacement: string): string[] {
  return items.map((item) => (/^-\s*\txxx\.$/i.test(item) ? replacement : item));
}

export const COMPLETE_000: FunctieprofielContent = {
  ...SEED_000,
  header: {
    ...SEED_000.header,
    organisation: "Bakkerij De Korenschoof / Verkoop",
    number: "Functienummer: KAM-014",
  },
  characteristics: {
    ...SEED_000.characteristics,
    guidance: null,
    text: [
      ...SEED_000.characteristics.text.map((text) => text.replace(/ Xxx$/, "")),
      "De functie valt onder de afdeling Verkoop van Bakkerij De Korenschoof. De key accountmanager onderhoudt de contacten met de inkooporganisaties van de landelijke supermarktketens en stemt de levering van brood en banket af met de afdelingen Productie en Logistiek.",
    ],
  },
  organisation: {
    ...SEED_000.organisation,
    fields: [
      { label: "Direct leidinggevende", value: "Commercieel directeur." },
      { label: "Geeft leiding aan", value: "4 tot 7 winkel accountmanagers." },
    ],
  },
  resultAreas: {
    ...SEED_000.resultAreas,
    areas: SEED_000.resultAreas.areas.map((area, index) => {
      const completion = AREA_COMPLETIONS[index];
      if (completion === undefined) return area;
      return {
        number: area.number,
        title: area.title,
        tasks: replacePlaceholder(area.tasks, completion.task).map((task) =>
          task.replace(/^- \t/, "-\t").trimEnd(),
        ),
        indicators: replacePlaceholder(area.indicators, completion.indicator),
      };
    }),
  },
  conditions: {
    ...SEED_000.conditions,
    items: replacePlaceholder(
      SEED_000.conditions.items,
      "-\tOnregelmatige werktijden door klantbezoeken en winkelbezoeken buiten kantoortijden.",
    ),
  },
  date: "Datum: 2 maart 2026",
  signature: [
    { label: "Handtekening leidinggevende (voor akkoord)", date: "dd. 12 maart 2026", name: "Henk de Graaf" },
    { label: "Handtekening medewerker (voor gezien)", date: "dd. 12 maart 2026", name: "Sanne Vermeulen" },
  ],
  knowledge: {
    ...SEED_000.knowledge,
    items: SEED_000.knowledge.items.map((item) => (item === "-\tXxx." ? "-\tRijbewijs B." : item)),
  },
  competencies: {
    ...SEED_000.competencies,
    guidance: null,
    items: COMPLETE_COMPETENCIES,
    closing: null,
  },
};
