import { deflateSync, strFromU8, strToU8, zipSync } from "fflate";
import { isProfielwijzerError, type ProfielwijzerError } from "../../core/common";
import { buildRawZip, craftDeflateBomb, deflatedEntry } from "../../../test/helpers/hostile-files";
import { createInflateBudget, inflateEntry, readZipEntries } from "./zip";

function errorOf(action: () => unknown): ProfielwijzerError {
  try {
    action();
  } catch (error) {
    if (isProfielwijzerError(error)) return error;
    throw error;
  }
  throw new Error("expected a ProfielwijzerError");
}

const roomy = () => createInflateBudget(1 << 30, 1 << 30);

describe("readZipEntries", () => {
  it("lists every entry with its untouched compressed bytes", () => {
    const zip = zipSync({
      "a.txt": strToU8("hallo hallo hallo hallo"),
      "map/b.xml": [strToU8("<b/>"), { level: 0 }],
    });
    const entries = readZipEntries(zip);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ["a.txt", 8],
      ["map/b.xml", 0],
    ]);
    expect(strFromU8(entries[1]!.data)).toBe("<b/>");
    expect(strFromU8(inflateEntry(entries[0]!, roomy()))).toBe("hallo hallo hallo hallo");
  });

  it("refuses a file whose end of directory is missing", () => {
    const zip = zipSync({ "a.txt": strToU8("a") });
    expect(errorOf(() => readZipEntries(zip.subarray(0, zip.length - 10))).code).toBe("zip-invalid");
  });

  it("refuses an entry whose data runs past the end of the file", () => {
    const zip = buildRawZip([{ name: "a.txt", data: strToU8("abc"), method: 0 }]);
    const view = new DataView(zip.buffer);
    const central = zip.length - 22 - 46 - "a.txt".length;
    view.setUint32(central + 20, 1000, true); // compressed size beyond the file
    expect(errorOf(() => readZipEntries(zip)).code).toBe("zip-invalid");
  });
});

describe("inflateEntry", () => {
  it("refuses a damaged deflate stream as zip-invalid, with the part named", () => {
    const data = deflateSync(strToU8("<w:document/>".repeat(50)));
    const [entry] = readZipEntries(
      buildRawZip([{ name: "word/document.xml", data: data.subarray(0, 5), method: 8 }]),
    );
    const error = errorOf(() => inflateEntry(entry!, roomy()));
    expect(error.code).toBe("zip-invalid");
    expect(error.text.nl).toContain("word/document.xml");
  });

  it("stops a zip bomb whose headers claim a tiny size while inflating, within the part limit", () => {
    // 1 GB of zeros in 1 MB, while the headers claim 100 bytes.
    const bomb = craftDeflateBomb(4_000_000);
    const [entry] = readZipEntries(
      buildRawZip([{ name: "word/document.xml", data: bomb, method: 8, claimedSize: 100 }]),
    );
    expect(entry!.uncompressedSize).toBe(100);
    const error = errorOf(() => inflateEntry(entry!, createInflateBudget(200 * 1024, 1 << 30)));
    expect(error.code).toBe("too-large");
    expect(error.text.nl).toContain("word/document.xml");
  });

  it("reads the whole part when its header claims less than it holds, within the limit", () => {
    const small = craftDeflateBomb(1000); // 258,001 bytes from a few hundred
    const [entry] = readZipEntries(
      buildRawZip([{ name: "word/document.xml", data: small, method: 8, claimedSize: 100 }]),
    );
    expect(inflateEntry(entry!, createInflateBudget(1024 * 1024, 1 << 30))).toHaveLength(258_001);
  });

  it("inflates an entry whose header claims more than it holds", () => {
    const entry = readZipEntries(buildRawZip([deflatedEntry("a.xml", "kort", 5000)]))[0]!;
    expect(strFromU8(inflateEntry(entry, roomy()))).toBe("kort");
  });

  it("counts every inflated part against one total budget", () => {
    const entries = readZipEntries(
      buildRawZip([deflatedEntry("a.xml", "a".repeat(600)), deflatedEntry("b.xml", "b".repeat(600))]),
    );
    const budget = createInflateBudget(1000, 1000);
    expect(inflateEntry(entries[0]!, budget)).toHaveLength(600);
    expect(budget.remainingBytes).toBe(400);
    expect(errorOf(() => inflateEntry(entries[1]!, budget)).code).toBe("too-large");
  });

  it("refuses an honest header that already exceeds the limit without inflating", () => {
    const [entry] = readZipEntries(buildRawZip([deflatedEntry("big.xml", "x".repeat(5000))]));
    expect(errorOf(() => inflateEntry(entry!, createInflateBudget(4000, 1 << 30))).code).toBe("too-large");
  });

  it("refuses a stored entry larger than the limit", () => {
    const [entry] = readZipEntries(
      buildRawZip([{ name: "s.xml", data: new Uint8Array(3000), method: 0, claimedSize: 1 }]),
    );
    expect(errorOf(() => inflateEntry(entry!, createInflateBudget(2000, 1 << 30))).code).toBe("too-large");
  });

  it("refuses an unknown compression method", () => {
    const zip = buildRawZip([{ name: "a.xml", data: strToU8("x"), method: 0 }]);
    const [entry] = readZipEntries(zip);
    expect(errorOf(() => inflateEntry({ ...entry!, method: 14 }, roomy())).code).toBe("zip-invalid");
  });
});
