import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../src/core/report/schema";
import { fixture, runCli, tempDir } from "./run-cli";

const series = fixture(join("function-house", "waterrijk"));

describe("profielwijzer check over a folder as one function house", () => {
  it("reports a function described twice and a function number used twice, on both files, in JSON and text", async () => {
    const folder = tempDir();
    for (const name of ["a", "b", "c"]) {
      copyFileSync(
        join(series, `eigen-waterrijk-burgerzaken-${name}.pandoc.docx`),
        join(folder, `burgerzaken-${name}.docx`),
      );
    }
    copyFileSync(
      join(series, "eigen-waterrijk-burgerzaken-a.pandoc.docx"),
      join(folder, "burgerzaken-a-oud.docx"),
    );
    const json = await runCli(["check", folder, "--format", "json"]);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    const rules = (file: string) =>
      report
        .find((entry) => entry.file.endsWith(file))!
        .findings.map((finding) => finding.rule)
        .filter((rule) => rule.startsWith("function-") || rule.startsWith("series-"));
    expect(rules("burgerzaken-a.docx")).toEqual(["function-duplicate", "function-number-duplicate"]);
    expect(rules("burgerzaken-a-oud.docx")).toEqual(["function-duplicate", "function-number-duplicate"]);
    // B and C agree with A about the series: nothing to report on them.
    expect(rules("burgerzaken-b.docx")).toEqual([]);
    expect(rules("burgerzaken-c.docx")).toEqual([]);

    const text = await runCli(["check", folder]);
    expect(text.stdout).toMatch(
      /\[function-number-duplicate\] Het functienummer BZ-01 staat ook in '.*burgerzaken-a-oud\.docx'/,
    );
  });

  it("checks one file on its own without folder findings", async () => {
    const { stdout } = await runCli([
      "check",
      join(series, "eigen-waterrijk-burgerzaken-a.pandoc.docx"),
      "--format",
      "json",
    ]);
    const [entry] = ReportSchema.parse(JSON.parse(stdout));
    expect(entry!.findings.some((finding) => finding.rule.startsWith("function-"))).toBe(false);
  });
});
