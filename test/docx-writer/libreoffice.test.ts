import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { composeCompetency, defaultBehaviours } from "../../src/core/plans/compose-competency";
import { composeLevelRow } from "../../src/core/plans/compose-level-row";
import { composeResultArea } from "../../src/core/plans/compose-area";
import { composeSkeleton } from "../../src/core/plans/compose-skeleton";
import type { EditPlan } from "../../src/core/plans/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, builtInTemplate } from "../../src/data";
import { applyPlan } from "../../src/hosts/docx/apply-plan";
import { createDocxHost } from "../../src/hosts/docx/docx-host";
import { readDocx, type DocxDocument } from "../../src/hosts/docx/read-docx";
import { analyseDocument, readFixture } from "./variants";

/**
 * LibreOffice opens what the writer makes: a content control, a copied table row, comments and a whole
 * skeleton are converted to PDF (and the comments to ODT, where they must be annotations). Runs wherever
 * `soffice` is installed; in CI (CI=true) it must run, so a missing LibreOffice fails there.
 */

function findExecutable(name: string): string | null {
  for (const folder of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(folder, name);
    if (folder && existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = findExecutable("soffice");
const mustRun = soffice !== null || process.env.CI === "true";
const suite = mustRun ? describe : describe.skip;
const title = mustRun
  ? "LibreOffice opens the files the writer makes"
  : "LibreOffice opens the files the writer makes (skipped: soffice is not installed and CI is not set)";

jest.setTimeout(180_000);

function applied(bytes: Uint8Array, plan: (document: DocxDocument) => EditPlan | null): Uint8Array {
  const document = readDocx(bytes).value;
  const editPlan = plan(document);
  if (!editPlan) throw new Error("the core made no plan for this file");
  return applyPlan(document, editPlan).value.bytes;
}

function competencyFile(): Uint8Array {
  const template = builtInTemplate("functieprofiel");
  const competency = BUILT_IN_LIBRARY.competencies[0]!;
  return applied(readFixture("seed-000-functieprofiel.docx"), (document) =>
    composeCompetency(analyseDocument(document).profile, document.snapshot, template, BUILT_IN_LIBRARY, {
      competency,
      level: "4",
      behaviours: defaultBehaviours(competency, "4", template),
    }),
  );
}

function tableRowFile(): Uint8Array {
  const template = builtInTemplate("resultaatprofiel");
  const withArea = applied(readFixture("seed-001-resultaatprofiel.docx"), (document) =>
    composeResultArea(analyseDocument(document).profile, document.snapshot, template, {
      title: "Kwaliteitszorg",
      description: "Draagt bij aan de kwaliteit van de dienstverlening.",
      indicators: ["klachten", "doorlooptijd"],
    }),
  );
  return applied(withArea, (document) =>
    composeLevelRow(analyseDocument(document).profile, document.snapshot, "Werkomgeving"),
  );
}

async function commentsFile(): Promise<{ bytes: Uint8Array; added: number }> {
  const host = createDocxHost(readFixture("seed-000-functieprofiel.docx"), { name: "seed-000.docx" });
  const analysis = analyseDocument(readDocx(readFixture("seed-000-functieprofiel.docx")).value);
  await host.read();
  const { value } = await host.addComments(analysis.findings, "nl");
  return { bytes: host.bytes(), added: value.added };
}

function skeletonFile(): Uint8Array {
  return applied(readFixture("leeg.docx"), (document) =>
    composeSkeleton(
      analyseDocument(document).profile,
      document.snapshot,
      builtInTemplate("functieprofiel"),
      BUILT_IN_STANDARD_TEXTS,
    ),
  );
}

suite(title, () => {
  let folder = "";
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "profielwijzer-lo-"));
  });
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  function convert(files: string[], format: "pdf" | "odt"): void {
    if (!soffice)
      throw new Error("LibreOffice (soffice) is not installed, but CI=true requires this test to run.");
    // A private profile, so parallel runs (and a user's own LibreOffice) do not get in each other's way.
    const profile = `file://${join(folder, `profile-${format}`)}`;
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        folder,
        ...files,
      ],
      { stdio: "pipe", timeout: 150_000 },
    );
  }

  it("converts a content control, a new table row, comments and a skeleton to non-empty PDFs", async () => {
    const comments = await commentsFile();
    const files = {
      "competentie-met-inhoudsbesturing": competencyFile(),
      "nieuwe-tabelrij": tableRowFile(),
      opmerkingen: comments.bytes,
      skelet: skeletonFile(),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(folder, `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    convert(paths, "pdf");
    for (const name of Object.keys(files)) {
      const pdf = readFileSync(join(folder, `${name}.pdf`));
      expect([name, pdf.subarray(0, 5).toString("latin1")]).toEqual([name, "%PDF-"]);
      expect(pdf.length).toBeGreaterThan(5000);
    }

    // The comments are real comments to LibreOffice: one annotation each.
    convert([join(folder, "opmerkingen.docx")], "odt");
    const content = strFromU8(unzipSync(readFileSync(join(folder, "opmerkingen.odt")))["content.xml"]!);
    expect(comments.added).toBeGreaterThan(10);
    expect(content.match(/<office:annotation /g)).toHaveLength(comments.added);
    expect(content).toContain("<dc:creator>Profielwijzer</dc:creator>");
  });
});
