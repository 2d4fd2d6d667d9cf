import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { readDocx } from "../../src/hosts/docx/read-docx";

/**
 * Damaged and rearranged .docx files made from the fixtures: flipped bits, overwritten or cut-off bytes,
 * zip entries in another order or missing, and document.xml edited as text (markup inserted or deleted,
 * whole paragraphs removed or duplicated at the reader's own source offsets).
 */

export type ByteMutation =
  | { kind: "flip"; flips: { at: number; bit: number }[] }
  | { kind: "overwrite"; at: number; bytes: number[] }
  | { kind: "truncate"; keep: number }
  | { kind: "append"; bytes: number[] }
  | { kind: "drop-entry"; entry: number }
  | { kind: "shuffle"; order: number[] }
  | { kind: "xml-edit"; edits: XmlEdit[] };

export type XmlEdit =
  { kind: "insert"; at: number; text: string } | { kind: "delete"; at: number; length: number };

/** Markup fragments that stress an XML scanner. */
const XML_PIECES = [
  "<w:p>",
  "</w:p>",
  "<w:p/>",
  "<w:r><w:t>tekst</w:t></w:r>",
  "</w:tc>",
  "<w:tbl>",
  "<w:tc><w:p/></w:tc>",
  '<w:gridSpan w:val="2147483647"/>',
  '<w:gridBefore w:val="99999999"/>',
  '<w:ilvl w:val="-1"/>',
  '<w:numId w:val="999"/>',
  '<w:outlineLvl w:val="12"/>',
  "<w:tab/>",
  "<w:br/>",
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:fldChar w:fldCharType="end"/>',
  "<w:sdt><w:sdtContent>",
  "</w:sdtContent></w:sdt>",
  "&amp;",
  "&#0;",
  "&#x1F600;",
  "&unknown;",
  "<!DOCTYPE x>",
  "<![CDATA[x]]>",
  "]]>",
  "<!-- -- -->",
  "<?pi x?>",
  '"',
  "'",
  "<",
  ">",
  "&",
  "\u0000",
  "\ud800",
  "é",
  "\r\n",
];

const xmlEditArb: fc.Arbitrary<XmlEdit> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...XML_PIECES), fc.string({ maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

const byteArb = fc.integer({ min: 0, max: 255 });

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("flip" as const),
      flips: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), {
        minLength: 1,
        maxLength: 8,
      }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("overwrite" as const),
      at: fc.nat(),
      bytes: fc.array(byteArb, { minLength: 1, maxLength: 16 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("truncate" as const), keep: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("append" as const),
      bytes: fc.array(byteArb, { minLength: 1, maxLength: 64 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop-entry" as const), entry: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("shuffle" as const),
      order: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("xml-edit" as const),
      edits: fc.array(xmlEditArb, { minLength: 1, maxLength: 4 }),
    }),
  },
);

/** Entries in the order a permutation seed gives (a Fisher–Yates shuffle driven by the seed numbers). */
export function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = (order[i % order.length] ?? 0) % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** Writes a zip with the entries in the given order (fflate keeps insertion order). */
export function zipEntries(entries: readonly [string, Uint8Array][]): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of entries) zippable[name] = data;
  return zipSync(zippable);
}

export function unzipEntries(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes));
}

export function applyXmlEdits(xml: string, edits: readonly XmlEdit[]): string {
  let text = xml;
  for (const edit of edits) {
    const at = edit.at % (text.length + 1);
    text =
      edit.kind === "insert"
        ? text.slice(0, at) + edit.text + text.slice(at)
        : text.slice(0, at) + text.slice(at + edit.length);
  }
  return text;
}

export function mutateBytes(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  switch (mutation.kind) {
    case "flip": {
      const copy = bytes.slice();
      for (const flip of mutation.flips) copy[flip.at % copy.length]! ^= 1 << flip.bit;
      return copy;
    }
    case "overwrite": {
      const copy = bytes.slice();
      mutation.bytes.forEach((byte, index) => {
        copy[(mutation.at + index) % copy.length] = byte;
      });
      return copy;
    }
    case "truncate":
      return bytes.slice(0, mutation.keep % bytes.length);
    case "append": {
      const copy = new Uint8Array(bytes.length + mutation.bytes.length);
      copy.set(bytes);
      copy.set(mutation.bytes, bytes.length);
      return copy;
    }
    case "drop-entry": {
      const entries = unzipEntries(bytes);
      entries.splice(mutation.entry % entries.length, 1);
      return zipEntries(entries);
    }
    case "shuffle":
      return zipEntries(permute(unzipEntries(bytes), mutation.order));
    case "xml-edit": {
      const document = readDocx(bytes).value;
      const entries = unzipEntries(bytes).map(([name, data]): [string, Uint8Array] =>
        name === document.documentPath
          ? [name, strToU8(applyXmlEdits(strFromU8(data), mutation.edits))]
          : [name, data],
      );
      return zipEntries(entries);
    }
  }
}

export type ParagraphEdit = { kind: "remove" | "duplicate"; block: number };

export const paragraphEditArb: fc.Arbitrary<ParagraphEdit> = fc.record({
  kind: fc.constantFrom("remove" as const, "duplicate" as const),
  block: fc.nat(),
});

/**
 * Removes or duplicates whole `<w:p>` elements of document.xml at the reader's source offsets (edits are
 * applied from the end, so offsets stay valid). Paragraphs holding a field character are left alone: a
 * field may span paragraphs, and cutting one open would change the text of the next ones.
 */
export function editParagraphs(
  bytes: Uint8Array,
  edits: readonly ParagraphEdit[],
): { bytes: Uint8Array; expectedTexts: string[] } {
  const document = readDocx(bytes).value;
  const xml = document.documentXml;
  const texts = document.snapshot.blocks.map((block) => block.text);
  const chosen = new Map<number, ParagraphEdit["kind"]>();
  for (const edit of edits) {
    const block = edit.block % texts.length;
    const span = document.sources[block]!.paragraph;
    if (xml.slice(span.start, span.end).includes("fldChar")) continue;
    chosen.set(block, edit.kind);
  }
  // Nested paragraphs cannot occur (a w:p never holds a w:p outside a text box, which the reader skips),
  // so applying edits from the last block backwards keeps every earlier offset valid.
  let edited = xml;
  const expected = texts.slice();
  for (const block of [...chosen.keys()].sort((a, b) => b - a)) {
    const span = document.sources[block]!.paragraph;
    const element = edited.slice(span.start, span.end);
    if (chosen.get(block) === "remove") {
      edited = edited.slice(0, span.start) + edited.slice(span.end);
      expected.splice(block, 1);
    } else {
      edited = edited.slice(0, span.end) + element + edited.slice(span.end);
      expected.splice(block, 0, texts[block]!);
    }
  }
  const entries = unzipEntries(bytes).map(([name, data]): [string, Uint8Array] =>
    name === document.documentPath ? [name, strToU8(edited)] : [name, data],
  );
  return { bytes: zipEntries(entries), expectedTexts: expected };
}
