import type { ResultaatprofielContent } from "./resultaatprofiel-content";

/**
 * A second, complete `resultaatprofiel` in the shape of seed 001, for an HR adviser. The level table has
 * the adviser family's aspects (`Typering vraagstukken`, `Invloed`, `Rol adviseur`) and the adjacent
 * levels `ADVISEUR HRM I` and `ADVISEUR HRM II`; `Functiegroep` is 9 for the function's own column.
 */
export const ADVISEUR_HRM: ResultaatprofielContent = {
  title: "ADVISEUR HRM II",
  context: {
    heading: "Context",
    text: "De **adviseur HRM II** is het eerste aanspreekpunt voor de leidinggevenden van de toegewezen bedrijfsonderdelen bij **alle personele vraagstukken**. De adviseur werkt binnen het vastgestelde HR-beleid, de cao en de geldende wet- en regelgeving en vertaalt deze naar **praktische adviezen** over onder meer formatie, werving en selectie, ontwikkeling, verzuim en arbeidsvoorwaarden. Bij complexe dossiers (reorganisaties, arbeidsconflicten, ontslag) werkt de adviseur samen met de senior adviseur HRM en externe deskundigen. Daarnaast levert de adviseur HRM II **een bijdrage aan de ontwikkeling van HR-beleid** en aan HR-projecten. De functie valt onder de manager HRM.",
  },
  results: {
    heading: "Resultaatprofiel",
    columns: ["TOEGEVOEGDE WAARDE", "RESULTAATINDICATOREN"],
    rows: [
      {
        title: "Advisering leidinggevenden",
        description:
          "Leidinggevenden zijn gevraagd en ongevraagd geadviseerd over personele vraagstukken, zoals formatie, functioneren, beoordelen, ontwikkeling en arbeidsvoorwaarden, zodat zij hun personeelsverantwoordelijkheid binnen beleid en regelgeving waarmaken. Adviezen zijn onderbouwd, haalbaar en afgestemd op de situatie van de afdeling.",
        indicators: [
          "tevredenheid van leidinggevenden over de kwaliteit en bruikbaarheid van adviezen;",
          "mate waarin adviezen worden overgenomen;",
          "aantal bezwaar- en beroepszaken als gevolg van personele besluiten;",
          "juiste toepassing van cao, beleid en wet- en regelgeving;",
          "tijdigheid van advisering.",
        ],
      },
      {
        title: "Verzuim en re-integratie",
        description:
          "Verzuimdossiers zijn samen met leidinggevenden en de bedrijfsarts actief begeleid volgens de Wet verbetering poortwachter. Knelpunten in verzuim en belastbaarheid zijn tijdig gesignaleerd en er zijn passende maatregelen voorgesteld.",
        indicators: [
          "verzuimpercentage en meldingsfrequentie per afdeling;",
          "volledigheid en actualiteit van verzuimdossiers;",
          "tijdige en juiste uitvoering van de stappen uit de Wet verbetering poortwachter;",
          "aantal loonsancties opgelegd door UWV;",
          "duurzame terugkeer van medewerkers naar werk.",
        ],
      },
      {
        title: "Werving, selectie en ontwikkeling",
        description:
          "Vacatures zijn in overleg met de leidinggevende passend ingevuld en nieuwe medewerkers zijn zorgvuldig ingewerkt. De ontwikkeling van medewerkers is gestimuleerd via de gesprekscyclus, opleidingsplannen en loopbaanadvies.",
        indicators: [
          "doorlooptijd van vacatures;",
          "kwaliteit van de instroom en behoud van nieuwe medewerkers na het eerste jaar;",
          "percentage medewerkers met een actueel ontwikkelplan;",
          "besteding van het opleidingsbudget binnen de begroting;",
          "tevredenheid van medewerkers over loopbaanbegeleiding.",
        ],
      },
      {
        title: "HR-beleid en projecten",
        description:
          "Er is bijgedragen aan de ontwikkeling, invoering en evaluatie van HR-beleid en HR-instrumenten. Signalen uit de organisatie zijn vertaald in onderbouwde voorstellen en projecten zijn volgens plan uitgevoerd.",
        indicators: [
          "bruikbaarheid en onderbouwing van beleidsvoorstellen;",
          "draagvlak bij management en ondernemingsraad;",
          "realisatie van projecten binnen planning en budget;",
          "kwaliteit van evaluaties en verbetervoorstellen.",
        ],
      },
    ],
  },
  conditions: {
    heading: "Bezwarende omstandigheden",
    text: "Emotionele belasting door gesprekken met medewerkers in moeilijke persoonlijke of arbeidsrechtelijke situaties.",
  },
  levelTable: {
    heading: "Niveau-onderscheidende kenmerken",
    columns: ["", "-", "ADVISEUR HRM I", "ADVISEUR HRM II", "+"],
    rows: [
      {
        aspect: "Vrijheidsgraden",
        cells: [
          "Zie functieomschrijving en NOK medewerker HRM",
          [
            "adviseert binnen vastgestelde regelingen en procedures;",
            "legt afwijkingen van beleid en niet-standaard vraagstukken voor aan een senior adviseur.",
          ],
          [
            "adviseert zelfstandig over de toepassing van beleid en regelingen, ook bij afwijkende situaties;",
            "kiest binnen het HR-beleid zelf de aanpak van dossiers en stemt alleen principiële afwijkingen af met de manager HRM.",
          ],
          "Zie functieomschrijving en NOK senior adviseur HRM",
        ],
      },
      {
        aspect: "Typering vraagstukken",
        cells: [
          "",
          [
            "veelal enkelvoudige, individuele vraagstukken;",
            "oplossing te vinden in bestaande regelingen en procedures.",
          ],
          [
            "samengestelde vraagstukken op afdelings- of teamniveau;",
            "belangen van leidinggevende, medewerker en organisatie moeten tegen elkaar worden afgewogen;",
            "juridische aspecten spelen regelmatig een rol.",
          ],
          "",
        ],
      },
      {
        aspect: "Invloed",
        cells: [
          "",
          ["adviezen hebben invloed op de juiste toepassing van regelingen in individuele gevallen."],
          [
            "adviezen hebben invloed op personele besluiten van leidinggevenden en daarmee op kosten, risico's en werkklimaat van de afdeling.",
          ],
          "",
        ],
      },
      {
        aspect: "Rol adviseur",
        cells: [
          "",
          [
            "informeren over en uitleggen van regelingen;",
            "uitvoeren van administratieve en procedurele HR-taken.",
          ],
          [
            "gesprekspartner en adviseur van leidinggevenden;",
            "begeleiden van complexere dossiers en bijdragen aan HR-projecten.",
          ],
          "",
        ],
      },
      {
        aspect: "Opleiding en ervaring",
        cells: [
          "",
          ["hbo werk- en denkniveau;", "kennis van cao, regelingen en HR-processen."],
          [
            "hbo werk- en denkniveau, aangevuld met kennis van arbeidsrecht;",
            "meerdere jaren ervaring als HR-adviseur;",
            "kennis van verzuimbeleid en de Wet verbetering poortwachter.",
          ],
          "",
        ],
      },
      { aspect: "Functiegroep", cells: ["", "8", "9 (referentie)", ""] },
    ],
  },
  reference: "F251137/hr/mv/260302",
};
