import type { FakeParagraphSpec } from "./spec";

/**
 * Builds a functieprofiel-like document of exactly `count` paragraphs, for sync-count tests and
 * benchmarks: a header table, headings, guidance text, a three-column result-area table whose cells
 * hold bulleted task and indicator lists, competencies with a bold name and behaviour examples, a
 * date content control still showing its placeholder, and mixed-bold lines. Long documents repeat
 * result areas and competencies; the output is deterministic.
 */
export function generateProfileParagraphs(count: number): FakeParagraphSpec[] {
  const head: FakeParagraphSpec[] = [
    { text: "“Bedrijfsnaam”/”Afdeling”", cell: { table: 0, row: 0, cell: 0 } },
    { text: "Key accountmanager", bold: true, cell: { table: 0, row: 0, cell: 1 } },
    { text: "Functienummer: xxx", boldPrefix: 14, cell: { table: 0, row: 0, cell: 2 } },
    { text: "FUNCTIEPROFIEL", styleBuiltIn: "Title" },
    { text: "Kenmerken van de functie", styleBuiltIn: "Heading1" },
    {
      text: "Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie.",
    },
    { text: "De key accountmanager is primair gericht op het behoud en het uitbouwen van de omzet. Xxx" },
    { text: "Organisatie", bold: true },
    { text: "Direct leidinggevende\t:\t(“naam direct leidinggevende”)." },
    { text: "Geeft leiding aan\t:\txxx." },
    { text: "Resultaatgebieden", styleBuiltIn: "Heading1" },
    { text: "Resultaatgebieden", bold: true, cell: { table: 1, row: 0, cell: 0 } },
    { text: "Taken", bold: true, cell: { table: 1, row: 0, cell: 1 } },
    { text: "Resultaatindicatoren", bold: true, cell: { table: 1, row: 0, cell: 2 } },
  ];
  const tail: FakeParagraphSpec[] = [
    { text: "Bezwarende omstandigheden", styleBuiltIn: "Heading1" },
    { text: "Kans op letsel als gevolg van deelname aan het wegverkeer.", list: { id: 900 } },
    {
      text: "Klik of tik om een datum in te voeren.",
      contentControl: {
        id: 1,
        tag: "datum",
        title: "Datum",
        placeholderText: "Klik of tik om een datum in te voeren.",
      },
    },
    { text: "COMPETENTIEPROFIEL", styleBuiltIn: "Heading1" },
    { text: "Kennis en betekenisvolle ervaring:", bold: true },
    { text: "hbo werk- en denkniveau;", list: { id: 901 } },
    { text: "Competenties / gedragsvoorbeelden", styleBuiltIn: "Heading2" },
  ];
  const paragraphs = [...head];
  const budget = Math.max(0, count - head.length - tail.length);
  const rows = Math.floor((budget * 2) / 3 / ROW_PARAGRAPHS);
  for (let row = 1; row <= rows; row += 1) paragraphs.push(...resultAreaRow(row));
  paragraphs.push(...tail);
  for (let competency = 0; paragraphs.length + COMPETENCY_PARAGRAPHS <= count; competency += 1) {
    paragraphs.push(...competencyBlock(competency));
  }
  while (paragraphs.length < count) {
    paragraphs.push({ text: paragraphs.length % 2 === 0 ? "" : "Aanvullende toelichting bij het profiel." });
  }
  return paragraphs.slice(0, count);
}

const ROW_PARAGRAPHS = 14;
const COMPETENCY_PARAGRAPHS = 4;
const AREAS = [
  "Jaarplan account(s)",
  "Accountmanagement",
  "Advies en begeleiding winkels",
  "Verantwoording resultaten",
  "Personeelsbeheer",
];
const TASKS = [
  "volgen van ontwikkelingen in het eigen afzetgebied;",
  "bespreken van ontwikkelingen en inzichten met collega key accountmanagers;",
  "formuleren, uitwerken en continu evalueren van het jaarplan;",
  "vastleggen van toezeggingen aan de klant;",
  "xxx.",
];
const INDICATORS = [
  "klanttevredenheid;",
  "bezoek-/contactfrequentie;",
  "tijdige en juiste opvolging toezeggingen;",
  "xxx.",
];
const COMPETENCIES = [
  "Klantgerichtheid",
  "Resultaatgerichtheid",
  "Overtuigingskracht",
  "Samenwerken",
  "Plannen en organiseren",
];

function resultAreaRow(row: number): FakeParagraphSpec[] {
  const cell = (index: number) => ({ table: 1, row, cell: index });
  const name = AREAS[(row - 1) % AREAS.length] ?? "Resultaatgebied";
  return [
    {
      runs: [
        { text: `${row}.\t`, bold: false },
        { text: name, bold: true },
      ],
      cell: cell(0),
    },
    ...TASKS.map((text) => ({
      text,
      list: { id: 100 + row * 2, label: "-" },
      styleBuiltIn: "ListParagraph",
      cell: cell(1),
    })),
    ...INDICATORS.map((text) => ({
      text,
      list: { id: 101 + row * 2, label: "-" },
      styleBuiltIn: "ListParagraph",
      cell: cell(2),
    })),
    { text: "", cell: cell(2) },
    { text: "", cell: cell(2) },
    { text: "", cell: cell(2) },
    { text: "", cell: cell(2) },
  ];
}

function competencyBlock(index: number): FakeParagraphSpec[] {
  const name = COMPETENCIES[index % COMPETENCIES.length] ?? "Competentie";
  const title = `${name} (${index % 2 === 0 ? "5" : "4/5"}):`;
  return [
    { text: title, boldPrefix: name.length },
    {
      text: "Stemt het eigen gedrag af op de wensen van de klant;",
      list: { id: 500 + index, type: "Bullet" },
    },
    { text: "Vraagt door naar de achterliggende behoefte;", list: { id: 500 + index, type: "Bullet" } },
    { text: "Bewaakt afspraken en komt ze na.", list: { id: 500 + index, type: "Bullet" } },
  ];
}
