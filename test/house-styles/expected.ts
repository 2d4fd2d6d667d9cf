import { readFileSync } from "node:fs";
import { analyse, type Analysis } from "../../src/core/analyse";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../src/data";
import { headingKey } from "../../src/core/text/normalise";
import { readDocxSnapshot } from "../../src/hosts/docx/read-docx";

/** What a careful person reads from a house-style fixture (written with the fixture's source). */
export interface Expected {
  system: string;
  title: string;
  resultAreas: Array<{ title: string; tasks: number; indicators: number }>;
  competencies: Array<{ name: string; level: string | null; behaviours: number }>;
}

/** The template each system's profiles should be detected as; own house styles match none. */
export const SYSTEM_TEMPLATE: Record<string, string | null> = {
  fgr: "rijksoverheid",
  orba: "orba",
  hr21: "hr21",
  ufo: "ufo",
  onderwijs: "onderwijs",
  fwg: "fwg",
  eigen: null,
};

export function readFixture(path: string): Analysis {
  const snapshot = readDocxSnapshot(new Uint8Array(readFileSync(path)), { name: path }).value;
  return analyse(snapshot, { templates: BUILT_IN_TEMPLATES, library: BUILT_IN_LIBRARY }).value;
}

const same = (a: string, b: string) => headingKey(a) === headingKey(b);

/**
 * One check each for: the template, the title, the number of areas, and per expected area its
 * title, task count and indicator count; the number of competencies and per competency its name,
 * level and behaviour count.
 */
export function compareWithExpected(analysis: Analysis, expected: Expected) {
  const problems: string[] = [];
  let checks = 0;
  let right = 0;
  const check = (ok: boolean, what: string) => {
    checks++;
    if (ok) right++;
    else problems.push(what);
  };
  const profile = analysis.profile;
  const template = SYSTEM_TEMPLATE[expected.system] ?? null;
  const templateRight = profile.template.id === template;
  check(templateRight, `template ${profile.template.id} ≠ ${template}`);
  check(
    same(profile.title?.text ?? "", expected.title),
    `title "${profile.title?.text}" ≠ "${expected.title}"`,
  );
  const areas = profile.resultAreas;
  check(
    areas.length === expected.resultAreas.length,
    `areas ${areas.length} ≠ ${expected.resultAreas.length}: ${areas.map((a) => a.title).join(" | ")}`,
  );
  expected.resultAreas.forEach((want, index) => {
    const got = areas[index];
    check(
      got !== undefined && same(got.title, want.title),
      `area ${index + 1} "${got?.title}" ≠ "${want.title}"`,
    );
    check(got?.tasks.length === want.tasks, `area ${index + 1} tasks ${got?.tasks.length} ≠ ${want.tasks}`);
    check(
      got?.indicators.length === want.indicators,
      `area ${index + 1} indicators ${got?.indicators.length} ≠ ${want.indicators}`,
    );
  });
  const competencies = profile.competencies;
  check(
    competencies.length === expected.competencies.length,
    `competencies ${competencies.length} ≠ ${expected.competencies.length}: ${competencies.map((c) => c.name).join(" | ")}`,
  );
  expected.competencies.forEach((want, index) => {
    const got = competencies[index];
    check(
      got !== undefined && same(got.name, want.name),
      `competency ${index + 1} "${got?.name}" ≠ "${want.name}"`,
    );
    check((got?.level ?? null) === want.level, `competency ${index + 1} level ${got?.level} ≠ ${want.level}`);
    check(
      got?.behaviours.length === want.behaviours,
      `competency ${index + 1} behaviours ${got?.behaviours.length} ≠ ${want.behaviours}`,
    );
  });
  return { checks, right, problems, templateRight };
}
