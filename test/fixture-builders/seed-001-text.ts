import type { ResultaatprofielContent } from "./resultaatprofiel-content";

/**
 * Seed 001 (template `resultaatprofiel`, ACCOUNTMANAGER II) exactly as the seed's export shows it. The
 * export writes indicator cells as `<ul>` lists with ` - ` items; here they are the list items without the
 * dash (the fixture writes them as a real Word bullet list). `**…**` marks the context's bold phrases.
 */
export const SEED_001: ResultaatprofielContent = {
  title: "ACCOUNTMANAGER II",
  context: {
    heading: "Context",
    text: "De **accountmanager II** is verantwoordelijk voor **behoud en uitbouw van de omzet** bij bestaande en nieuwe klanten in een toegewezen accountgroep/segment. Hij/zij werkt binnen een vooraf gedefinieerd en aangereikt verkoopplan en vastgesteld prijs- en productbeleid. Accountgroepen betreffen vooral **zakelijke accounts** met een substantiële vraag naar **accommodatie** (zalen en/of overnachtingen). Hij/zij beheert de bestaande accounts, adviseert hen en **realiseert upselling**. De accountmanager II werkt vooral vanuit de buitendienst. Functiehouders hebben een vakinhoudelijk leidinggevende.",
  },
  results: {
    heading: "Resultaatprofiel",
    columns: ["TOEGEVOEGDE WAARDE", "RESULTAATINDICATOREN"],
    rows: [
      {
        title: "Marktverkenning en accountplannen",
        description:
          "Vanuit inzicht in behoeften van de markt, activiteiten van concurrenten en vanuit inzicht in de commerciële doelstellingen van het bedrijf zijn accountplannen uitgewerkt - inclusief commerciële doelen, opbrengsten en kosten - en zijn voorstellen gedaan voor leads, arrangementen, prijzen e.d.",
        indicators: [
          "aansluitend bij ontwikkelingen in de markt en behoeften/kansen die spelen bij klanten;",
          "aansluitend bij commerciële doelstellingen, begroting van het bedrijf etc.;",
          "aantal en omvang leads;",
          "aantal (door leidinggevende) overgenomen voorstellen;",
          "onderbouwde sales-/accountplannen;",
          "draagvlak/acceptatie van plannen bij betrokkenen.",
        ],
      },
      {
        title: "Marktbewerking en acquisitie",
        description:
          "Bestaande en potentieel nieuwe klanten zijn actief benaderd, met als doel het verleiden tot aankoop van producten en diensten, inspelend op de specifieke bedrijfsvoering van (potentiële) klanten en resulterend in aan de leidinggevende ter goedkeuring voorgelegde afspraken, samenwerkingsovereenkomsten en/of offertes. Door regelmatige afstemming met bestaande klanten is er inzicht verkregen in hun toekomstige plannen en is upselling en/of cross-selling gerealiseerd. Het bedrijf is vertegenwoordigd op bijeenkomsten, beurzen en bij bijzondere gebeurtenissen van relaties.",
        indicators: [
          "omzet (totaal, per klant);",
          "toegang tot relevante personen bij bestaande en potentieel nieuwe klanten;",
          "marktaandeel in het afzetgebied;",
          "aantal aanvragen voor offertes;",
          "kwaliteit offertes;",
          "% geaccepteerde offertes;",
          "inzicht in toekomstplannen bestaande klant;",
          "aantal bezochte bijeenkomsten, beurzen, e.d.",
        ],
      },
      {
        title: "Relatiebeheer",
        description:
          "Het relatiebeheer met klanten is effectief vormgegeven met als doel het bestendigen van de relatie en het binden van klanten en daarmee borgen van de klantrelatie, ook op de langere termijn. De after-sales is tijdig en met zorg en aandacht verzorgd.",
        indicators: [
          "stabiele klantrelatie met vaste klantcontacten;",
          "frequentie, kwaliteit van afstemming met bestaande klanten;",
          "effectief inspelen op en afhandelen (dreigende) issues;",
          "mate waarin klant bereid is adviezen te accepteren;",
          "klanttevredenheid;",
          "tijdige opvolging sales-proces.",
        ],
      },
      {
        title: "Registratie en rapportage",
        description:
          "Feitelijke commerciële resultaten zijn gerapporteerd, inclusief de oorzaak van afwijkingen ten opzichte van (commerciële) doelstellingen, kpi's. Relevante marktinformatie (vanuit klantbezoeken, deelname aan commerciële activiteiten, kennis van de concurrenten, etc.) is vastgelegd en gedeeld als input voor (het bijstellen van) commerciële plannen.",
        indicators: [
          "beschikbaarheid van rapportages/informatie;",
          "juistheid conclusies/samenvattingen;",
          "inzicht in de oorzaak van afwijkende commerciële resultaten;",
          "onderbouwde input voor evaluatie en bijstelling commerciële plannen.",
        ],
      },
    ],
  },
  conditions: {
    heading: "Bezwarende omstandigheden",
    text: "Kans op letsel als gevolg van deelname aan het wegverkeer.",
  },
  levelTable: {
    heading: "Niveau-onderscheidende kenmerken",
    columns: ["", "-", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II", "+"],
    rows: [
      {
        aspect: "Vrijheidsgraden",
        cells: [
          "Zie functieomschrijving en NOK medewerker sales",
          [
            "proactief benaderen van potentiële klanten binnen het opgedragen accountplan (eventueel geconcretiseerd in bel-/bezoeklijsten).",
            "draaiboek, productie en assortiment zijn een gegeven. Maatwerk is beperkt tot keuze uit het bestaande en voorleggen van afwijkingen aan de leidinggevende.",
          ],
          [
            "opstellen en ter goedkeuring voorleggen van accountplannen op basis van gegeven doelstellingen, segmentering en marktgegevens",
            "bieden van maatwerkoplossingen voor klanten door het samenstellen van klantspecifieke arrangementen, die achteraf door de functiehouders verklaard worden naar de eigen organisatie. De accountmanager II is adviserend rondom (standaard) prijsstelling van niet-standaard producten/diensten.",
          ],
          "Zie functieomschrijving en NOK manager sales & marketing",
        ],
      },
      {
        aspect: "Typering klant",
        cells: [
          "",
          [
            "minder complexe klanten met een (redelijk) vast vraagpatroon;",
            "vaak bestaande relaties;",
            "contactpersoon is veelal de feitelijke opdrachtgever.",
          ],
          [
            "voornamelijk nieuwe klanten;",
            "key-accounts (omzet > € 15.000 per jaar).",
            "contactpersoon is de feitelijke opdrachtgever of vakinhoudelijk specialist van de afnemende organisatie en/of professionele intermediair.",
          ],
          "",
        ],
      },
      {
        aspect: "Financiële invloed",
        cells: [
          "",
          [
            "enige onderhandelingsruimte aangaande contractcondities, waardoor er invloed is op de marge binnen vaste kortingstaffels.",
          ],
          [
            "adviseren over standaard prijsstelling van arrangementen en producten, waardoor er invloed is op standaard marges.",
          ],
          "",
        ],
      },
      {
        aspect: "Rol accountmanager",
        cells: [
          "",
          [
            "gericht op overtuigen van de klant;",
            "uitwisselen van informatie met binnendienst/interne afdelingen.",
          ],
          ["gericht op adviseren van de klant en van de interne (commerciële) organisatie."],
          "",
        ],
      },
      {
        aspect: "Opleiding en ervaring",
        cells: [
          "",
          ["mbo 4 werk- en denkniveau;", "kennis van systemen, procedures en werkmethoden."],
          [
            "mbo 4/hbo werk- en denkniveau;",
            "kennis van faciliteiten, arrangementen, prijsstelling e.d.;",
            "kennis van systemen, procedures en werkmethoden.",
          ],
          "",
        ],
      },
      { aspect: "Functiegroep", cells: ["", "7", "8 (referentie)", ""] },
    ],
  },
  reference: "F249650/cl/sb/091024",
};
