import { COMPLETE_000 } from "./complete-000-text";
import { ARIAL_HOUSE_STYLE } from "./docx-kit";
import type { CompetencyContent, FunctieprofielContent, ResultAreaContent } from "./functieprofiel-content";
import { buildFunctieprofielDocx } from "./functieprofiel-layout";

/**
 * Large `functieprofiel` documents for benchmarks and fuzzing, in seed 000's table layout, with varied
 * Dutch text composed from phrase lists. The output depends only on the options (a seeded generator), so
 * a benchmark measures the same document every run.
 *
 * Paragraph count = 48 + resultAreas × (1 + 2 × tasksPerArea) + competencies × 5 (table paragraphs
 * included); `LARGE_PROFILE_10K` in index.ts gives 10,144.
 */
export interface LargeProfileOptions {
  resultAreas: number;
  /** Tasks per area; each area gets as many indicators. */
  tasksPerArea: number;
  competencies: number;
}

const AREA_TITLES = [
  "Jaarplan account(s)",
  "Accountmanagement",
  "Advies en begeleiding winkels",
  "Verantwoording resultaten",
  "Personeelsbeheer",
  "Marktverkenning",
  "Acquisitie nieuwe klanten",
  "Contractbeheer",
  "Assortimentsadvies",
  "Promotie en seizoensacties",
  "Klachtenafhandeling",
  "Samenwerking Productie en Logistiek",
  "Prijsbeleid en marges",
  "Rapportage en analyse",
  "Kwaliteitsborging",
  "Projecten en verbetering",
];

const REGIONS = ["Noord", "Oost", "Zuid", "West", "Midden", "Randstad", "Noordoost", "Zuidwest"];

const TASK_VERBS = [
  "opstellen van",
  "bewaken van",
  "bespreken van",
  "analyseren van",
  "afstemmen van",
  "evalueren en bijstellen van",
  "(laten) uitvoeren van",
  "coördineren van",
  "vastleggen van",
  "rapporteren over",
  "adviseren over",
  "voorbereiden van",
  "signaleren van knelpunten in",
  "verbeteren van",
  "toezien op",
];

const OBJECTS = [
  "het jaarplan per account",
  "de contractafspraken met de klant",
  "de omzet- en margeontwikkeling",
  "promotionele acties in de winkels",
  "de samenwerking met de afdeling Logistiek",
  "klachten en reclamaties",
  "het assortiment brood en banket",
  "de bezoekplanning van de winkels",
  "de prijsafspraken met inkooporganisaties",
  "de resultaten van de winkel accountmanagers",
  "het opleidingsplan van het team",
  "de kwaliteit van de dienstverlening",
  "de gegevens in het CRM-systeem",
  "seizoensacties en productintroducties",
  "de afzetprognoses",
  "de presentatie in de schappen",
];

const CONTEXTS = [
  "",
  " in overleg met de leidinggevende",
  " op vestigingsniveau",
  " binnen de afgesproken kaders",
  " met de salesverantwoordelijke bij de klant",
  " per kwartaal",
  " in samenwerking met Productie",
  " voor de grootste accounts",
];

const MEASURES = [
  "kwaliteit van",
  "tijdigheid van",
  "mate van inzicht in",
  "aantal verbetervoorstellen voor",
  "tevredenheid van de klant over",
  "juistheid van",
  "volledigheid van",
  "ontwikkeling van",
];

const COMPETENCY_NAMES = [
  "Aansturen",
  "Klantgerichtheid",
  "Samenwerken",
  "Plannen en organiseren",
  "Resultaatgerichtheid",
  "Kwaliteit leveren",
  "Relaties bouwen en netwerken",
  "Ondernemend en commercieel handelen",
  "Overtuigingskracht",
  "Analyseren",
  "Initiatief",
  "Flexibiliteit",
  "Stressbestendigheid",
  "Integriteit",
  "Coachen",
  "Delegeren",
  "Visie",
  "Omgevingsbewustzijn",
  "Onderhandelen",
  "Besluitvaardigheid",
  "Mondelinge communicatie",
  "Schriftelijke communicatie",
  "Nauwkeurigheid",
  "Voortgangscontrole",
  "Leervermogen",
];

const LEVELS = ["5", "4", "3", "4/5", "3/4"];

