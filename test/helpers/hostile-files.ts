import { deflateSync, strToU8 } from "fflate";

/**
 * Hostile or odd inputs, built by hand so tests control every header field: zip archives whose headers lie,
 * a deflate stream that expands a thousandfold, and OLE compound files (the wrapper of encrypted .docx
 * files and of old .doc files).
 */

/** Writes bits least-significant first, as deflate packs them. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private count = 0;

  /** A number in `length` bits, least-significant bit first (header fields, extra bits). */
  writeNumber(value: number, length: number): void {
    for (let i = 0; i < length; i++) this.writeBit((value >> i) & 1);
  }

  /** A Huffman code given as a string of bits, most-significant first. */
  writeCode(code: string): void {
    for (const bit of code) this.writeBit(bit === "1" ? 1 : 0);
  }

  /** Pads to a byte boundary and returns the bytes written so far. */
  flush(): number[] {
    if (this.count > 0) {
      this.bytes.push(this.current);
      this.current = 0;
      this.count = 0;
    }
    return this.bytes;
  }

  /** Bits written so far. */
  get length(): number {
    return this.bytes.length * 8 + this.count;
  }

  private writeBit(bit: number): void {
    this.current |= bit << this.count;
    if (++this.count === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.count = 0;
    }
  }
}

/**
 * A raw deflate stream that inflates to `1 + 258 * copies` zero bytes at about 1:1000, built directly
 * (compressing gigabytes to make one would take minutes). One dynamic Huffman block: literal 0, then
 * `copies` times "length 258, distance 1" coded in one bit each, then end-of-block.
 */
export function craftDeflateBomb(copies: number): Uint8Array {
  const bits = new BitWriter();
  bits.writeNumber(1, 1); // BFINAL
  bits.writeNumber(2, 2); // dynamic Huffman
  bits.writeNumber(286 - 257, 5); // HLIT: literal/length codes 0…285
  bits.writeNumber(2 - 1, 5); // HDIST: distance codes 0…1
  bits.writeNumber(18 - 4, 4); // HCLEN: code-length codes up to symbol 1 in the permuted order
  // Code-length code lengths in the order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1: 18→1 bit, 2→2, 1→2.
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  const codeLengthLengths: Record<number, number> = { 18: 1, 2: 2, 1: 2 };
  for (const symbol of order) bits.writeNumber(codeLengthLengths[symbol] ?? 0, 3);
  // Canonical codes: 18 → "0", 1 → "10", 2 → "11".
  const length2 = () => bits.writeCode("11");
  const length1 = () => bits.writeCode("10");
  const zeros = (count: number) => {
    bits.writeCode("0");
    bits.writeNumber(count - 11, 7);
  };
  // Literal/length lengths: 0→2, 1…255→0, 256→2, 257…284→0, 285→1; distance lengths: 0→1, 1→1.
  length2();
  zeros(138);
  zeros(117);
  length2();
  zeros(28);
  length1();
  length1();
  length1();
  // Canonical codes: 285 → "0", 0 → "10", 256 → "11"; distance 0 → "0".
  bits.writeCode("10"); // the literal 0
  const prefixBits = bits.length;
  const prefix = bits.flush();
  // Every copy is "0" (length 258) + "0" (distance 1): all-zero bits, so the buffer needs no writing.
  const endOfBlock = prefixBits + 2 * copies;
  const output = new Uint8Array(Math.ceil((endOfBlock + 2) / 8));
  output.set(prefix, 0);
  for (const bit of [endOfBlock, endOfBlock + 1]) output[bit >> 3]! |= 1 << (bit & 7); // end of block: "11"
  return output;
}

export interface RawZipEntry {
  name: string;
  /** Bytes as stored in the archive (already compressed when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim; defaults to the true size for stored entries and 0 otherwise. */
  claimedSize?: number;
  crc32?: number;
}

/** A zip archive written field by field, so tests can make its headers say anything. */
export function buildRawZip(entries: RawZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const claimed = entry.claimedSize ?? (entry.method === 0 ? entry.data.length : 0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc32 ?? 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, claimed, true);
    local.setUint16(26, name.length, true);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(16, entry.crc32 ?? 0, true);
    record.setUint32(20, entry.data.length, true);
    record.setUint32(24, claimed, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const output = new Uint8Array(all.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of all) {
    output.set(chunk, at);
    at += chunk.length;
  }
  return output;
}

/** A deflated entry for buildRawZip from text. */
export function deflatedEntry(name: string, text: string, claimedSize?: number): RawZipEntry {
  const data = strToU8(text);
  return { name, data: deflateSync(data), method: 8, claimedSize: claimedSize ?? data.length };
}

/**
 * A minimal but well-formed OLE compound file (version 3, 512-byte sectors) whose directory holds the
 * given stream names, the way an encrypted .docx holds "EncryptedPackage" and an old .doc "WordDocument".
 */
export function buildCompoundFile(streamNames: string[]): Uint8Array {
  const sector = 512;
  const entriesPerSector = sector / 128;
  const directorySectors = Math.ceil((streamNames.length + 1) / entriesPerSector);
  const bytes = new Uint8Array(sector * (2 + directorySectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0): sector 0 is the FAT itself, then the directory chain 1 → 2 → … → end.
  const fat = sector;
  for (let i = 0; i < sector / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let d = 0; d < directorySectors; d++) {
    view.setUint32(fat + (1 + d) * 4, d === directorySectors - 1 ? 0xfffffffe : 2 + d, true);
  }
  const names = ["Root Entry", ...streamNames];
  names.forEach((name, index) => {
    const at = sector * 2 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = index === 0 ? 5 : 2;
  });
  return bytes;
}
