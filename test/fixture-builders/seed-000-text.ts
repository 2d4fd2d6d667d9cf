import type { FunctieprofielContent } from "./functieprofiel-content";

/**
 * Seed 000 (template `functieprofiel`, a key accountmanager) exactly as the seed's text export shows it:
 * same words, curly quotes, placeholders (`xxx.`, `Xxx`, `(“datum”)`), levels, and the typed list markers
 * (`-<tab>`, once `- <tab>`). `\u2011` is Word's non-breaking hyphen (written as `w:noBreakHyphen`).
 * Variants derive from this object instead of copying it.
 */
export const SEED_000: FunctieprofielContent = {
  header: {
    organisation: "“Bedrijfsnaam”/”Afdeling”",
    title: "Key accountmanager",
    number: "Functienummer: xxx",
    banner: "FUNCTIEPROFIEL",
  },
  characteristics: {
    heading: "Kenmerken van de functie",
    guidance:
      "Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie. Hierbij kunt u denken aan “Informatie over de organisatie- en/of (sub)afdeling, specifieke kaders (b.v. wet- en regelgeving, beleid), contacten / samenwerking (intern/extern), rol en bijdrage van de functie, afbakening, complicerende of vereenvoudigende factoren (hulpmiddelen), specificatie van verantwoordelijkheid etc.“ ",
    text: [
      "De key accountmanager is primair gericht op het behoud en het uitbouwen van de omzet (door marktverkenning en \u2011exploratie) bij (en van) de tot zijn verantwoordelijkheidsdomein behorende winkelvestigingen van grootwinkelbedrijf/-bedrijven. Hij/zij werkt binnen de tussen de eigen en klantorganisatie overeengekomen contractafspraken en service levels. Afhankelijk van de omvang van het (de) account(s), kan de key accountmanager een team van beperkte omvang (4-7 medewerkers) aansturen om zijn account(s) optimaal te bedienen. Xxx",
    ],
  },
  organisation: {
    heading: "Organisatie",
    fields: [
      { label: "Direct leidinggevende", value: "(“naam direct leidinggevende”)." },
      { label: "Geeft leiding aan", value: "xxx." },
    ],
  },
  resultAreas: {
    heading: "Resultaatgebieden",
    columns: ["Resultaatgebieden", "Taken", "Resultaatindicatoren"],
    areas: [
      {
        number: 1,
        title: "Jaarplan account(s)",
        tasks: [
          "-\tvolgen van ontwikkelingen in het eigen afzetgebied en ontwikkelingen en marketing- en salesdoelstellingen binnen de klantorganisatie (totaal en op vestigingsniveau), bespreken van beeldvorming met de salesverantwoordelijke bij de klant;",
          "-\tbespreken van ontwikkelingen en inzichten met collega key accountmanagers en/of leidinggevende teneinde ontwikkelingen in de markt maximaal te benutten;",
          "-\tformuleren, uitwerken en continu evalueren van het jaarplan dat richting geeft aan de commerciële en financiële doelstellingen en de bijstelling en/of operationalisering van de contractafspraken met de klant;",
          "-\t(laten) vertalen van beeldvorming naar concrete marketingacties en activiteitenplannen (op klant- en vestigingsniveau);",
          "-\tbespreken/afstemmen van vestigingsoverstijgende acties binnen de klantorganisatie, continu evalueren en bijstellen van plannen en actieprogramma’s;",
          "-\txxx.",
        ],
        indicators: [
          "-\tkwaliteit marktgegevens en concurrentie-analyse;",
          "-\tmate van inzicht in klantwensen en -presteren;",
          "-\tmate waarin plannen uitdagend en vernieuwend zijn;",
          "-\taantal (door leidinggevende) overgenomen voorstellen;",
          "-\taantal bijstellingen door het jaar heen;",
          "-\txxx.",
        ],
      },
      {
        number: 2,
        title: "Accountmanagement",
        tasks: [
          "-\tonderhouden van de contacten met van belang zijnde functionarissen binnen de klantorganisatie, opbouwen, in stand houden en uitbouwen van de goodwill, behandelen van en inspelen op wensen en klachten;",
          "-\tbespreken van operationele resultaten (totaal en op vestigingsniveau) in relatie tot marktcijfers, problemen en lopende/beoogde (prijsondersteunende en promotionele) acties;",
          "-\tdoen van voorstellen voor uitbreiding/optimalisatie van de dienstverlening naar de klantorganisatie daarbij inspelend op de (latente) behoeften van de klant;",
          "-\top concernniveau adviseren van de klant inzake winkelinrichting, assortiment(vernieuwingen), kwaliteitsborging, etc.;",
          "-\toptimalisering van de samenwerking met de klant op verschillende niveaus (distributiecentra, regio, winkel, etc.);",
          "-\tvastleggen van toezeggingen aan de klant, waar nodig toelichten van afspraken aan collega-afdelingen;",
          "-\txxx.",
        ],
        indicators: [
          "-\tklanttevredenheid;",
          "-\tbezoek-/contactfrequentie;",
          "-\tlengte/verloop relatie(s);",
          "-\tprofilering in aansluiting op gewenste uitstraling;",
          "-\ttijdige en juiste opvolging toezeggingen;",
          "-\txxx.",
        ],
      },
      {
        number: 3,
        title: "Advies en begeleiding winkels",
        tasks: [
          "-\tbewaken van de kwaliteit en voortgang van de advisering en begeleiding van klanten op winkelniveau;",
          "-\trichting geven aan de bewerking van de markt en het leggen en onderhouden van contacten met bestaande klanten;",
          "-\tstellen van prioriteiten, bevorderen van een goede samenwerking en onderlinge kennis- en informatie-uitwisseling;",
          "-\tvolgen van het afzetverloop, beoordelen/analyseren van bezoekverslagen, initiëren van specifieke acties;",
          "-\tafhandelen van klachten;",
          "-\txxx.",
        ],
        indicators: [
          "-\tfinancieel resultaat klantportefeuille (omzet, marge, totaal c.q. per vestiging);",
          "-\tmarktaandeel (% totale brood/ banket afzet klant);",
          "-\tklanttevredenheid;",
          "-\taantal bezoek/adviesmomenten per klant/vestiging;",
          "-\t% vastlegging in CRM systeem;",
          "-\txxx.",
        ],
      },
      {
        number: 4,
        title: "Verantwoording resultaten",
        // The seed's first cell holds an empty paragraph under the title.
        emptyParagraphAfterTitle: true,
        tasks: [
          "-\t(laten) opmaken van periodieke en ad hoc-rapportages over de resultaten van de winkel accountmanagers en de onder hun beheer vallende winkels;",
          "-\tgeven van inzicht in ontwikkelingen, bijzonderheden e.d. mede ten behoeve van de bijstelling van het beleid en de (contract)afspraken met de klant;",
          "-\txxx.",
        ],
        indicators: [
          "-\tinzicht in behaalde resultaten;",
          "-\tinzicht in oorzaken van afwijkingen t.o.v. doelstellingen, plannen, budgetten;",
          "-\tuitgangspunt voor evaluatie/ bijsturing;",
          "-\txxx.",
        ],
      },
      {
        number: 5,
        title: "Personeelsbeheer",
        tasks: [
          "- \tvaststellen van de wenselijke kwalitatieve en kwantitatieve formatie;",
          "-\tfiatteren van voorstellen voor opleidingen, promotie of ontslag; ",
          "-\tbeoordelen/stimuleren van directe medewerkers, voeren van functioneringsgesprekken, maken van ontwikkelafspraken;",
          "-\tverzorgen van c.q. toezien op het personeelsbeheer;",
          "-\txxx.",
        ],
        indicators: [
          "-\taansluiting op bedrijfsplan;",
          "-\tbeschikbaarheid vereiste competenties;",
          "-\tflexibiliteit inzetbaarheid;",
          "-\trealisatie doelstellingen P&Obeleid;",
          "-\txxx.",
        ],
      },
    ],
  },
  conditions: {
    heading: "Bezwarende omstandigheden",
    items: ["-\tKans op letsel door verkeersongevallen als gevolg van verkeersdeelname.", "-\txxx."],
  },
  date: "Datum: xxx",
  nb: "NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel",
  signature: [
    {
      label: "Handtekening leidinggevende (voor akkoord)",
      date: "dd. (“datum”)",
      name: "(“naam leidinggevende”)",
    },
    { label: "Handtekening medewerker (voor gezien)", date: "dd. (“datum”)", name: "(“naam medewerker”)" },
  ],
  competencyProfile: "COMPETENTIEPROFIEL",
  knowledge: {
    heading: "Kennis en betekenisvolle ervaring:",
    items: [
      "-\tHBO werk- en denkniveau.",
      "-\tMeerjarige ervaring binnen (of een toeleverend bedrijf naar) het grootwinkelbedrijf.",
      "-\tUitgebreide kennis van het assortiment, de USP’s van de eigen organisatie en de koopargumenten van de klant en de klant van de klant.",
      "-\tXxx.",
    ],
  },
  competencies: {
    heading: "Competenties / gedragsvoorbeelden",
    guidance:
      "Genoemde competenties en gedragsvoorbeelden zijn suggesties voor gewenst gedrag voor een adequate uitoefening van de functie. De volledige lijst van competenties is tevens in een word-format beschikbaar. Wij adviseren in totaal maximaal vijf competenties te activeren per functie.",
    items: [
      {
        name: "Aansturen",
        level: "5",
        behaviours: [
          "-\t(h)erkent prestaties van individuen en teams;",
          "-\tgeeft medewerkers de ruimte eigen doelen te formuleren;",
          "-\tlaat medewerkers werkzaamheden verdelen en uitvoeren en helpt waar nodig, zonder het werk over te nemen.",
        ],
      },
      {
        name: "Aandacht en begrip tonen",
        level: "5",
        behaviours: [
          "-\tneemt waar wat anderen willen en geeft passende feedback;",
          "-\tschat de haalbaarheid van plannen en voorstellen bij betrokkenen goed in;",
          "-\tanticipeert op de reactie en gevoelens van de ander door de communicatie hierop af te stemmen.",
        ],
      },
      {
        name: "Kwaliteit leveren",
        level: "5",
        behaviours: [
          "-\tgrijpt in als de geëiste kwaliteit niet in orde is;",
          "-\tvraagt feedback met betrekking tot de kwaliteit van het door zijn groep geleverde werk;",
          "-\tvoelt zich mede verantwoordelijk voor de kwaliteit van de producten en diensten van de organisatie;",
          "-\tstreeft voortdurend naar kwaliteitsverbetering van producten en diensten.",
        ],
      },
      {
        name: "Ondernemend en commercieel handelen",
        level: "4/5",
        behaviours: [
          "-\tstelt marktbewerkingsplannen op voor bestaande klantgroepen;",
          "-\tvertaalt ontwikkelingen in de markt naar (voor de klant) commercieel interessante producten en diensten weegt kosten en opbrengsten af.",
        ],
      },
      {
        name: "Op de behoefte en verwachtingen van de klant richten",
        level: "5",
        behaviours: [
          "-\tdenkt mee bij contractering en dienstverlening door zich te verdiepen in de situatie van de klant;",
          "-\tbiedt maatwerk in dienstverlening op grond van professionele en commerciële afwegingen.",
        ],
      },
      {
        name: "Relaties bouwen en netwerken",
        level: "5",
        behaviours: [
          "-\tbouwt een relatienetwerk op dat relevant is voor (een onderdeel van) de organisatie;",
          "-\tcreëert een vertrouwensband met de gesprekspartner;",
          "-\tbrengt mensen met elkaar in contact.",
        ],
      },
    ],
    closing: "Xxx",
  },
};
