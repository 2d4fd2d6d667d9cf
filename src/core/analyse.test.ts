import { BUILT_IN_TEMPLATES } from "../data/templates";
import { p } from "../../test/helpers/snapshot";
import { COMPLETE_COMPETENCIES, functieprofiel, resultaatprofiel } from "../../test/helpers/profiles";
import { seed000, seed001 } from "../../test/helpers/seed-snapshots";
import type { Template } from "../data/template-schema";
import { analyse, VERY_LARGE_DOCUMENT_PARAGRAPHS } from "./analyse";
import { FindingSchema, ReadinessSchema } from "./findings/schema";
import { ignoreOf } from "../../test/helpers/ignores";
import { ignoreReasonText, verdictText } from "./findings/verdict";

describe("analyse", () => {
  it("sums up readiness: counts per severity, completeness and ready to sign", () => {
    const { readiness } = analyse(seed000(), { templates: BUILT_IN_TEMPLATES }).value;
    expect(ReadinessSchema.parse(readiness)).toEqual(readiness);
    expect(readiness.counts.error).toBeGreaterThan(20);
    expect(readiness.complete).toBe(false);
    expect(readiness.completeness).toBeGreaterThan(0);
    expect(readiness.completeness).toBeLessThan(1);
  });

  it("calls a complete profile complete according to its template, with full completeness", () => {
    const { readiness, findings } = analyse(resultaatprofiel(), { templates: BUILT_IN_TEMPLATES }).value;
    expect(findings).toEqual([]);
    expect(readiness).toEqual({
      counts: { error: 0, warning: 0, info: 0 },
      completeness: 1,
      complete: true,
      verdict: "complete",
      ignored: { error: 0, warning: 0, info: 0 },
    });
    expect(verdictText(readiness, "nl")).toBe("Compleet volgens sjabloon");
  });

  it("never lets ignored errors make a profile plainly complete: complete with ignored points, named", () => {
    const all = analyse(seed000(), { templates: BUILT_IN_TEMPLATES }).value;
    const errors = all.findings.filter((finding) => finding.severity === "error");
    const warnings = all.findings.filter((finding) => finding.severity === "warning");
    const ignored = [...errors, ...warnings].map((finding) => ({
      id: finding.id,
      reason: "bewust-afwijkend" as const,
      note: "Afgesproken met de afdeling.",
      at: "2026-12-03T09:30:00.000Z",
    }));
    const { readiness, ignoredFindings } = analyse(seed000(), {
      templates: BUILT_IN_TEMPLATES,
      ignored,
    }).value;
    expect(readiness.counts.error).toBe(0);
    expect(readiness.verdict).toBe("complete-with-ignored");
    expect(readiness.ignored).toMatchObject({ error: errors.length, warning: warnings.length });
    expect(verdictText(readiness, "nl")).toBe(
      `Compleet volgens sjabloon, met ${errors.length + warnings.length} bewust genegeerde punten`,
    );
    expect(ignoreReasonText(ignoredFindings[0]!, "nl")).toBe(
      "bewust afwijkend: Afgesproken met de afdeling. (3 december 2026)",
    );
    // One error left open: not complete, and the count in the right form.
    const oneOpen = analyse(seed000(), { templates: BUILT_IN_TEMPLATES, ignored: ignored.slice(1) }).value;
    expect(oneOpen.readiness.verdict).toBe("incomplete");
    expect(verdictText(oneOpen.readiness, "nl")).toBe("Nog niet compleet volgens sjabloon: 1 fout");
    expect(verdictText(oneOpen.readiness, "en")).toBe("Not yet complete according to the template: 1 error");
  });

  it("says when a document is far larger than a profile, and not for a normal one", () => {
    const large = seed000();
    const filler = Array.from({ length: VERY_LARGE_DOCUMENT_PARAGRAPHS }, (_, index) => p(`Regel ${index}.`));
    large.blocks.push(...filler);
    const messages = analyse(large, { templates: BUILT_IN_TEMPLATES }).messages;
    const warning = messages.find((item) => item.code === "document-very-large");
    expect(warning?.severity).toBe("warning");
    // Dutch thousands separator: 5.142 alinea's.
    expect(warning?.text.nl).toMatch(
      new RegExp(`\\(${large.blocks.length.toLocaleString("nl-NL").replace(".", "\\.")} alinea's`),
    );
    expect(warning?.text.nl).toMatch(/\(5\.\d{3} alinea's/);
    expect(
      analyse(seed000(), { templates: BUILT_IN_TEMPLATES }).messages.map((item) => item.code),
    ).not.toContain("document-very-large");
  });

  it("never calls a document without a template ready to sign", () => {
    const { readiness } = analyse(
      { source: { kind: "memory", name: null }, blocks: [p("Boodschappenlijst"), p("melk")] },
      { templates: BUILT_IN_TEMPLATES },
    ).value;
    expect(readiness.complete).toBe(false);
  });

  it("gives findings valid ids that stay the same when the document changes elsewhere", () => {
    const before = analyse(functieprofiel({ datum: "xxx" }), { templates: BUILT_IN_TEMPLATES }).value
      .findings;
    const after = analyse(
      functieprofiel({
        datum: "xxx",
        kenmerken: ["Een andere, langere beschrijving van de functie.", "En nog een alinea."],
      }),
      {
        templates: BUILT_IN_TEMPLATES,
      },
    ).value.findings;
    for (const finding of before) expect(FindingSchema.safeParse(finding).success).toBe(true);
    expect(before.map((finding) => finding.id)).toEqual(after.map((finding) => finding.id));
    expect(new Set(before.map((finding) => finding.id)).size).toBe(before.length);
  });

  it("leaves ignored findings out of the list and the counts, and hands them back separately", () => {
    const all = analyse(seed000(), { templates: BUILT_IN_TEMPLATES }).value;
    const ignored = all.findings
      .filter((finding) => finding.rule === "template-guidance-left")
      .map((finding) => finding.id);
    const rest = analyse(seed000(), { templates: BUILT_IN_TEMPLATES, ignored: ignored.map(ignoreOf) }).value;
    expect(rest.findings.some((finding) => finding.rule === "template-guidance-left")).toBe(false);
    expect(rest.ignoredFindings.map((finding) => finding.id)).toEqual(ignored);
    expect(rest.ignoredFindings.every((finding) => finding.ignored?.reason === null)).toBe(true);
    expect(rest.readiness.counts.warning).toBe(all.readiness.counts.warning - ignored.length);
  });

  it("never calls a profile complete while its title is still the template's own 'Functienaam'", () => {
    const titled = resultaatprofiel({ title: "FUNCTIENAAM" });
    const { readiness, findings } = analyse(titled, { templates: BUILT_IN_TEMPLATES }).value;
    expect(findings.map((finding) => [finding.rule, finding.text])).toContainEqual([
      "placeholder",
      "FUNCTIENAAM",
    ]);
    expect(readiness.complete).toBe(false);
  });

  it("lets a template switch a rule off or give it another severity", () => {
    const strict: Template = {
      ...BUILT_IN_TEMPLATES[0]!,
      rules: { "competency-count": "off", "signature-incomplete": "error" },
    };
    // Dates and names left empty (not placeholders, which are the placeholder rule's findings).
    const findings = analyse(
      functieprofiel({
        signature: [
          { label: "Handtekening leidinggevende (voor akkoord)", date: "dd.", name: "" },
          { label: "Handtekening medewerker (voor gezien)", date: "", name: "" },
        ],
        competencies: [...COMPLETE_COMPETENCIES, ...COMPLETE_COMPETENCIES],
      }),
      { templates: [strict] },
    ).value.findings;
    expect(findings.some((finding) => finding.rule === "competency-count")).toBe(false);
    expect(
      findings
        .filter((finding) => finding.rule === "signature-incomplete")
        .map((finding) => finding.severity),
    ).toEqual(["error", "error"]);
  });

  it("checks against the template the user chose instead of the detected one", () => {
    const { profile, findings } = analyse(seed001(), {
      templates: BUILT_IN_TEMPLATES,
      templateId: "functieprofiel",
    }).value;
    expect(profile.template.id).toBe("functieprofiel");
    expect(findings.filter((finding) => finding.rule === "section-missing").length).toBeGreaterThan(3);
  });
});
