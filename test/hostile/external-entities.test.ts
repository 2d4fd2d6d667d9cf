import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/io";
import { runCli } from "../cli/run-cli";
import { expectWithinBudget, runWithinBudget } from "./budget";
import { buildEntityExpansionDocx, buildExternalEntityDocx } from "./files";
import { expectRefusal, withFolder } from "./helpers";

/**
 * XML with a DOCTYPE is never processed: no external entity is fetched (a `file://` entity pointing at a
 * real file with a secret must not leak it anywhere), and no internal entity is expanded (billion laughs).
 * The reader refuses any DOCTYPE outright (`xml-doctype`), in every part it parses. test/security refers here.
 */

const SECRET = "GEHEIM-7f3a9c1e-wachtwoord-salarisschalen";
let folder: string;
let secretFile: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "profielwijzer-xxe-"));
  secretFile = join(folder, "geheim.txt");
  writeFileSync(secretFile, `${SECRET}\n`);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PARTS = ["document", "styles", "content-types", "relationships"] as const;
const PART_NAMES = {
  document: "word/document.xml",
  styles: "word/styles.xml",
  "content-types": "[Content_Types].xml",
  relationships: "_rels/.rels",
} as const;

describe("a DOCTYPE with external entities is refused and nothing is resolved", () => {
  it.each(PARTS)("in the %s part: refused with xml-doctype, the secret appears nowhere", async (part) => {
    const error = await expectRefusal(buildExternalEntityDocx(part, secretFile));
    expect(error.code).toBe("xml-doctype");
    expect(error.text.nl).toContain(`Het onderdeel ${PART_NAMES[part]} bevat een DOCTYPE-declaratie`);
    expect(error.text.nl).toMatch(/veiligheidsredenen/);
    const everything = JSON.stringify({
      code: error.code,
      text: error.text,
      message: error.message,
      stack: error.stack,
    });
    expect(everything).not.toContain(SECRET);
  });

  it("the file with the entity does hold the secret's path, so the test would see a resolving parser", () => {
    const bytes = buildExternalEntityDocx("document", secretFile);
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
    expect(xml).toContain(`SYSTEM "file://${secretFile}"`);
    expect(xml).toContain("&geheim;");
  });

  it("internal entities that expand a billionfold are refused just as fast", async () => {
    const run = await runWithinBudget(() => expectRefusal(buildEntityExpansionDocx()));
    expectWithinBudget(run, { ms: 2_000, bytes: 64 * 1024 * 1024 });
    if (!("value" in run.outcome)) throw run.outcome.error;
    expect(run.outcome.value.code).toBe("xml-doctype");
  });

  it("through the CLI: a per-file error in Dutch, exit 2, and the secret in no output", async () => {
    const files = Object.fromEntries(
      PARTS.map((part) => [`xxe-${part}.docx`, buildExternalEntityDocx(part, secretFile)]),
    );
    await withFolder(files, async (target) => {
      for (const format of ["json", "text", "html"]) {
        const run = await runCli(["check", target, "--format", format]);
        expect(run.code).toBe(EXIT.failure);
        expect(run.stdout).toContain("DOCTYPE");
        expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
      }
    });
  });
});
