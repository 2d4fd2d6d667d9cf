import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/core/analyse";
import type { Ignore } from "../../src/core/findings/schema";
import { verdictText } from "../../src/core/findings/verdict";
import { readReport } from "../../src/core/report/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";
import { createDocxHost } from "../../src/hosts/docx/docx-host";
import { fixture, runCli, tempDir } from "./run-cli";

/**
 * A reviewer ignored every error and warning of seed 000 in the pane (the preview's .docx host, as in
 * Word): the CLI reads the same stored ignores and reaches the same verdict, with the reasons.
 */
async function reviewedCopy(): Promise<{ file: string; ignores: Ignore[] }> {
  const host = createDocxHost(new Uint8Array(readFileSync(fixture("seed-000-functieprofiel.docx"))), {
    name: "seed-000.docx",
  });
  const snapshot = (await host.read()).value;
  const options = {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
  };
  const findings = analyse(snapshot, options).value.findings.filter((finding) => finding.severity !== "info");
  const ignores = findings.map((finding, index) => ({
    id: finding.id,
    reason: index === 0 ? ("niet-van-toepassing" as const) : ("bewust-afwijkend" as const),
    note: index === 0 ? "Geen leidinggevende taken." : "",
    at: "2026-12-03T09:00:00.000Z",
  }));
  await host.saveIgnored(ignores);
  const file = join(tempDir(), "beoordeeld.docx");
  writeFileSync(file, host.bytes());
  return { file, ignores };
}

describe("profielwijzer check with findings ignored in the document", () => {
  it("reads the stored ignores and gives the pane's verdict: complete, with the ignored points and reasons", async () => {
    const { file, ignores } = await reviewedCopy();
    const { code, stdout } = await runCli(["check", file, "--format", "json"]);
    const [entry] = readReport(JSON.parse(stdout)).files;
    expect(code).toBe(0);
    expect(entry!.verdict).toEqual({
      code: "complete-with-ignored",
      complete: true,
      text: `Compleet volgens sjabloon, met ${ignores.length} bewust genegeerde punten`,
    });
    expect(entry!.ignored).toHaveLength(ignores.length);
    expect(entry!.ignored![0]).toMatchObject({
      reason: "niet-van-toepassing",
      note: "Geen leidinggevende taken.",
    });
    expect(entry!.findings.filter((finding) => finding.severity === "error")).toEqual([]);

    // The pane reads the same document through the same host and the same core: the same words.
    const host = createDocxHost(new Uint8Array(readFileSync(file)), { name: "beoordeeld.docx" });
    const pane = analyse((await host.read()).value, {
      templates: BUILT_IN_TEMPLATES,
      library: BUILT_IN_LIBRARY,
      standardTexts: BUILT_IN_STANDARD_TEXTS,
      ignored: await host.loadIgnored(),
    }).value;
    expect(verdictText(pane.readiness, "nl")).toBe(entry!.verdict!.text);

    const text = await runCli(["check", file]);
    expect(text.stdout).toContain(`Bewust genegeerd (${ignores.length}):`);
    expect(text.stdout).toMatch(
      /– \[\S+\] .* — niet van toepassing: Geen leidinggevende taken\. \(3 december 2026\)/,
    );
    expect(text.stdout).toContain(
      `Oordeel: Compleet volgens sjabloon, met ${ignores.length} bewust genegeerde punten`,
    );
    const html = await runCli(["check", file, "--format", "html"]);
    expect(html.stdout).toContain(`Bewust genegeerd (${ignores.length})`);
    expect(html.stdout).toContain("niet van toepassing: Geen leidinggevende taken. (3 december 2026)");
  });

  it("shows the ignored findings as open with --all", async () => {
    const { file } = await reviewedCopy();
    const { code, stdout } = await runCli(["check", file, "--format", "json", "--all"]);
    const [entry] = readReport(JSON.parse(stdout)).files;
    expect(code).toBe(1);
    expect(entry!.verdict!.code).toBe("incomplete");
    expect(entry!.ignored).toEqual([]);
  });
});
