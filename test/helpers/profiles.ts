import type { Block, DocumentSnapshot } from "../../src/core/snapshot/schema";
import { b, dashes, p, snapshot, table } from "./snapshot";

/**
 * Complete, well-formed profiles in memory, one per built-in template, in the layout of the seeds.
 * Every part can be replaced or left out (null) so a rule test changes exactly one thing.
 */
export interface Area {
  title: string;
  number?: number | null;
  description?: string;
  tasks: string[];
  indicators: string[];
}

export interface Competence {
  name: string;
  level: string | null;
  behaviours: string[];
}

export interface FunctieprofielSpec {
  header: [string, string, string];
  kenmerken: string[] | null;
  organisatie: { leidinggevende: string; geeftLeidingAan: string } | null;
  areas: Area[] | null;
  conditions: string[] | null;
  datum: string | null;
  signature: Array<{ label: string; date: string; name: string }> | null;
  knowledge: string[] | null;
  competencies: Competence[] | null;
  /** Extra blocks appended at the end of the kenmerken section. */
  extraKenmerken: Block[];
}

export const COMPLETE_AREAS: Area[] = [
  {
    title: "Jaarplan account(s)",
    tasks: [
      "volgen van ontwikkelingen in het eigen afzetgebied;",
      "formuleren en evalueren van het jaarplan.",
    ],
    indicators: ["kwaliteit marktgegevens;", "aantal overgenomen voorstellen."],
  },
  {
    title: "Accountmanagement",
    tasks: ["onderhouden van de contacten met de klantorganisatie;", "behandelen van wensen en klachten."],
    indicators: ["klanttevredenheid;", "tijdige opvolging van toezeggingen."],
  },
  {
    title: "Personeelsbeheer",
    tasks: ["beoordelen en stimuleren van directe medewerkers;", "voeren van functioneringsgesprekken."],
    indicators: ["beschikbaarheid vereiste competenties;", "realisatie doelstellingen P&O-beleid."],
  },
];

export const COMPLETE_COMPETENCIES: Competence[] = [
  {
    name: "Aansturen",
    level: "5",
    behaviours: [
      "(h)erkent prestaties van individuen en teams;",
      "geeft medewerkers de ruimte eigen doelen te formuleren.",
    ],
  },
  {
    name: "Kwaliteit leveren",
    level: "5",
    behaviours: [
      "grijpt in als de geëiste kwaliteit niet in orde is;",
      "streeft voortdurend naar kwaliteitsverbetering.",
    ],
  },
  {
    name: "Relaties bouwen en netwerken",
    level: "4/5",
    behaviours: ["bouwt een relevant relatienetwerk op;", "brengt mensen met elkaar in contact."],
  },
];

const DEFAULT_FUNCTIEPROFIEL: FunctieprofielSpec = {
  header: ["Bakkerij De Korenschoof / Verkoop", "Key accountmanager", "Functienummer: KAM-014"],
  kenmerken: [
    "De key accountmanager is gericht op het behoud en het uitbouwen van de omzet bij grootwinkelbedrijven.",
  ],
  organisatie: { leidinggevende: "Manager verkoop", geeftLeidingAan: "3 accountmanagers" },
  areas: COMPLETE_AREAS,
  // Tailored to the job: the template's own suggestion line is reported until it is.
  conditions: ["Kans op letsel door verkeersongevallen bij het dagelijks bezoeken van winkels in de regio."],
  datum: "12 maart 2026",
  signature: [
    { label: "Handtekening leidinggevende (voor akkoord)", date: "dd. 12 maart 2026", name: "J. de Vries" },
    { label: "Handtekening medewerker (voor gezien)", date: "dd. 14 maart 2026", name: "S. Bakker" },
  ],
  knowledge: ["HBO werk- en denkniveau.", "Meerjarige ervaring in het grootwinkelbedrijf."],
  competencies: COMPLETE_COMPETENCIES,
  extraKenmerken: [],
};