const BEHAVIOURS = [
  "maakt heldere afspraken over taken en verantwoordelijkheden",
  "spreekt collega's aan op het nakomen van afspraken",
  "vraagt door tot de vraag van de klant helder is",
  "houdt rekening met de belangen van andere afdelingen",
  "stelt prioriteiten op basis van het belang voor de klant",
  "signaleert knelpunten in de planning en stelt oplossingen voor",
  "deelt kennis en ervaring actief met collega's",
  "onderbouwt voorstellen met feiten en cijfers",
  "blijft ook onder tijdsdruk rustig en doelgericht",
  "neemt verantwoordelijkheid voor het eigen werk",
  "zoekt actief naar kansen om de omzet te vergroten",
  "controleert het eigen werk op juistheid en volledigheid",
  "geeft opbouwende feedback op het werk van anderen",
  "past de eigen aanpak aan wanneer de situatie daarom vraagt",
  "legt besluiten duidelijk uit aan betrokkenen",
  "houdt de voortgang van lopende acties bij",
  "bouwt aan langdurige relaties met sleutelfiguren bij de klant",
  "toetst afspraken aan de geldende kaders en regels",
  "vertaalt de doelen van de organisatie naar concrete acties",
  "neemt zelf het initiatief om problemen op te lossen",
];

/** mulberry32: small, fast and good enough to vary text; seeded so output is reproducible. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("lege lijst / empty list");
  return item;
}

/** `-<tab>item;` for every item but the last, which ends with `.`, as the seed writes lists. */
function toDashItems(texts: string[]): string[] {
  return texts.map((text, index) => `-\t${text}${index === texts.length - 1 ? "." : ";"}`);
}

function createAreaTitle(index: number): string {
  const base = AREA_TITLES[index % AREA_TITLES.length] ?? "Resultaatgebied";
  const round = Math.floor(index / AREA_TITLES.length);
  if (round === 0) return base;
  const region = REGIONS[(round - 1) % REGIONS.length] ?? "";
  const cycle = Math.floor((round - 1) / REGIONS.length);
  return cycle === 0 ? `${base} regio ${region}` : `${base} regio ${region} ${cycle + 1}`;
}

function createArea(index: number, tasksPerArea: number, random: () => number): ResultAreaContent {
  const tasks = Array.from(
    { length: tasksPerArea },
    () => `${pick(random, TASK_VERBS)} ${pick(random, OBJECTS)}${pick(random, CONTEXTS)}`,
  );
  const indicators = Array.from(
    { length: tasksPerArea },
    () => `${pick(random, MEASURES)} ${pick(random, OBJECTS)}`,
  );
  return {
    number: index + 1,
    title: createAreaTitle(index),
    tasks: toDashItems(tasks),
    indicators: toDashItems(indicators),
  };
}

function createCompetency(index: number, random: () => number): CompetencyContent {
  const base = COMPETENCY_NAMES[index % COMPETENCY_NAMES.length] ?? "Competentie";
  const round = Math.floor(index / COMPETENCY_NAMES.length);
  const behaviours = new Set<string>();
  while (behaviours.size < 3) behaviours.add(pick(random, BEHAVIOURS));
  return {
    name: round === 0 ? base : `${base} ${round + 1}`,
    level: pick(random, LEVELS),
    behaviours: toDashItems([...behaviours]),
  };
}

/** The content of a large profile; exported so tests can compare a parse with what was generated. */
export function createLargeProfileContent(options: LargeProfileOptions): FunctieprofielContent {
  const random = createRandom(
    options.resultAreas * 7919 + options.tasksPerArea * 104729 + options.competencies,
  );
  return {
    ...COMPLETE_000,
    header: { ...COMPLETE_000.header, number: "Functienummer: KAM-900" },
    resultAreas: {
      ...COMPLETE_000.resultAreas,
      areas: Array.from({ length: options.resultAreas }, (_, index) =>
        createArea(index, options.tasksPerArea, random),
      ),
    },
    competencies: {
      ...COMPLETE_000.competencies,
      items: Array.from({ length: options.competencies }, (_, index) => createCompetency(index, random)),
    },
  };
}

export async function buildLargeFunctieprofiel(options: LargeProfileOptions): Promise<Uint8Array> {
  for (const [key, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(
        `${key} moet een geheel getal ≥ 0 zijn / must be a whole number ≥ 0 (kreeg/got ${value})`,
      );
    }
  }
  return buildFunctieprofielDocx(
    createLargeProfileContent(options),
    { headings: "bars", lists: "typed", ids: ARIAL_HOUSE_STYLE.ids },
    { title: "Functieprofiel Key accountmanager (groot)", author: "Afdeling P&O", house: ARIAL_HOUSE_STYLE },
  );
}
