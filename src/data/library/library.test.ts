import { z } from "zod";
import competenciesJson from "./competencies.json";
import standardTextsJson from "./standard-texts.json";
import {
  LibrarySchema,
  StandardTextsSchema,
  type Library,
  type LibraryCompetency,
  type StandardTexts,
} from "../library-schema";
import { findCompetency, parseLibrary, parseStandardTexts } from "../load";

// Each check collects every offender as a readable line and compares the list with [], so a failing
// run names the competency, level and example at fault instead of stopping at the first one.

const LEVELS = ["1", "2", "3", "4", "5"] as const;
type Level = (typeof LEVELS)[number];

/** How profiles are matched against the library: case, surrounding and doubled spaces do not count. */
function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
}

function normaliseExample(example: string): string {
  return example.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
}

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

function loadLibrary(): Library {
  const result = LibrarySchema.safeParse(competenciesJson);
  if (!result.success) throw new Error(`competencies.json is ongeldig:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function loadStandardTexts(): StandardTexts {
  const result = StandardTextsSchema.safeParse(standardTextsJson);
  if (!result.success) throw new Error(`standard-texts.json is ongeldig:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function findCompetencies(library: Library, name: string): LibraryCompetency[] {
  const wanted = normaliseName(name);
  return library.competencies.filter((competency) =>
    [competency.name, ...competency.aliases].some((candidate) => normaliseName(candidate) === wanted),
  );
}

/** Every behaviour example with where it lives, for checks that walk the whole library. */
function listExamples(library: Library): { id: string; level: Level; text: string }[] {
  return library.competencies.flatMap((competency) =>
    LEVELS.flatMap((level) => competency.levels[level].map((text) => ({ id: competency.id, level, text }))),
  );
}

/** Seed 000 (`Competenties / gedragsvoorbeelden`): names, levels and examples, without list punctuation. */
const SEED_COMPETENCIES: { name: string; levels: Level[]; examples: string[] }[] = [
  {
    name: "Aansturen",
    levels: ["5"],
    examples: [
      "(h)erkent prestaties van individuen en teams",
      "geeft medewerkers de ruimte eigen doelen te formuleren",
      "laat medewerkers werkzaamheden verdelen en uitvoeren en helpt waar nodig, zonder het werk over te nemen",
    ],
  },
  {
    name: "Aandacht en begrip tonen",
    levels: ["5"],
    examples: [
      "neemt waar wat anderen willen en geeft passende feedback",
      "schat de haalbaarheid van plannen en voorstellen bij betrokkenen goed in",
      "anticipeert op de reactie en gevoelens van de ander door de communicatie hierop af te stemmen",
    ],
  },
  {
    name: "Kwaliteit leveren",
    levels: ["5"],
    examples: [
      "grijpt in als de geëiste kwaliteit niet in orde is",
      "vraagt feedback met betrekking tot de kwaliteit van het door zijn groep geleverde werk",
      "voelt zich mede verantwoordelijk voor de kwaliteit van de producten en diensten van de organisatie",
      "streeft voortdurend naar kwaliteitsverbetering van producten en diensten",
    ],
  },
  {
    name: "Ondernemend en commercieel handelen",
    levels: ["4", "5"],
    examples: [
      "stelt marktbewerkingsplannen op voor bestaande klantgroepen",
      "vertaalt ontwikkelingen in de markt naar (voor de klant) commercieel interessante producten en diensten weegt kosten en opbrengsten af",
    ],
  },
  {
    name: "Op de behoefte en verwachtingen van de klant richten",
    levels: ["5"],
    examples: [
      "denkt mee bij contractering en dienstverlening door zich te verdiepen in de situatie van de klant",
      "biedt maatwerk in dienstverlening op grond van professionele en commerciële afwegingen",
    ],
  },
  {
    name: "Relaties bouwen en netwerken",
    levels: ["5"],
    examples: [
      "bouwt een relatienetwerk op dat relevant is voor (een onderdeel van) de organisatie",
      "creëert een vertrouwensband met de gesprekspartner",
      "brengt mensen met elkaar in contact",
    ],
  },
];

/** The seed examples are quoted verbatim, so the house-style checks for new text do not apply to them. */
const SEED_EXAMPLES = new Set(SEED_COMPETENCIES.flatMap((seed) => seed.examples.map(normaliseExample)));

/** Competencies Dutch organisations use most; each must be findable under this name. */
const COMMON_NAMES = [
  "Klantgerichtheid",
  "Samenwerken",
  "Samenwerkingsgerichtheid",
  "Plannen en organiseren",
  "Integriteit",
  "Resultaatgerichtheid",
  "Mondelinge communicatie",
  "Schriftelijke communicatie",
  "Flexibiliteit",
  "Stressbestendigheid",
  "Nauwkeurigheid",
  "Probleemanalyse",
  "Oordeelsvorming",
  "Besluitvaardigheid",
  "Initiatief",
  "Overtuigingskracht",
  "Coachen",
  "Delegeren",
  "Visie",
  "Omgevingsbewustzijn",
  "Creativiteit",
  "Veiligheidsbewust werken",
  "Leervermogen",
  "Verantwoordelijkheid nemen",
  "Zelfstandigheid",
  "Sensitiviteit",
  "Inlevingsvermogen",
  "Luisteren",
  "Netwerken",
  "Onderhandelen",
  "Organisatiesensitiviteit",
  "Voortgangscontrole",
  "Discipline",
  "Doorzettingsvermogen",
  "Zelfreflectie",
  "Omgaan met verandering",
  "Ondernemerschap",
  "Commercieel handelen",
  "Motiveren",
  "Conflicthantering",
  "Gastvrijheid",
  "Digitale vaardigheid",
  "Kostenbewustzijn",
  "Kwaliteitsgerichtheid",
  "Presenteren",
  "Klantadvisering",
  "Vakmanschap",
];

describe("competencies.json", () => {
  it("matches LibrarySchema", () => {
    const result = LibrarySchema.safeParse(competenciesJson);
    expect(result.success ? "geldig" : z.prettifyError(result.error)).toBe("geldig");
  });

  it("holds at least 40 competencies with at least three examples at each of the five levels", () => {
    const library = loadLibrary();
    expect(library.competencies.length).toBeGreaterThanOrEqual(40);
    const thin = library.competencies.flatMap((competency) =>
      LEVELS.filter((level) => competency.levels[level].length < 3).map(
        (level) => `${competency.id} niveau ${level}: ${competency.levels[level].length} voorbeelden`,
      ),
    );
    expect(thin).toEqual([]);
  });

  it("gives every competency and every cluster its own id", () => {
    const library = loadLibrary();
    const repeated = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated(library.competencies.map((competency) => competency.id))).toEqual([]);
    expect(repeated(library.clusters.map((cluster) => cluster.id))).toEqual([]);
  });

  it("places every competency in an existing cluster and leaves no cluster empty", () => {
    const library = loadLibrary();
    const clusterIds = new Set(library.clusters.map((cluster) => cluster.id));
    const usedIds = new Set(library.competencies.map((competency) => competency.cluster));
    const unknown = library.competencies
      .filter((competency) => !clusterIds.has(competency.cluster))
      .map((competency) => `${competency.id} → onbekend cluster ${competency.cluster}`);
    const empty = [...clusterIds].filter((id) => !usedIds.has(id)).map((id) => `cluster ${id} is leeg`);
    expect([...unknown, ...empty]).toEqual([]);
  });

  it("lets every name and alias resolve to exactly one competency, ignoring case and spacing", () => {
    const library = loadLibrary();
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const competency of library.competencies) {
      for (const name of [competency.name, ...competency.aliases]) {
        const key = normaliseName(name);
        const owner = owners.get(key);
        if (owner !== undefined) clashes.push(`"${name}" staat bij ${owner} en bij ${competency.id}`);
        else owners.set(key, competency.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("keeps names apart even when accents are ignored, so a resolver that folds ë to e stays unambiguous", () => {
    const library = loadLibrary();
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const competency of library.competencies) {
      for (const name of new Set([competency.name, ...competency.aliases].map(normaliseName))) {
        const key = stripAccents(name);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== competency.id)
          clashes.push(`"${name}": ${owner} / ${competency.id}`);
        owners.set(key, competency.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("loads through the product's own loader and resolves every name and alias to its own competency", () => {
    const library = parseLibrary(competenciesJson);
    const misrouted = library.competencies.flatMap((competency) =>
      [competency.name, ...competency.aliases]
        .map((name) => [name, findCompetency(library, name)?.id] as const)
        .filter(([, found]) => found !== competency.id)
        .map(([name, found]) => `"${name}" van ${competency.id} wijst naar ${found ?? "niets"}`),
    );
    expect(misrouted).toEqual([]);
  });

  it("has no behaviour example twice anywhere in the library, ignoring case and spacing", () => {
    const library = loadLibrary();
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { id, level, text } of listExamples(library)) {
      const key = normaliseExample(text);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`"${text}" staat bij ${first} en bij ${id} niveau ${level}`);
      else seen.set(key, `${id} niveau ${level}`);
    }
    expect(duplicates).toEqual([]);
  });

  it("writes every example as a list item: lower-case start, no closing . or ;, no stray spaces", () => {
    const library = loadLibrary();
    const wrong = listExamples(library)
      .filter(({ text }) => !/^\(?\p{Ll}/u.test(text) || /[.;]$/.test(text) || text !== text.trim())
      .map(({ id, level, text }) => `${id} niveau ${level}: "${text}"`);
    expect(wrong).toEqual([]);
  });

  it("keeps new examples between 5 and 20 words and free of gendered pronouns", () => {
    const library = loadLibrary();
    const wrong = listExamples(library)
      .filter(({ text }) => !SEED_EXAMPLES.has(normaliseExample(text)))
      .flatMap(({ id, level, text }) => {
        const problems: string[] = [];
        const words = countWords(text);
        if (words < 5 || words > 20) problems.push(`${words} woorden`);
        if (/(^|[^\p{L}])(hij|hem|haar|zijzelf|hijzelf)(?![\p{L}])/iu.test(text))
          problems.push("voornaamwoord");
        return problems.map((problem) => `${id} niveau ${level} (${problem}): "${text}"`);
      });
    expect(wrong).toEqual([]);
  });

  it("defines every competency in one Dutch and one English sentence", () => {
    const library = loadLibrary();
    const wrong = library.competencies.flatMap((competency) =>
      (["nl", "en"] as const)
        .filter((language) => {
          const sentence = competency.definition[language].trim();
          return (
            sentence.length < 20 ||
            !/^\p{Lu}/u.test(sentence) ||
            !/\.$/.test(sentence) ||
            /[.!?] /.test(sentence)
          );
        })
        .map((language) => `${competency.id} (${language}): "${competency.definition[language]}"`),
    );
    expect(wrong).toEqual([]);
  });

  it("gives every competency its own English name", () => {
    const library = loadLibrary();
    const names = library.competencies.map((competency) => competency.en.toLowerCase());
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(SEED_COMPETENCIES.map((seed) => [seed.name, seed] as const))(
    "resolves the seed competency %s to exactly one competency",
    (_name, seed) => {
      const matches = findCompetencies(loadLibrary(), seed.name).map((competency) => competency.id);
      expect(matches).toHaveLength(1);
    },
  );

  it.each(SEED_COMPETENCIES.map((seed) => [seed.name, seed] as const))(
    "carries the seed's own behaviour examples for %s at the seed's level",
    (_name, seed) => {
      const [competency] = findCompetencies(loadLibrary(), seed.name);
      if (competency === undefined) throw new Error(`${seed.name} staat niet in de bibliotheek`);
      const missing = seed.examples.filter(
        (example) => !seed.levels.some((level) => competency.levels[level].includes(example)),
      );
      expect(missing).toEqual([]);
    },
  );

  it("uses the seed's own wording as the name for the five seed competencies it adopts", () => {
    const library = loadLibrary();
    const names = new Set(library.competencies.map((competency) => competency.name));
    const adopted = [
      "Aansturen",
      "Aandacht en begrip tonen",
      "Kwaliteit leveren",
      "Ondernemend en commercieel handelen",
      "Relaties bouwen en netwerken",
    ];
    expect(adopted.filter((name) => !names.has(name))).toEqual([]);
  });

  it("finds the competencies Dutch organisations use most under their usual names", () => {
    const library = loadLibrary();
    const unresolved = COMMON_NAMES.filter((name) => findCompetencies(library, name).length !== 1);
    expect(unresolved).toEqual([]);
  });
});

describe("standard-texts.json", () => {
  it("matches StandardTextsSchema", () => {
    const result = StandardTextsSchema.safeParse(standardTextsJson);
    expect(result.success ? "geldig" : z.prettifyError(result.error)).toBe("geldig");
  });

  it("loads through the product's own loader", () => {
    expect(() => parseStandardTexts(standardTextsJson)).not.toThrow();
  });

  it("offers at least 14 adverse conditions, each with its own id and written as a full sentence", () => {
    const texts = loadStandardTexts();
    expect(texts.conditions.length).toBeGreaterThanOrEqual(14);
    const ids = texts.conditions.map((condition) => condition.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const wrong = texts.conditions
      .filter(
        (condition) =>
          !/^\p{Lu}/u.test(condition.text) ||
          !condition.text.endsWith(".") ||
          condition.name.nl.trim() === "" ||
          condition.name.en.trim() === "",
      )
      .map((condition) => `${condition.id}: "${condition.text}"`);
    expect(wrong).toEqual([]);
  });

  it("includes the road-traffic condition exactly as seed 000 words it", () => {
    const texts = loadStandardTexts();
    expect(texts.conditions.map((condition) => condition.text)).toContain(
      "Kans op letsel door verkeersongevallen als gevolg van verkeersdeelname.",
    );
  });

  it("covers the conditions HR writers ask for most", () => {
    const ids = new Set(loadStandardTexts().conditions.map((condition) => condition.id));
    const expected = [
      "verkeersdeelname",
      "beeldschermwerk",
      "tillen-duwen-trekken",
      "repeterende-bewegingen",
      "langdurig-staan",
      "agressie-en-geweld",
      "lawaai",
      "weersomstandigheden",
      "onregelmatige-werktijden",
      "emotionele-belasting",
      "werken-op-hoogte",
      "hitte-en-koude",
      "gevaarlijke-stoffen",
      "infectierisico",
      "hoge-werkdruk",
      "reizen",
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("carries the NB line and the two signature parties of seed 000 verbatim", () => {
    const texts = loadStandardTexts();
    expect(texts.nb).toBe("NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel");
    expect(texts.signature.parties).toEqual([
      {
        label: "Handtekening leidinggevende (voor akkoord)",
        date: "dd. (\u201cdatum\u201d)",
        name: "(\u201cnaam leidinggevende\u201d)",
      },
      {
        label: "Handtekening medewerker (voor gezien)",
        date: "dd. (\u201cdatum\u201d)",
        name: "(\u201cnaam medewerker\u201d)",
      },
    ]);
  });

  it("has knowledge skeletons for mbo 2, mbo 4, hbo and wo that open with the level and hold 3 to 5 items", () => {
    const texts = loadStandardTexts();
    const byId = new Map(texts.knowledge.map((skeleton) => [skeleton.id, skeleton]));
    const openings: Record<string, string> = {
      "mbo-2": "MBO 2 werk- en denkniveau.",
      "mbo-4": "MBO 4 werk- en denkniveau.",
      hbo: "HBO werk- en denkniveau.",
      wo: "WO werk- en denkniveau.",
    };
    const wrong = Object.entries(openings).flatMap(([id, opening]) => {
      const skeleton = byId.get(id);
      if (skeleton === undefined) return [`${id} ontbreekt`];
      const problems: string[] = [];
      if (skeleton.items[0] !== opening) problems.push(`${id} begint niet met "${opening}"`);
      if (skeleton.items.length < 3 || skeleton.items.length > 5)
        problems.push(`${id}: ${skeleton.items.length} items`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it("writes knowledge items as seed 000 does: capital first, full stop last, xxx where the writer fills in", () => {
    const texts = loadStandardTexts();
    const wrong = texts.knowledge.flatMap((skeleton) =>
      skeleton.items
        .filter((item) => !/^\p{Lu}/u.test(item) || !item.endsWith("."))
        .map((item) => `${skeleton.id}: "${item}"`),
    );
    expect(wrong).toEqual([]);
    // Everything after the level line is a skeleton: the placeholder rule must flag it until it is filled in.
    const unmarked = texts.knowledge.flatMap((skeleton) =>
      skeleton.items
        .slice(1)
        .filter((item) => !/\bxxx\b/.test(item))
        .map((item) => `${skeleton.id}: "${item}"`),
    );
    expect(unmarked).toEqual([]);
  });

  it("lists the standard rows of the level table once each, with a hint in both languages", () => {
    const texts = loadStandardTexts();
    const aspects = texts.levelTableRows.map((row) => row.aspect);
    const required = [
      "Vrijheidsgraden",
      "Typering klant",
      "Typering vraagstukken",
      "Financiële invloed",
      "Invloed",
      "Opleiding en ervaring",
      "Functiegroep",
    ];
    expect(required.filter((aspect) => !aspects.includes(aspect))).toEqual([]);
    expect(aspects.some((aspect) => aspect.startsWith("Rol "))).toBe(true);
    expect(aspects.filter((aspect, index) => aspects.indexOf(aspect) !== index)).toEqual([]);
    const bare = texts.levelTableRows
      .filter((row) => row.hint.nl.trim().length < 10 || row.hint.en.trim().length < 10)
      .map((row) => row.aspect);
    expect(bare).toEqual([]);
    expect(aspects[aspects.length - 1]).toBe("Functiegroep");
  });
});