function competencyBlocks(competencies: Competence[]): Block[] {
  return competencies.flatMap((competency) => [
    b(`${competency.name}${competency.level ? ` (${competency.level})` : ""}:`),
    ...dashes(...competency.behaviours),
    p(""),
  ]);
}

export function functieprofiel(overrides: Partial<FunctieprofielSpec> = {}): DocumentSnapshot {
  const spec = { ...DEFAULT_FUNCTIEPROFIEL, ...overrides };
  const parts: Array<Block | Block[]> = [];
  parts.push(
    table([spec.header.map((text, index) => (index === 1 ? b(text) : p(text))), [b("FUNCTIEPROFIEL")]], 0),
    p(""),
  );
  if (spec.kenmerken)
    parts.push(
      table([[b("Kenmerken van de functie")]], 1),
      ...spec.kenmerken.map((text) => p(text)),
      ...spec.extraKenmerken,
      p(""),
    );
  if (spec.organisatie) {
    parts.push(
      table([[b("Organisatie")]], 2),
      p(`Direct leidinggevende\t:\t${spec.organisatie.leidinggevende}`),
      p(`Geeft leiding aan\t:\t${spec.organisatie.geeftLeidingAan}`),
      p(""),
    );
  }
  if (spec.areas) {
    parts.push(
      table(
        [
          [b("Resultaatgebieden"), b("Taken"), b("Resultaatindicatoren")],
          ...spec.areas.map((area, index) => {
            const number = area.number === undefined ? index + 1 : area.number;
            return [
              b(number === null ? area.title : `${number}.\t${area.title}`),
              dashes(...area.tasks),
              dashes(...area.indicators),
            ];
          }),
        ],
        3,
      ),
      p(""),
    );
  }
  if (spec.conditions)
    parts.push(table([[b("Bezwarende omstandigheden")], [dashes(...spec.conditions)]], 4), p(""));
  if (spec.datum !== null) parts.push(table([[`Datum: ${spec.datum}`, ""]], 5), p(""));
  if (spec.signature) {
    parts.push(
      p("NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel"),
      table(
        [
          spec.signature.map((party) => party.label),
          spec.signature.map((party) => party.date),
          spec.signature.map(() => ""),
          spec.signature.map((party) => party.name),
        ],
        6,
      ),
      p(""),
    );
  }
  parts.push(b("COMPETENTIEPROFIEL"), p(""));
  if (spec.knowledge)
    parts.push(table([[[b("Kennis en betekenisvolle ervaring:"), ...dashes(...spec.knowledge)]]], 7), p(""));
  if (spec.competencies)
    parts.push(b("Competenties / gedragsvoorbeelden"), p(""), ...competencyBlocks(spec.competencies));
  return snapshot(...parts);
}

export interface ResultaatprofielSpec {
  title: string;
  context: string | null;
  areas: Area[] | null;
  conditions: string[] | null;
  levelTable: { columns: string[]; rows: Array<[string, ...string[]]> } | null;
}

