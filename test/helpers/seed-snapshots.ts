import type { Block } from "../../src/core/snapshot/schema";
import { b, dashes, p, snapshot, table } from "./snapshot";

/**
 * Seed 000 and 001 as snapshots, built the way the seeds show them (cells where the seed shows cells),
 * shortened where the length adds nothing. Used by core unit tests; the .docx reproductions in
 * test/fixtures are the full, faithful versions.
 */
export function seed000Blocks(): Block[] {
  const parts: Array<Block | Block[]> = [
    table(
      [["“Bedrijfsnaam”/”Afdeling”", b("Key accountmanager"), "Functienummer: xxx"], [b("FUNCTIEPROFIEL")]],
      0,
    ),
    p(""),
    table([[b("Kenmerken van de functie")]], 1),
    p(
      "Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie. Hierbij kunt u denken aan “Informatie over de organisatie- en/of (sub)afdeling, specifieke kaders etc.“ ",
    ),
    p("De key accountmanager is primair gericht op het behoud en het uitbouwen van de omzet. Xxx"),
    p(""),
    table([[b("Organisatie")]], 2),
    p("Direct leidinggevende\t:\t(“naam direct leidinggevende”)."),
    p("Geeft leiding aan\t:\txxx."),
    p(""),
    table(
      [
        [b("Resultaatgebieden"), b("Taken"), b("Resultaatindicatoren")],
        [
          b("1.\tJaarplan account(s)"),
          dashes(
            "volgen van ontwikkelingen;",
            "bespreken van ontwikkelingen;",
            "formuleren van het jaarplan;",
            "(laten) vertalen van beeldvorming;",
            "bespreken/afstemmen van acties;",
            "xxx.",
          ),
          dashes(
            "kwaliteit marktgegevens;",
            "mate van inzicht in klantwensen;",
            "mate waarin plannen uitdagend zijn;",
            "aantal overgenomen voorstellen;",
            "aantal bijstellingen;",
            "xxx.",
          ),
        ],
        [
          b("2.\tAccountmanagement"),
          dashes(
            "onderhouden van de contacten;",
            "bespreken van resultaten;",
            "doen van voorstellen;",
            "adviseren van de klant;",
            "optimalisering van de samenwerking;",
            "vastleggen van toezeggingen;",
            "xxx.",
          ),
          dashes(
            "klanttevredenheid;",
            "bezoek-/contactfrequentie;",
            "lengte/verloop relatie(s);",
            "profilering;",
            "tijdige opvolging toezeggingen;",
            "xxx.",
          ),
        ],
        [
          b("3.\tAdvies en begeleiding winkels"),
          dashes(
            "bewaken van de kwaliteit;",
            "richting geven aan de bewerking van de markt;",
            "stellen van prioriteiten;",
            "volgen van het afzetverloop;",
            "afhandelen van klachten;",
            "xxx.",
          ),
          dashes(
            "financieel resultaat klantportefeuille;",
            "marktaandeel;",
            "klanttevredenheid;",
            "aantal bezoekmomenten;",
            "% vastlegging in CRM systeem;",
            "xxx.",
          ),
        ],
        [
          [b("4.\tVerantwoording resultaten"), p("")],
          dashes("(laten) opmaken van rapportages;", "geven van inzicht in ontwikkelingen;", "xxx."),
          dashes(
            "inzicht in behaalde resultaten;",
            "inzicht in oorzaken van afwijkingen;",
            "uitgangspunt voor evaluatie/ bijsturing;",
            "xxx.",
          ),
        ],
        [
          b("5.\tPersoneelsbeheer"),
          [
            p("- \tvaststellen van de formatie;"),
            ...dashes(
              "fiatteren van voorstellen; ",
              "beoordelen/stimuleren van directe medewerkers;",
              "verzorgen van c.q. toezien op het personeelsbeheer;",
              "xxx.",
            ),
          ],
          dashes(
            "aansluiting op bedrijfsplan;",
            "beschikbaarheid vereiste competenties;",
            "flexibiliteit inzetbaarheid;",
            "realisatie doelstellingen P&Obeleid;",
            "xxx.",
          ),
        ],
      ],
      3,
    ),
    p(""),
    table(
      [
        [b("Bezwarende omstandigheden")],
        [dashes("Kans op letsel door verkeersongevallen als gevolg van verkeersdeelname.", "xxx.")],
      ],
      4,
    ),
    p(""),
    table([["Datum: xxx", ""]], 5),
    p(""),
    p("NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel"),
    p(""),
    table(
      [
        ["Handtekening leidinggevende (voor akkoord)", "Handtekening medewerker (voor gezien)"],
        ["dd. (“datum”)", "dd. (“datum”)"],
        ["", ""],
        ["(“naam leidinggevende”)", "(“naam medewerker”)"],
      ],
      6,
    ),
    p(""),
    b("COMPETENTIEPROFIEL"),
    p(""),
    table(
      [
        [
          [
            b("Kennis en betekenisvolle ervaring:"),
            ...dashes(
              "HBO werk- en denkniveau.",
              "Meerjarige ervaring binnen het grootwinkelbedrijf.",
              "Uitgebreide kennis van het assortiment.",
              "Xxx.",
            ),
          ],
        ],
      ],
      7,
    ),
    p(""),
    b("Competenties / gedragsvoorbeelden"),
    p(""),
    p(
      "Genoemde competenties en gedragsvoorbeelden zijn suggesties voor gewenst gedrag voor een adequate uitoefening van de functie. Wij adviseren in totaal maximaal vijf competenties te activeren per functie.",
    ),
    p(""),
    b("Aansturen (5):"),
    ...dashes(
      "(h)erkent prestaties van individuen en teams;",
      "geeft medewerkers de ruimte eigen doelen te formuleren;",
      "laat medewerkers werkzaamheden verdelen en uitvoeren.",
    ),
    p(""),
    b("Aandacht en begrip tonen (5):"),
    ...dashes(
      "neemt waar wat anderen willen en geeft passende feedback;",
      "schat de haalbaarheid van plannen goed in;",
      "anticipeert op de reactie en gevoelens van de ander.",
    ),
    p(""),
    b("Kwaliteit leveren (5):"),
    ...dashes(
      "grijpt in als de geëiste kwaliteit niet in orde is;",
      "vraagt feedback op de kwaliteit;",
      "voelt zich mede verantwoordelijk voor de kwaliteit;",
      "streeft voortdurend naar kwaliteitsverbetering.",
    ),
    p(""),
    b("Ondernemend en commercieel handelen (4/5):"),
    ...dashes(
      "stelt marktbewerkingsplannen op voor bestaande klantgroepen;",
      "vertaalt ontwikkelingen in de markt naar producten.",
    ),
    p(""),
    b("Op de behoefte en verwachtingen van de klant richten (5):"),
    ...dashes("denkt mee bij contractering en dienstverlening;", "biedt maatwerk in dienstverlening."),
    p(""),
    b("Relaties bouwen en netwerken (5):"),
    ...dashes(
      "bouwt een relatienetwerk op;",
      "creëert een vertrouwensband met de gesprekspartner;",
      "brengt mensen met elkaar in contact.",
    ),
    p(""),
    p("Xxx"),
  ];
  return parts.flat();
}

