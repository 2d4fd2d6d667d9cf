import { AlignmentType, type FileChild } from "docx";
import {
  ARIAL_HOUSE_STYLE,
  createDocument,
  createEmptyParagraph,
  createParagraph,
  packDocument,
  type DocumentMeta,
} from "./docx-kit";

/** A short Dutch business letter: not a job profile at all. */
export const LETTER = {
  sender: ["Bakkerij De Korenschoof B.V.", "Molenweg 12", "7411 KR  Deventer", "T 0570 - 61 24 80"],
  recipient: [
    "Supermarkt Van der Meulen",
    "t.a.v. de heer P. van der Meulen",
    "Kerkstraat 45",
    "7201 DK  Zutphen",
  ],
  placeAndDate: "Deventer, 5 maart 2026",
  subject: "Betreft: aangepaste levertijden vanaf 1 april 2026",
  salutation: "Geachte heer Van der Meulen,",
  paragraphs: [
    "Vanaf 1 april 2026 bakken wij in onze nieuwe productiehal aan de Molenweg. Daardoor verandert het tijdstip waarop wij uw winkel beleveren: het brood komt voortaan tussen 5.30 en 6.15 uur in plaats van tussen 6.00 en 6.45 uur.",
    "Voor de levering van banket en de zaterdagbestellingen verandert er niets. Bestellingen die u vóór 14.00 uur doorgeeft, leveren wij zoals gebruikelijk de volgende ochtend.",
    "Wij verwachten dat u met de vroegere levering meer tijd heeft om de schappen voor opening aan te vullen. Heeft u vragen of past het nieuwe tijdstip niet bij uw openingstijden, neem dan gerust contact met mij op. Dan zoeken wij samen naar een oplossing.",
  ],
  closing: "Met vriendelijke groet,",
  signatory: ["Sanne Vermeulen", "Accountmanager", "Bakkerij De Korenschoof B.V."],
};

export function renderLetter(letter: typeof LETTER): FileChild[] {
  const out: FileChild[] = letter.sender.map((line, index) =>
    createParagraph(line, index === 0 ? { bold: true } : {}, { alignment: AlignmentType.RIGHT }),
  );
  out.push(createEmptyParagraph(), createEmptyParagraph(), createEmptyParagraph());
  out.push(...letter.recipient.map((line) => createParagraph(line)));
  out.push(createEmptyParagraph(), createEmptyParagraph());
  out.push(createParagraph(letter.placeAndDate), createEmptyParagraph());
  out.push(createParagraph(letter.subject, { bold: true }), createEmptyParagraph());
  out.push(createParagraph(letter.salutation), createEmptyParagraph());
  for (const paragraph of letter.paragraphs) {
    out.push(createParagraph(paragraph, {}, { alignment: AlignmentType.JUSTIFIED }), createEmptyParagraph());
  }
  out.push(
    createParagraph(letter.closing),
    createEmptyParagraph(),
    createEmptyParagraph(),
    createEmptyParagraph(),
  );
  out.push(...letter.signatory.map((line) => createParagraph(line)));
  return out;
}

export function buildGeenProfielBrief(): Promise<Uint8Array> {
  const meta: DocumentMeta = {
    title: "Aangepaste levertijden",
    author: "Sanne Vermeulen",
    house: ARIAL_HOUSE_STYLE,
  };
  return packDocument(createDocument(meta, renderLetter(LETTER)), meta);
}

/** A new, empty document: one empty paragraph, as Word creates it. */
export function buildLeeg(): Promise<Uint8Array> {
  const meta: DocumentMeta = { title: "", author: "Afdeling P&O", house: ARIAL_HOUSE_STYLE };
  return packDocument(createDocument(meta, [createEmptyParagraph()]), meta);
}
