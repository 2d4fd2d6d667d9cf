import type { DocxLimits } from "./limits";
import {
  failEmptyFile,
  failEncrypted,
  failFileTooLarge,
  failLegacyDoc,
  failNotDocx,
  type FileKind,
} from "./errors";
import { looksLikeZip } from "./zip";

/**
 * Looks at a file's first bytes before anything is unpacked, and refuses what cannot be a .docx with a
 * message that says what the file is instead. A password-protected .docx is not a zip at all: Office wraps
 * the encrypted package in an OLE compound file (the container of the old .doc format), so both are told
 * apart by the names of the streams in that file's directory.
 */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

/** Throws unless the bytes may be a .docx (a zip archive within the size limit). */
export function checkContainer(bytes: Uint8Array, limits: DocxLimits): void {
  if (bytes.length === 0) throw failEmptyFile();
  if (bytes.length > limits.maxFileBytes) throw failFileTooLarge(bytes.length, limits.maxFileBytes);
  if (looksLikeZip(bytes)) return;
  if (startsWithBytes(bytes, OLE_MAGIC)) throw failCompoundFile(bytes);
  throw failNotDocx(describeFile(bytes));
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function failCompoundFile(bytes: Uint8Array) {
  const names = readCompoundFileNames(bytes);
  const has = (name: string) => names.has(name.toLowerCase());
  if (has("EncryptedPackage")) return failEncrypted();
  if (has("WordDocument")) return failLegacyDoc();
  if (has("Workbook") || has("Book")) {
    return failNotDocx({ nl: "een oud Excel-bestand (.xls)", en: "an old Excel file (.xls)" });
  }
  if (has("PowerPoint Document")) {
    return failNotDocx({ nl: "een oud PowerPoint-bestand (.ppt)", en: "an old PowerPoint file (.ppt)" });
  }
  return failNotDocx({
    nl: "een OLE-bestand van een ander programma",
    en: "an OLE compound file of another program",
  });
}

/**
 * Lower-cased names of the storages and streams of an OLE compound file. The directory is found the way
 * the format prescribes (header → FAT → directory chain); if that fails on a damaged or truncated file, the
 * names we care about are looked for as UTF-16LE text anywhere in the file instead.
 */
export function readCompoundFileNames(bytes: Uint8Array): Set<string> {
  const names = readDirectoryNames(bytes);
  if (names.size > 0) return names;
  const found = new Set<string>();
  for (const name of ["EncryptedPackage", "WordDocument", "Workbook", "Book", "PowerPoint Document"]) {
    if (containsUtf16(bytes, name)) found.add(name.toLowerCase());
  }
  return found;
}

function readDirectoryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return names;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const sectorFits = (sector: number) =>
    sector <= MAX_SECTOR && sectorOffset(sector) + sectorSize <= bytes.length;

  // The FAT's sectors are listed in the header (first 109) and then in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  // A damaged header may claim any count; the file cannot hold more FAT sectors than it has sectors.
  const fatSectorCount = Math.min(view.getUint32(0x2c, true), Math.floor(bytes.length / sectorSize));
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++)
    fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; fatSectors.length < fatSectorCount && sectorFits(difat) && guard < 1 << 16; guard++) {
    const base = sectorOffset(difat);
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(view.getUint32(base + i * 4, true));
    }
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined || !sectorFits(fatSector)) return END_OF_CHAIN;
    return view.getUint32(sectorOffset(fatSector) + (sector % perSector) * 4, true);
  };

  const visited = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sectorFits(sector) && !visited.has(sector);) {
    visited.add(sector);
    const base = sectorOffset(sector);
    for (let entry = base; entry + 128 <= base + sectorSize; entry += 128) {
      const type = bytes[entry + 0x42];
      const nameBytes = view.getUint16(entry + 0x40, true);
      if ((type !== 1 && type !== 2) || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.add(name.toLowerCase());
    }
    sector = nextSector(sector);
  }
  return names;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  const first = pattern[0]!;
  outer: for (
    let at = bytes.indexOf(first);
    at !== -1 && at + pattern.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    for (let i = 1; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) continue outer;
    return true;
  }
  return false;
}

/** A best guess of what a non-zip, non-OLE file is, from its first bytes. */
export function describeFile(bytes: Uint8Array): FileKind | null {
  // One character per byte is enough to recognise ASCII signatures.
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const trimmed = head.replace(/^(\uFEFF|ï»¿|\s)+/, "");
  const lower = trimmed.toLowerCase();
  if (trimmed.startsWith("%PDF")) return { nl: "een PDF-bestand", en: "a PDF file" };
  if (trimmed.startsWith("{\\rtf"))
    return { nl: "een RTF-bestand (Rich Text Format)", en: "an RTF file (Rich Text Format)" };
  if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
    return { nl: "een webpagina (HTML)", en: "a web page (HTML)" };
  }
  if (lower.startsWith("mime-version:")) return { nl: "een webarchief (MHT)", en: "a web archive (MHT)" };
  if (lower.startsWith("<?xml") || lower.startsWith("<")) {
    if (/<(w:wordDocument|pkg:package)\b/.test(head)) {
      return { nl: "een Word-document dat als XML is opgeslagen", en: "a Word document saved as XML" };
    }
    return { nl: "een XML-bestand", en: "an XML file" };
  }
  if (startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWithBytes(bytes, [0xff, 0xd8, 0xff])) {
    return { nl: "een afbeelding", en: "an image" };
  }
  // eslint-disable-next-line no-control-regex -- binary files are told apart by their control characters
  if (!/[\u0000-\u0008\u000e-\u001f]/.test(head)) return { nl: "een tekstbestand", en: "a text file" };
  return null;
}
