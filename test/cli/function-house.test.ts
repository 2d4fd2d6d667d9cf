import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { readReport } from "../../src/core/report/schema";
import { fixture, runCli, tempDir } from "./run-cli";

const series = fixture(join("function-house", "waterrijk"));

/** A folder with Burgerzaken A, B and C (copied in the given order) and an old copy of A. */
function seriesWithCopyOfA(order: string[]): string {
  const folder = tempDir();
  for (const name of order)
    copyFileSync(
      join(series, `eigen-waterrijk-burgerzaken-${name}.pandoc.docx`),
      join(folder, `burgerzaken-${name}.docx`),
    );
  copyFileSync(
    join(series, "eigen-waterrijk-burgerzaken-a.pandoc.docx"),
    join(folder, "burgerzaken-a-oud.docx"),
  );
  return folder;
}

describe("profielwijzer check over a folder as one function house", () => {
  it("reports a function described twice and a function number used twice, on both files, in JSON and text", async () => {
    const folder = seriesWithCopyOfA(["a", "b", "c"]);
    const json = await runCli(["check", folder, "--format", "json"]);
    const report = readReport(JSON.parse(json.stdout)).files;
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

  it("ends the JSON report with one folder entry: the series in level order and the findings across files", async () => {
    const folder = seriesWithCopyOfA(["c", "a", "b"]);
    const json = await runCli(["check", folder, "--format", "json"]);
    const parsed = JSON.parse(json.stdout) as unknown[];
    const { files, folder: house } = readReport(parsed);
    expect(files).toHaveLength(4);
    // The folder entry comes last, after one entry per file.
    expect(parsed[parsed.length - 1]).toEqual(house);
    expect(house!.folder.files).toBe(4);
    const [first] = house!.folder.series;
    // Both copies of A stand at level A, before B and C, whatever the order of the files in the folder.
    expect(first!.map((file) => file.replace(/.*\//, ""))).toEqual([
      expect.stringMatching(/burgerzaken-a(-oud)?\.docx/),
      expect.stringMatching(/burgerzaken-a(-oud)?\.docx/),
      "burgerzaken-b.docx",
      "burgerzaken-c.docx",
    ]);
    const across = house!.folder.findings.map(
      (finding) => `${finding.rule} ${finding.file.replace(/.*\//, "")}`,
    );
    expect(across.sort()).toEqual([
      "function-duplicate burgerzaken-a-oud.docx",
      "function-duplicate burgerzaken-a.docx",
      "function-number-duplicate burgerzaken-a-oud.docx",
      "function-number-duplicate burgerzaken-a.docx",
    ]);

    const text = await runCli(["check", folder]);
    expect(text.stdout).toMatch(
      /Functiehuis:\n {2}4 profielen vergeleken: 1 reeks, 4 bevindingen over bestanden heen\./,
    );
    expect(text.stdout).toMatch(
      /Reeks 1: .*burgerzaken-a.* → .*burgerzaken-a.* → .*burgerzaken-b\.docx → .*burgerzaken-c\.docx/,
    );
    const html = await runCli(["check", folder, "--format", "html", "--lang", "en"]);
    expect(html.stdout).toContain("<h2>Function house</h2>");
    expect(html.stdout).toContain("4 profiles compared: 1 series, 4 findings across files.");
  });

  it("checks one file on its own without folder findings", async () => {
    const { stdout } = await runCli([
      "check",
      join(series, "eigen-waterrijk-burgerzaken-a.pandoc.docx"),
      "--format",
      "json",
    ]);
    const [entry] = readReport(JSON.parse(stdout)).files;
    expect(entry!.findings.some((finding) => finding.rule.startsWith("function-"))).toBe(false);
  });
});
