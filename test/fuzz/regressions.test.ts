import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/core/analyse";
import { composeReplacement } from "../../src/core/plans/compose-replacement";
import { applyPlan } from "../../src/hosts/docx/apply-plan";
import { readDocx } from "../../src/hosts/docx/read-docx";
import type { CellRef } from "../../src/core/snapshot/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../src/data";
import { p, snapshot } from "../helpers/snapshot";
import { checkAnalysis, checkComposers } from "./properties";

/**
 * Counterexamples the fuzzer found, shrunk by hand to the smallest document that shows them, kept as
 * plain tests so they stay fixed.
 */

const cell = (ref: Partial<CellRef> & Pick<CellRef, "table">): CellRef => ({
  row: 0,
  column: 0,
  columnSpan: 1,
  depth: 1,
  outer: null,
  ...ref,
});

describe("found by fuzzing", () => {
  it("a field label in a table nested in a merged cell takes no value from before the label", () => {
    // The label sits in a nested table inside a cell spanning three columns; the "cell to its right" is
    // that same outer cell, whose text comes before the label.
    const document = snapshot(
      p("Organisatie", { bold: true }),
      p("Intro van de cel", { table: cell({ table: 0, columnSpan: 3 }) }),
      p("Geeft leiding aan", { table: cell({ table: 1, depth: 2, outer: { table: 0, row: 0, column: 0 } }) }),
      p(""),
    );
    const { profile } = analyse(document, {
      templates: BUILT_IN_TEMPLATES,
      templateId: "functieprofiel",
    }).value;
    const field = profile.fields.find((candidate) => candidate.key === "geeft-leiding-aan");
    expect(field).toBeDefined();
    expect(field!.range.start).toBeLessThanOrEqual(field!.range.end);
    expect(field!.value).not.toBe("Intro van de cel");
    checkAnalysis({ snapshot: document, templateId: "functieprofiel" });
  });

  it("a level table whose cell claims a billion columns is checked without walking every column", () => {
    const row = (cells: string[], spanOfLast = 1) =>
      cells.map((text, column) =>
        p(text, {
          table: cell({ table: 0, row: 0, column, columnSpan: column === cells.length - 1 ? spanOfLast : 1 }),
        }),
      );
    const document = snapshot(
      p("ACCOUNTMANAGER II", { style: "Title" }),
      p("Niveau-onderscheidende kenmerken", { style: "Heading2" }),
      ...row(["", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II"], 1_000_000_000),
      ...row(["Functiegroep", "7", "8"]).map((block) => ({ ...block, table: { ...block.table!, row: 1 } })),
      p(""),
    );
    const started = performance.now();
    const analysis = checkAnalysis({ snapshot: document, templateId: "resultaatprofiel" });
    // A hang guard, not a speed assertion: walking a billion columns takes minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(analysis.profile.levelTable?.columns.map((column) => column.heading)).toEqual([
      "ACCOUNTMANAGER I",
      "ACCOUNTMANAGER II",
    ]);
  });

  it("a replacement with characters XML cannot carry, or a CR LF line break, says where its written text is", () => {
    const document = readDocx(
      readFileSync(join(__dirname, "..", "fixtures", "seed-000-functieprofiel.docx")),
    ).value;
    const analysis = analyse(document.snapshot, {
      templates: BUILT_IN_TEMPLATES,
      library: BUILT_IN_LIBRARY,
    }).value;
    // `Geeft leiding aan\t:\txxx.`: text follows the placeholder, so a location too long would show it.
    const finding = analysis.findings.find(
      (candidate) =>
        candidate.fix?.kind === "replace-placeholder" && candidate.fix.anchor.text.startsWith("Geeft"),
    );
    if (finding?.fix?.kind !== "replace-placeholder")
      throw new Error("the fixture has no placeholder to fill");
    const fix = finding.fix;
    const before = document.snapshot.blocks[fix.anchor.block]!.text;
    const { value } = applyPlan(
      document,
      composeReplacement(fix, "Jan\u0007 de\uffff Vries\r\nHRM", finding.id),
    );
    const after = readDocx(value.bytes).value.snapshot.blocks[value.inserted[0]!.start]!.text;
    expect(after).toBe(`${before.slice(0, fix.start)}Jan de Vries\nHRM${before.slice(fix.end)}`);
    const chars = value.inserted[0]!.chars!;
    expect(after.slice(chars.start, chars.end)).toBe("Jan de Vries\nHRM");
  });

  it("a document without any paragraph gets findings but no plan anchored on a paragraph that is not there", () => {
    const document = snapshot();
    expect(() =>
      checkComposers({ snapshot: document, templateId: "functieprofiel", choice: 0, title: "Nieuw" }),
    ).not.toThrow();
    const analysis = analyse(document, {
      templates: BUILT_IN_TEMPLATES,
      templateId: "functieprofiel",
      library: BUILT_IN_LIBRARY,
    }).value;
    expect(analysis.findings.some((finding) => finding.rule === "section-missing")).toBe(true);
    expect(analysis.findings.filter((finding) => finding.fix !== null)).toEqual([]);
  });
});
