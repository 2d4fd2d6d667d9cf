import { HeadingLevel, type FileChild } from "docx";
import {
  createDocument,
  createEmptyParagraph,
  createListItem,
  createParagraph,
  ListInstances,
  packDocument,
  STYLE_IDS_EN,
  type DocumentMeta,
  type HouseStyle,
} from "./docx-kit";

/**
 * A profile in the style of the Rijksoverheid (template `rijksoverheid`): a title, `Doel van de functie`,
 * four fixed result areas (Heading 3) each with `Resultaten:` and a bullet list, competencies as bold
 * name lines without a level followed by behaviour indicators, `Opleiding` and `Werkervaring`.
 */
export const RIJKSOVERHEID_PROFILE = {
  title: "Senior beleidsmedewerker arbeidsmarkt",
  purpose: {
    heading: "Doel van de functie",
    text: "Het ontwikkelen, vormgeven en evalueren van beleid dat bijdraagt aan een inclusieve en goed functionerende arbeidsmarkt, zodat vraag en aanbod van arbeid beter op elkaar aansluiten en meer mensen duurzaam aan het werk zijn.",
  },
  resultAreas: {
    heading: "Resultaatgebieden",
    label: "Resultaten:",
    areas: [
      {
        title: "Opdracht(gever)",
        results: [
          "Beleidsvoorstellen en nota's over arbeidsmarktvraagstukken zijn opgesteld en bestuurlijk afgestemd.",
          "De bewindspersoon en de directie zijn tijdig en onderbouwd geadviseerd, ook bij Kamervragen en debatten.",
          "Beleids- en wetgevingstrajecten zijn als projectleider binnen planning en kaders gerealiseerd.",
        ],
      },
      {
        title: "Omgeving",
        results: [
          "Een netwerk met sociale partners, gemeenten, UWV en andere departementen is opgebouwd en onderhouden.",
          "Standpunten van belanghebbenden zijn verkend en meegewogen in beleidsvoorstellen.",
          "Het ministerie is vertegenwoordigd in interdepartementale en externe overleggen.",
        ],
      },
      {
        title: "Bedrijfsvoering",
        results: [
          "Onderzoeksopdrachten zijn uitgezet, begeleid en financieel verantwoord binnen het beschikbare budget.",
          "Beleidsdossiers zijn volledig en volgens de archiefregels vastgelegd.",
          "Bijdragen aan begroting, jaarverslag en jaarplanning van de directie zijn tijdig geleverd.",
        ],
      },
      {
        title: "Vernieuwen en verbeteren",
        results: [
          "Nieuwe ontwikkelingen op de arbeidsmarkt zijn gesignaleerd en vertaald in verbetervoorstellen.",
          "Evaluaties en onderzoeksresultaten zijn benut om bestaand beleid bij te stellen.",
          "Kennis is gedeeld met collega's en minder ervaren beleidsmedewerkers zijn inhoudelijk begeleid.",
        ],
      },
    ],
  },
  competencies: {
    heading: "Competenties",
    items: [
      {
        name: "Analytisch vermogen",
        behaviours: [
          "Ontleedt complexe arbeidsmarktvraagstukken in hoofd- en bijzaken.",
          "Onderbouwt conclusies met cijfers uit onderzoek en monitoring.",
          "Ziet verbanden tussen ontwikkelingen op verschillende beleidsterreinen.",
        ],
      },
      {
        name: "Omgevingsbewustzijn",
        behaviours: [
          "Volgt politieke en maatschappelijke ontwikkelingen die het beleidsterrein raken.",
          "Houdt in adviezen rekening met de belangen van sociale partners en uitvoeringsorganisaties.",
          "Meldt bestuurlijke risico's tijdig bij de leidinggevende.",
        ],
      },
      {
        name: "Samenwerken",
        behaviours: [
          "Betrekt collega's van andere directies en departementen vroeg bij beleidstrajecten.",
          "Deelt kennis en informatie actief binnen het team.",
          "Zoekt bij tegengestelde belangen naar een gezamenlijke oplossing.",
        ],
      },
      {
        name: "Overtuigingskracht",
        behaviours: [
          "Brengt standpunten helder en met goede argumenten naar voren.",
          "Creëert draagvlak voor beleidsvoorstellen bij interne en externe partijen.",
          "Stemt de boodschap af op de gesprekspartner.",
        ],
      },
    ],
  },
  education: {
    heading: "Opleiding",
    text: "Afgeronde wo-opleiding, bij voorkeur in de richting economie, bestuurskunde of sociologie.",
  },
  experience: {
    heading: "Werkervaring",
    items: [
      "Minimaal vijf jaar ervaring met beleidsontwikkeling, bij voorkeur op het terrein van arbeidsmarkt of sociale zekerheid.",
      "Ervaring met het leiden van complexe beleids- of wetgevingstrajecten.",
      "Ervaring met samenwerking met sociale partners en uitvoeringsorganisaties.",
    ],
  },
};

/** Verdana 9 pt and the Rijksoverheid's dark blue for headings. */
const RIJKSOVERHEID_HOUSE_STYLE: HouseStyle = {
  font: "Verdana",
  size: 9,
  ids: STYLE_IDS_EN,
  headingColor: "154273",
};

export function renderRijksoverheidProfile(profile: typeof RIJKSOVERHEID_PROFILE): FileChild[] {
  const instances = new ListInstances();
  const bullets = (items: string[]) => {
    const list = {
      reference: "bullet" as const,
      instance: instances.take(),
      style: STYLE_IDS_EN.listParagraph,
    };
    return items.map((item) => createListItem(item, list));
  };
  const heading2 = (text: string) => createParagraph(text, {}, { heading: HeadingLevel.HEADING_2 });

  const out: FileChild[] = [createParagraph(profile.title, {}, { heading: HeadingLevel.TITLE })];
  out.push(heading2(profile.purpose.heading), createParagraph(profile.purpose.text));

  out.push(heading2(profile.resultAreas.heading));
  for (const area of profile.resultAreas.areas) {
    out.push(createParagraph(area.title, {}, { heading: HeadingLevel.HEADING_3 }));
    out.push(createParagraph(profile.resultAreas.label, { italics: true }, { keepNext: true }));
    out.push(...bullets(area.results));
  }

  out.push(heading2(profile.competencies.heading));
  profile.competencies.items.forEach((competency, index) => {
    if (index > 0) out.push(createEmptyParagraph());
    out.push(createParagraph(competency.name, { bold: true }, { keepNext: true }));
    out.push(...bullets(competency.behaviours));
  });

  out.push(heading2(profile.education.heading), createParagraph(profile.education.text));
  out.push(heading2(profile.experience.heading), ...bullets(profile.experience.items));
  return out;
}

export function buildRijksoverheidProfiel(): Promise<Uint8Array> {
  const meta: DocumentMeta = {
    title: `Functieprofiel ${RIJKSOVERHEID_PROFILE.title}`,
    author: "Directie Arbeidsmarkt",
    house: RIJKSOVERHEID_HOUSE_STYLE,
  };
  return packDocument(createDocument(meta, renderRijksoverheidProfile(RIJKSOVERHEID_PROFILE)), meta);
}