const bullets = (...items: string[]): Block[] =>
  items.map((text) => p(text, { list: { level: 0, ordered: false, label: "-", listId: "7" } }));

function result(title: string, description: string): Block {
  const text = `${title} ${description}`;
  return { ...p(text), boldPrefix: title.length };
}

export function seed001Blocks(): Block[] {
  const parts: Array<Block | Block[]> = [
    p(""),
    p(""),
    p("ACCOUNTMANAGER II", { style: "Title", bold: true }),
    p(""),
    b("Context"),
    p(""),
    p(
      "De accountmanager II is verantwoordelijk voor behoud en uitbouw van de omzet bij bestaande en nieuwe klanten.",
    ),
    p(""),
    b("Resultaatprofiel"),
    p(""),
    table(
      [
        [b("TOEGEVOEGDE WAARDE"), b("RESULTAATINDICATOREN")],
        [
          result(
            "Marktverkenning en accountplannen",
            "Vanuit inzicht in behoeften van de markt zijn accountplannen uitgewerkt.",
          ),
          bullets("a;", "b;", "c;", "d;", "e;", "f."),
        ],
        [
          result(
            "Marktbewerking en acquisitie",
            "Bestaande en potentieel nieuwe klanten zijn actief benaderd.",
          ),
          bullets("a;", "b;", "c;", "d;", "e;", "f;", "g;", "h."),
        ],
        [
          result("Relatiebeheer", "Het relatiebeheer met klanten is effectief vormgegeven."),
          bullets("a;", "b;", "c;", "d;", "e;", "f."),
        ],
        [
          result("Registratie en rapportage", "Feitelijke commerciële resultaten zijn gerapporteerd."),
          bullets("a;", "b;", "c;", "d."),
        ],
      ],
      0,
    ),
    p(""),
    b("Bezwarende omstandigheden"),
    p(""),
    p("Kans op letsel als gevolg van deelname aan het wegverkeer."),
    p(""),
    b("Niveau-onderscheidende kenmerken"),
    p(""),
    table(
      [
        ["", "-", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II", "+"],
        [
          "Vrijheidsgraden",
          "Zie functieomschrijving en NOK medewerker sales",
          bullets("proactief benaderen.", "draaiboek is een gegeven."),
          bullets("opstellen van accountplannen", "bieden van maatwerk."),
          "Zie functieomschrijving en NOK manager sales & marketing",
        ],
        [
          "Typering klant",
          "",
          bullets("minder complexe klanten;", "bestaande relaties;", "contactpersoon is opdrachtgever."),
          bullets("nieuwe klanten;", "key-accounts.", "contactpersoon is specialist."),
          "",
        ],
        [
          "Financiële invloed",
          "",
          bullets("enige onderhandelingsruimte."),
          bullets("adviseren over prijsstelling."),
          "",
        ],
        [
          "Rol accountmanager",
          "",
          bullets("overtuigen van de klant;", "uitwisselen van informatie."),
          bullets("adviseren van de klant."),
          "",
        ],
        [
          "Opleiding en ervaring",
          "",
          bullets("mbo 4 werk- en denkniveau;", "kennis van systemen."),
          bullets("mbo 4/hbo werk- en denkniveau;", "kennis van faciliteiten;", "kennis van systemen."),
          "",
        ],
        ["Functiegroep", "", "7", "8 (referentie)", ""],
      ],
      1,
    ),
    p(""),
    p("F249650/cl/sb/091024"),
  ];
  return parts.flat();
}

export const seed000 = () => snapshot(seed000Blocks());
export const seed001 = () => snapshot(seed001Blocks());
