/**
 * The visible text of each paragraph (`w:p`) in a WordprocessingML part, in document order, for comparing
 * two builds of a fixture without comparing bytes. `w:tab` becomes `\t`, a line break (`w:br`) `\n`,
 * `w:noBreakHyphen` U+2011; page and column breaks and tab stops (`w:tab` with attributes, inside
 * `w:tabs`) are not visible text and are skipped.
 */
export function extractParagraphTexts(xml: string): string[] {
  const token =
    /<w:p(?=[\s>/])[^>]*?(\/)?>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\s*\/>|<w:br(?:\s[^>]*)?\/>|<w:noBreakHyphen\s*\/>/g;
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const match of xml.matchAll(token)) {
    const [whole, selfClosing, text] = match;
    if (whole.startsWith("<w:p")) {
      if (selfClosing) paragraphs.push("");
      else current = "";
    } else if (whole === "</w:p>") {
      if (current !== null) paragraphs.push(current);
      current = null;
    } else if (current !== null) {
      if (text !== undefined) current += decodeEntities(text);
      else if (whole.startsWith("<w:tab")) current += "\t";
      else if (whole.startsWith("<w:br")) current += /w:type="(page|column)"/.test(whole) ? "" : "\n";
      else current += "\u2011";
    }
  }
  return paragraphs;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
