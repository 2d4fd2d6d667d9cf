import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT } from "../../src/cli/io";
import { analyse } from "../../src/core/analyse";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../src/data";
import { tinyDocx } from "../helpers/tiny-docx";
import { expectWithinBudget, runWithinBudget } from "./budget";
import {
  buildEmptyZip,
  buildEncryptedDocx,
  buildLegacyDoc,
  buildPlainZip,
  buildSpreadsheetZip,
  buildZipBomb,
  NOT_A_ZIP,
} from "./files";
import { checkFolderAsJson, entryFor, expectRefusal, readAndCheck, withFolder } from "./helpers";

/**
 * Files that are not a usable .docx: each is refused with a stable code and a Dutch (and English) text
 * that says what the file is and what to do, within the hang and memory limits; and through the CLI each
 * becomes its own `error` entry, exit code 2, while the other files of the same run are still checked.
 */

const GOOD_FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "functieprofiel-complete.docx"));

const CASES: { name: string; file: string; bytes: () => Uint8Array; code: string; nl: RegExp }[] = [
  {
    name: "a PDF",
    file: "pdf.docx",
    bytes: () => NOT_A_ZIP.pdf,
    code: "not-docx",
    nl: /geen Word-document.*PDF/,
  },
  {
    name: "a text file",
    file: "tekst.docx",
    bytes: () => NOT_A_ZIP.text,
    code: "not-docx",
    nl: /tekstbestand/,
  },
  {
    name: "bytes of no known format",
    file: "ruis.docx",
    bytes: () => NOT_A_ZIP.noise,
    code: "not-docx",
    nl: /geen Word-document/,
  },
  {
    name: "a spreadsheet package (an .xlsx renamed)",
    file: "werkmap.docx",
    bytes: buildSpreadsheetZip,
    code: "no-document",
    nl: /zip-pakket zonder Word-document.*Excel/,
  },
  {
    name: "a zip without any Office part",
    file: "zip.docx",
    bytes: buildPlainZip,
    code: "no-document",
    nl: /zonder Word-document/,
  },
  {
    name: "an empty zip archive",
    file: "lege-zip.docx",
    bytes: buildEmptyZip,
    code: "no-document",
    nl: /zonder Word-document/,
  },
  {
    name: "a password-protected .docx (an encrypted OLE file)",
    file: "beveiligd.docx",
    bytes: buildEncryptedDocx,
    code: "encrypted",
    nl: /met een wachtwoord beveiligd.*Versleutelen met wachtwoord/,
  },
  {
    name: "an old .doc (an OLE file with a WordDocument stream)",
    file: "oud.docx",
    bytes: buildLegacyDoc,
    code: "legacy-doc",
    nl: /oud Word-document \(\.doc\).*Opslaan als/,
  },
  {
    name: "a zero-byte file",
    file: "nul-bytes.docx",
    bytes: () => new Uint8Array(0),
    code: "empty-file",
    nl: /leeg \(0 bytes\)/,
  },
  {
    name: "a zip bomb of 4 GB whose headers claim 100 bytes",
    file: "bom-liegt.docx",
    bytes: () => buildZipBomb(4, 100),
    code: "too-large",
    nl: /pakt uit tot meer dan 200 MB.*opzettelijk/,
  },
  {
    name: "a zip bomb of 4 GB whose headers tell the truth",
    file: "bom-eerlijk.docx",
    bytes: () => buildZipBomb(4, 0xffffffff),
    code: "too-large",
    nl: /pakt uit tot meer dan 200 MB/,
  },
];

describe("broken and hostile files are refused clearly, within time and memory limits", () => {
  it.each(CASES)("$name is refused with code $code and a Dutch explanation", async ({ bytes, code, nl }) => {
    const error = await expectRefusal(bytes());
    expect(error.code).toBe(code);
    expect(error.text.nl).toMatch(nl);
    expect(error.text.en.length).toBeGreaterThan(20);
    // The user sees a sentence, never a stack trace or an internal error name.
    expect(error.text.nl).not.toMatch(/TypeError|RangeError|at \w+ \(|undefined|\[object/);
  });

  it("a document whose body has no paragraph at all reads as one empty paragraph (as Word shows it) and is checked", async () => {
    const run = await runWithinBudget(() => readAndCheck(tinyDocx({ body: "" })));
    expectWithinBudget(run);
    if (!("value" in run.outcome)) throw run.outcome.error;
    const blocks = run.outcome.value.snapshot.blocks;
    expect(blocks.map((block) => block.text)).toEqual([""]);
    // With a template forced, as a user can choose one: every section is missing, but nothing can anchor.
    const forced = analyse(run.outcome.value.snapshot, {
      templates: BUILT_IN_TEMPLATES,
      templateId: "functieprofiel",
      library: BUILT_IN_LIBRARY,
    }).value;
    expect(forced.findings.filter((finding) => finding.rule === "section-missing").length).toBeGreaterThan(0);
    // Every fix anchors on the one paragraph there is, never on one that does not exist.
    for (const finding of forced.findings) expect(finding.location.start).toBeLessThan(blocks.length);
  });

  it("an empty document (one empty paragraph) is read, and the check says no template matches", async () => {
    const leeg = readFileSync(join(__dirname, "..", "fixtures", "leeg.docx"));
    const run = await runWithinBudget(() => readAndCheck(leeg));
    expectWithinBudget(run);
    if (!("value" in run.outcome)) throw run.outcome.error;
    const { snapshot, analysis } = run.outcome.value;
    expect(snapshot.blocks).toHaveLength(1);
    expect(analysis.findings.map((finding) => finding.rule)).toEqual(["template-unknown"]);
    expect(analysis.findings[0]!.message.nl).toMatch(/sjabloon/i);
  });
});

describe("the CLI reports every broken file on its own and still checks the rest", () => {
  it("gives each broken file an error entry in Dutch, exits with 2, and checks the good file", async () => {
    const files: Record<string, Uint8Array> = { "goed.docx": GOOD_FIXTURE };
    for (const entry of CASES) files[entry.file] = entry.bytes();
    const run = await runWithinBudget(() => withFolder(files, (folder) => checkFolderAsJson(folder)));
    expectWithinBudget(run, { ms: 30_000 });
    if (!("value" in run.outcome)) throw run.outcome.error;
    const { run: cli, report } = run.outcome.value;

    expect(cli.code).toBe(EXIT.failure);
    expect(report).toHaveLength(CASES.length + 1);
    for (const entry of CASES) {
      const reported = entryFor(report, entry.file);
      expect(reported.error).toMatch(entry.nl);
      expect(reported.findings).toEqual([]);
      expect(reported.template).toBeNull();
    }
    const good = entryFor(report, "goed.docx");
    expect(good.error).toBeUndefined();
    expect(good.template).toBe("functieprofiel");
    expect(good.title).toBe("Key accountmanager");
    expect(good.resultAreas.length).toBeGreaterThan(0);
  });

  it("in the text report names each broken file with its Dutch reason", async () => {
    const files = {
      "goed.docx": GOOD_FIXTURE,
      "beveiligd.docx": buildEncryptedDocx(),
      "oud.docx": buildLegacyDoc(),
    };
    await withFolder(files, async (folder) => {
      const { runCli } = await import("../cli/run-cli");
      const run = await runCli(["check", folder]);
      expect(run.code).toBe(EXIT.failure);
      expect(run.stdout).toMatch(/beveiligd\.docx[\s\S]*wachtwoord/);
      expect(run.stdout).toMatch(/oud\.docx[\s\S]*\.doc/);
      expect(run.stdout).toContain("Key accountmanager");
    });
  });
});
