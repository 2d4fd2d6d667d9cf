import { Inflate, inflateSync } from "fflate";
import { isProfielwijzerError, type LocalisedText } from "../../core/common";
import { failUnpackedTooLarge, failZipInvalid } from "./errors";

/**
 * A minimal zip reader: the central directory is parsed by hand so that each entry's compressed bytes stay
 * available untouched (the writer copies them back as they were), and only the entries the reader needs are
 * inflated. Inflation is streamed in small chunks and stops as soon as a size limit is passed, because the
 * sizes a zip header claims are not to be trusted (a zip bomb claims a few bytes).
 */

export interface ZipEntry {
  /** Name as stored (UTF-8), e.g. "word/document.xml". */
  name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  method: number;
  /** General-purpose flags of the central directory record (bit 0: encrypted, bit 3: data descriptor). */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** What the central directory claims; never trusted for allocation or limits. */
  uncompressedSize: number;
  /** DOS time and date of the entry, to write it back unchanged. */
  modifiedTime: number;
  modifiedDate: number;
  /** Offset of the local file header in the file. */
  localHeaderOffset: number;
  /** The entry's still-compressed bytes: a view into the input, not a copy. */
  data: Uint8Array;
}

/** A budget shared by every entry inflated from one file. */
export interface InflateBudget {
  maxPartBytes: number;
  /** Bytes still allowed in total; decreases as entries are inflated. */
  remainingBytes: number;
  maxTotalBytes: number;
}

const SIGNATURE_LOCAL = 0x04034b50;
const SIGNATURE_CENTRAL = 0x02014b50;
const SIGNATURE_END = 0x06054b50;
const SIGNATURE_ZIP64_END = 0x06064b50;
const SIGNATURE_ZIP64_LOCATOR = 0x07064b50;
/** Deflate expands at most about 1:1032; input is fed in chunks sized so the output stays near the limit. */
const MAX_DEFLATE_RATIO = 1032;
const MIN_INFLATE_CHUNK = 256;
const MAX_INFLATE_CHUNK = 64 * 1024;

const utf8 = new TextDecoder("utf-8");

