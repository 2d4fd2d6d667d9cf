import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { crc32, writeZip } from "./write-zip";
import { readZipEntries } from "./zip";

/** A zip as a streaming writer makes it: sizes and CRC in data descriptors after each entry. */
function streamedZip(files: Record<string, string>, stored: string[] = []): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const entry = stored.includes(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  }
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

describe("writeZip", () => {
  it("copies untouched entries byte for byte, replaces and adds parts, and stays a valid zip", () => {
    const input = streamedZip(
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>", "word/media/x.bin": "1234" },
      ["word/media/x.bin"],
    );
    const entries = readZipEntries(input);
    expect(entries.every((entry) => (entry.flags & 8) === 8)).toBe(true);

    const output = writeZip(entries, {
      replaced: new Map([["word/document.xml", strToU8("<w:document>nieuw</w:document>")]]),
      added: [{ name: "word/comments.xml", data: strToU8("<w:comments/>") }],
    });

    const files = unzipSync(output);
    expect(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))).toEqual({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "<w:document>nieuw</w:document>",
      "word/media/x.bin": "1234",
      "word/comments.xml": "<w:comments/>",
    });
    const written = readZipEntries(output);
    for (const name of ["[Content_Types].xml", "word/media/x.bin"]) {
      const before = entries.find((entry) => entry.name === name)!;
      const after = written.find((entry) => entry.name === name)!;
      expect([after.method, after.crc32, after.modifiedTime, after.modifiedDate]).toEqual([
        before.method,
        before.crc32,
        before.modifiedTime,
        before.modifiedDate,
      ]);
      expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);
      // The sizes moved into the local header; no data descriptor is needed any more.
      expect(after.flags & 8).toBe(0);
    }
  });

  it("marks names outside ASCII as UTF-8", () => {
    const entries = readZipEntries(zipSync({ "a.xml": strToU8("a") }));
    const output = writeZip(entries, {
      replaced: new Map(),
      added: [{ name: "word/bijlage-ü.xml", data: strToU8("b") }],
    });
    const added = readZipEntries(output).find((entry) => entry.name === "word/bijlage-ü.xml")!;
    expect(added.flags & 0x800).toBe(0x800);
    expect(strFromU8(unzipSync(output)["word/bijlage-ü.xml"]!)).toBe("b");
  });

  it("computes the standard CRC-32", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
