/** FNV-1a over a text's UTF-16 code units: a fast, stable 32-bit hash (finding ids, content-control ids). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short, stable fingerprint of a text, for ids that must survive re-reading an unchanged document. */
export function fingerprint(text: string): string {
  return fnv1a(text).toString(36);
}