function broken(nl: string, en: string): LocalisedText {
  return { nl, en };
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** 64-bit little-endian; sizes beyond 2^53 are refused as broken anyway. */
function readUint64(bytes: Uint8Array, at: number): number {
  return readUint32(bytes, at) + readUint32(bytes, at + 4) * 0x100000000;
}

/** True when the bytes start like a zip archive (a local header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const signature = readUint32(bytes, 0);
  return signature === SIGNATURE_LOCAL || signature === SIGNATURE_END;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && readUint32(bytes, at) === SIGNATURE_END) return at;
  }
  throw failZipInvalid(broken("het einde van het pakket ontbreekt", "the end of the package is missing"));
}

/** Reads the central directory. Throws `zip-invalid` for anything structurally broken. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  let count = readUint16(bytes, end + 10);
  let directorySize = readUint32(bytes, end + 12);
  let directoryOffset = readUint32(bytes, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && readUint32(bytes, locator) === SIGNATURE_ZIP64_LOCATOR) {
      const record = readUint64(bytes, locator + 8);
      if (record + 56 > bytes.length || readUint32(bytes, record) !== SIGNATURE_ZIP64_END) {
        throw failZipInvalid(broken("de zip64-gegevens kloppen niet", "the zip64 records are inconsistent"));
      }
      count = readUint64(bytes, record + 32);
      directorySize = readUint64(bytes, record + 40);
      directoryOffset = readUint64(bytes, record + 48);
    }
  }
  if (directoryOffset + directorySize > bytes.length) {
    throw failZipInvalid(
      broken("de inhoudsopgave valt buiten het bestand", "the directory lies outside the file"),
    );
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || readUint32(bytes, at) !== SIGNATURE_CENTRAL) {
      throw failZipInvalid(broken("de inhoudsopgave is beschadigd", "the directory is damaged"));
    }
    const flags = readUint16(bytes, at + 8);
    const method = readUint16(bytes, at + 10);
    const modifiedTime = readUint16(bytes, at + 12);
    const modifiedDate = readUint16(bytes, at + 14);
    const crc32 = readUint32(bytes, at + 16);
    let compressedSize = readUint32(bytes, at + 20);
    let uncompressedSize = readUint32(bytes, at + 24);
    const nameLength = readUint16(bytes, at + 28);
    const extraLength = readUint16(bytes, at + 30);
    const commentLength = readUint16(bytes, at + 32);
    let localHeaderOffset = readUint32(bytes, at + 42);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length)
      throw failZipInvalid(broken("de inhoudsopgave is afgekapt", "the directory is truncated"));
    const name = utf8.decode(bytes.subarray(nameStart, extraStart));
    // Zip64: the real values follow in extra field 0x0001, in this order, only for the fields set to 0xFFFFFFFF.
    if (
      uncompressedSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      for (let extra = extraStart; extra + 4 <= extraStart + extraLength;) {
        const id = readUint16(bytes, extra);
        const size = readUint16(bytes, extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = readUint64(bytes, field);
            field += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = readUint64(bytes, field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = readUint64(bytes, field);
          break;
        }
        extra += 4 + size;
      }
    }
    entries.push({
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      modifiedTime,
      modifiedDate,
      localHeaderOffset,
      data: locateData(bytes, name, localHeaderOffset, compressedSize),
    });
    at = next;
  }
  return entries;
}

function locateData(bytes: Uint8Array, name: string, offset: number, compressedSize: number): Uint8Array {
  if (offset + 30 > bytes.length || readUint32(bytes, offset) !== SIGNATURE_LOCAL) {
    throw failZipInvalid(
      broken(`de kop van onderdeel ${name} ontbreekt`, `the local header of part ${name} is missing`),
    );
  }
  // The local header has its own name and extra lengths, which may differ from the central record's.
  const start = offset + 30 + readUint16(bytes, offset + 26) + readUint16(bytes, offset + 28);
  if (start + compressedSize > bytes.length) {
    throw failZipInvalid(broken(`onderdeel ${name} is afgekapt`, `part ${name} is truncated`));
  }
  return bytes.subarray(start, start + compressedSize);
}

export function createInflateBudget(maxPartBytes: number, maxTotalBytes: number): InflateBudget {
  return { maxPartBytes, maxTotalBytes, remainingBytes: maxTotalBytes };
}

/**
 * Uncompresses one entry, stopping with `too-large` as soon as the output passes the part limit or what is
 * left of the total budget. Memory stays bounded: one step of input can expand to little more than the
 * room left under the limit (at least 256 bytes of input, i.e. about 264 KB of output).
 */
export function inflateEntry(entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const limit = Math.min(budget.maxPartBytes, budget.remainingBytes);
  const overLimit = () =>
    failUnpackedTooLarge(
      entry.name,
      limit === budget.maxPartBytes ? budget.maxPartBytes : budget.maxTotalBytes,
    );
  if ((entry.flags & 1) !== 0) {
    throw failZipInvalid(broken(`onderdeel ${entry.name} is versleuteld`, `part ${entry.name} is encrypted`));
  }
  // An honest header that already says "too big" need not be inflated to find out.
  if (entry.uncompressedSize > limit) throw overLimit();
  let output: Uint8Array;
  if (entry.method === 0) {
    if (entry.data.length > limit) throw overLimit();
    output = entry.data;
  } else if (entry.method === 8) {
    output = inflateSmallEntry(entry, limit) ?? inflateStreaming(entry, limit, overLimit);
  } else {
    throw failZipInvalid(
      broken(
        `onderdeel ${entry.name} gebruikt een onbekende compressie (${entry.method})`,
        `part ${entry.name} uses an unknown compression method (${entry.method})`,
      ),
    );
  }
  budget.remainingBytes -= output.length;
  return output;
}

/**
 * Fast path: when even a bomb could not expand this little input past the limit, inflate in one go into a
 * buffer of the claimed size plus one byte. The extra byte catches a header that claims too little; the
 * caller then inflates again, streaming. Returns null in that case or when the input is too large for this.
 */
function inflateSmallEntry(entry: ZipEntry, limit: number): Uint8Array | null {
  if (entry.data.length * MAX_DEFLATE_RATIO > limit || entry.uncompressedSize >= limit) return null;
  let output: Uint8Array;
  try {
    output = inflateSync(entry.data, { out: new Uint8Array(entry.uncompressedSize + 1) });
  } catch (error) {
    throw failDamaged(entry, error);
  }
  return output.length <= entry.uncompressedSize ? output : null;
}

function inflateStreaming(entry: ZipEntry, limit: number, overLimit: () => Error): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw overLimit();
    if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    const data = entry.data;
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length;) {
      // Feed no more than could expand to what is left of the limit, so one step cannot overshoot it much.
      const room = Math.floor((limit - total) / MAX_DEFLATE_RATIO);
      const end = Math.min(at + Math.min(MAX_INFLATE_CHUNK, Math.max(MIN_INFLATE_CHUNK, room)), data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      at = end;
    }
  } catch (error) {
    if (isProfielwijzerError(error)) throw error;
    throw failDamaged(entry, error);
  }
  return concatenate(chunks, total);
}

function failDamaged(entry: ZipEntry, cause: unknown) {
  return failZipInvalid(
    broken(`onderdeel ${entry.name} is beschadigd`, `part ${entry.name} is damaged`),
    cause,
  );
}

function concatenate(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const output = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    output.set(chunk, at);
    at += chunk.length;
  }
  return output;
}