const DEFAULT_RESULTAATPROFIEL: ResultaatprofielSpec = {
  title: "ACCOUNTMANAGER II",
  context:
    "De accountmanager II is verantwoordelijk voor behoud en uitbouw van de omzet bij bestaande en nieuwe klanten.",
  areas: [
    {
      title: "Relatiebeheer",
      description: "Het relatiebeheer met klanten is effectief vormgegeven.",
      tasks: [],
      indicators: ["klanttevredenheid;", "stabiele klantrelatie."],
    },
    {
      title: "Registratie en rapportage",
      description: "Feitelijke commerciële resultaten zijn gerapporteerd.",
      tasks: [],
      indicators: ["juistheid conclusies."],
    },
  ],
  conditions: ["Kans op letsel door het veelvuldig rijden naar klanten in het hele land."],
  levelTable: {
    columns: ["-", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II", "+"],
    rows: [
      [
        "Vrijheidsgraden",
        "Zie NOK medewerker sales",
        "werkt binnen het accountplan.",
        "stelt accountplannen op.",
        "Zie NOK manager sales",
      ],
      ["Functiegroep", "", "7", "8 (referentie)", ""],
    ],
  },
};

export function resultaatprofiel(overrides: Partial<ResultaatprofielSpec> = {}): DocumentSnapshot {
  const spec = { ...DEFAULT_RESULTAATPROFIEL, ...overrides };
  const parts: Array<Block | Block[]> = [p(""), p(spec.title, { style: "Title", bold: true }), p("")];
  if (spec.context !== null) parts.push(b("Context"), p(spec.context), p(""));
  if (spec.areas) {
    parts.push(
      b("Resultaatprofiel"),
      table(
        [
          [b("TOEGEVOEGDE WAARDE"), b("RESULTAATINDICATOREN")],
          ...spec.areas.map((area) => [
            { ...p(`${area.title} ${area.description ?? ""}`.trim()), boldPrefix: area.title.length },
            area.indicators.map((text) =>
              p(text, { list: { level: 0, ordered: false, label: "-", listId: "3" } }),
            ),
          ]),
        ],
        0,
      ),
      p(""),
    );
  }
  if (spec.conditions)
    parts.push(b("Bezwarende omstandigheden"), ...spec.conditions.map((text) => p(text)), p(""));
  if (spec.levelTable) {
    parts.push(
      b("Niveau-onderscheidende kenmerken"),
      table([["", ...spec.levelTable.columns], ...spec.levelTable.rows], 1),
      p(""),
    );
  }
  return snapshot(...parts);
}

export interface RijksprofielSpec {
  title: string;
  doel: string | null;
  areas: Area[] | null;
  competencies: Competence[] | null;
  opleiding: string[] | null;
  werkervaring: string[] | null;
}

const DEFAULT_RIJKSPROFIEL: RijksprofielSpec = {
  title: "Senior beleidsmedewerker arbeidsmarkt",
  doel: "Het ontwikkelen en evalueren van beleid voor een goed werkende arbeidsmarkt.",
  areas: ["Opdracht(gever)", "Omgeving", "Bedrijfsvoering", "Vernieuwen en verbeteren"].map((title) => ({
    title,
    tasks: [],
    indicators: [`Resultaat voor ${title.toLowerCase()} is bereikt.`],
  })),
  competencies: [
    { name: "Samenwerken", level: null, behaviours: ["deelt kennis met collega's."] },
    { name: "Analyseren", level: null, behaviours: ["ziet verbanden tussen beleidsvelden."] },
  ],
  opleiding: ["Afgeronde wo-opleiding bestuurskunde of economie."],
  werkervaring: ["Minimaal vijf jaar ervaring met beleidsontwikkeling."],
};

export function rijksprofiel(overrides: Partial<RijksprofielSpec> = {}): DocumentSnapshot {
  const spec = { ...DEFAULT_RIJKSPROFIEL, ...overrides };
  const bullet = (text: string) => p(text, { list: { level: 0, ordered: false, label: "•", listId: "4" } });
  const parts: Array<Block | Block[]> = [p(spec.title, { style: "Title" })];
  if (spec.doel !== null) parts.push(p("Doel van de functie", { style: "Heading1" }), p(spec.doel));
  if (spec.areas) {
    parts.push(p("Resultaatgebieden", { style: "Heading1" }));
    for (const area of spec.areas)
      parts.push(p(area.title, { style: "Heading2" }), p("Resultaten:"), ...area.indicators.map(bullet));
  }
  if (spec.competencies) {
    parts.push(p("Competenties", { style: "Heading1" }));
    for (const competency of spec.competencies)
      parts.push(b(competency.name), ...competency.behaviours.map(bullet));
  }
  if (spec.opleiding) parts.push(p("Opleiding", { style: "Heading1" }), ...spec.opleiding.map(bullet));
  if (spec.werkervaring)
    parts.push(p("Werkervaring", { style: "Heading1" }), ...spec.werkervaring.map(bullet));
  return snapshot(...parts);
}
