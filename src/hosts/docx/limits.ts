/** Size limits for reading a .docx; every one is checked while reading, never taken from the file's claims. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxFileBytes: number;
  /** Everything the reader inflates from the file, together. */
  maxUncompressedBytes: number;
  /** Any single inflated part (document.xml, styles.xml…). */
  maxPartBytes: number;
}

const MEGABYTE = 1024 * 1024;

/** Far beyond any real job profile (a 10,000-paragraph document is a few MB), yet safe to hold in memory. */
export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxFileBytes: 100 * MEGABYTE,
  maxUncompressedBytes: 400 * MEGABYTE,
  maxPartBytes: 200 * MEGABYTE,
});
