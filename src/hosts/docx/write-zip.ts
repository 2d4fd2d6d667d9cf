import { deflateSync } from "fflate";
import { ProfielwijzerError } from "../../core/common";
import type { ZipEntry } from "./zip";

/**
 * Writes a zip archive from the entries read by zip.ts: untouched entries keep their compressed bytes,
 * CRC, sizes and timestamps exactly (they are copied, never inflated and deflated again); only the parts
 * given in `replaced` and `added` are compressed here. Local headers are written with the sizes known from
 * the central directory, so no data descriptors are needed.
 */

export interface ZipOutput {
  /** New content of existing entries, by stored entry name. */
  replaced: ReadonlyMap<string, Uint8Array>;
  /** New entries, appended after the existing ones in this order. */
  added: readonly { name: string; data: Uint8Array }[];
}

const SIGNATURE_LOCAL = 0x04034b50;
const SIGNATURE_CENTRAL = 0x02014b50;
const SIGNATURE_END = 0x06054b50;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const VERSION = 20;
const LIMIT_32 = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface OutputEntry {
  nameBytes: Uint8Array;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  modifiedTime: number;
  modifiedDate: number;
  data: Uint8Array;
}

const utf8 = new TextEncoder();

function isAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7e) return false;
  return true;
}

function compressEntry(
  name: string,
  content: Uint8Array,
  time: { modifiedTime: number; modifiedDate: number },
): OutputEntry {
  const data = deflateSync(content, { level: 6 });
  return {
    nameBytes: utf8.encode(name),
    method: 8,
    flags: isAscii(name) ? 0 : FLAG_UTF8,
    crc32: crc32(content),
    compressedSize: data.length,
    uncompressedSize: content.length,
    modifiedTime: time.modifiedTime,
    modifiedDate: time.modifiedDate,
    data,
  };
}

function copyEntry(entry: ZipEntry): OutputEntry {
  // Sizes and CRC go into the local header now, so a data descriptor would only repeat them.
  const flags = (entry.flags & ~FLAG_DATA_DESCRIPTOR) | (isAscii(entry.name) ? 0 : FLAG_UTF8);
  return {
    nameBytes: utf8.encode(entry.name),
    method: entry.method,
    flags,
    crc32: entry.crc32,
    compressedSize: entry.data.length,
    uncompressedSize: entry.uncompressedSize,
    modifiedTime: entry.modifiedTime,
    modifiedDate: entry.modifiedDate,
    data: entry.data,
  };
}

/** The archive: existing entries in their order (copied or replaced), then the added ones. */
export function writeZip(entries: readonly ZipEntry[], output: ZipOutput): Uint8Array<ArrayBuffer> {
  const written: OutputEntry[] = [];
  // New parts get the timestamp of the package's first entry: the output stays reproducible.
  const time = entries[0] ?? { modifiedTime: 0, modifiedDate: 0x21 };
  for (const entry of entries) {
    const content = output.replaced.get(entry.name);
    written.push(content ? compressEntry(entry.name, content, entry) : copyEntry(entry));
  }
  for (const part of output.added) written.push(compressEntry(part.name, part.data, time));

  let size = 22;
  for (const entry of written) size += 30 + 46 + 2 * entry.nameBytes.length + entry.data.length;
  if (size > LIMIT_32 || written.length > 0xffff) {
    throw new ProfielwijzerError("too-large", {
      nl: "Het gewijzigde document wordt te groot om als .docx te bewaren.",
      en: "The changed document becomes too large to save as a .docx.",
    });
  }
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of written) {
    offsets.push(at);
    view.setUint32(at, SIGNATURE_LOCAL, true);
    view.setUint16(at + 4, VERSION, true);
    writeCommonFields(view, at + 6, entry);
    view.setUint16(at + 26, entry.nameBytes.length, true);
    view.setUint16(at + 28, 0, true);
    bytes.set(entry.nameBytes, at + 30);
    bytes.set(entry.data, at + 30 + entry.nameBytes.length);
    at += 30 + entry.nameBytes.length + entry.data.length;
  }
  const directoryStart = at;
  written.forEach((entry, index) => {
    view.setUint32(at, SIGNATURE_CENTRAL, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, VERSION, true);
    writeCommonFields(view, at + 8, entry);
    view.setUint16(at + 28, entry.nameBytes.length, true);
    view.setUint16(at + 30, 0, true); // extra
    view.setUint16(at + 32, 0, true); // comment
    view.setUint16(at + 34, 0, true); // disk
    view.setUint16(at + 36, 0, true); // internal attributes
    view.setUint32(at + 38, 0, true); // external attributes
    view.setUint32(at + 42, offsets[index]!, true);
    bytes.set(entry.nameBytes, at + 46);
    at += 46 + entry.nameBytes.length;
  });
  view.setUint32(at, SIGNATURE_END, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, at - directoryStart, true);
  view.setUint32(at + 16, directoryStart, true);
  return bytes;
}

/** Flags, method, time, date, CRC and sizes: the same 20 bytes in local and central headers. */
function writeCommonFields(view: DataView, at: number, entry: OutputEntry): void {
  view.setUint16(at, entry.flags, true);
  view.setUint16(at + 2, entry.method, true);
  view.setUint16(at + 4, entry.modifiedTime, true);
  view.setUint16(at + 6, entry.modifiedDate, true);
  view.setUint32(at + 8, entry.crc32, true);
  view.setUint32(at + 12, entry.compressedSize, true);
  view.setUint32(at + 16, entry.uncompressedSize, true);
}
