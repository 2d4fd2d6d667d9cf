import { describe, expect, it } from "@jest/globals";
import { BUILT_IN_LIBRARY } from "../../../data";
import { foldForSearch, levelOptions, searchCompetencies, suggestLevel } from "./competency-search";

const names = (query: string, cluster: string | null = null) =>
  searchCompetencies(BUILT_IN_LIBRARY, query, cluster).map((competency) => competency.name);

describe("searchCompetencies", () => {
  it("finds a competency by an alias and ignores case and accents", () => {
    expect(names("LEIDING GEVEN")).toContain("Aansturen");
    expect(foldForSearch("Financiële")).toBe("financiele");
  });

  it("needs every word of the query, in any order", () => {
    const both = names("klant behoefte");
    expect(both.length).toBeGreaterThan(0);
    for (const name of both) expect(names("behoefte klant")).toContain(name);
    expect(names("klant zzzz")).toEqual([]);
  });

  it("keeps to the chosen cluster and lists everything without a query", () => {
    expect(names("")).toHaveLength(BUILT_IN_LIBRARY.competencies.length);
    const inCluster = searchCompetencies(BUILT_IN_LIBRARY, "", "leidinggeven");
    expect(inCluster.length).toBeGreaterThan(0);
    expect(inCluster.every((competency) => competency.cluster === "leidinggeven")).toBe(true);
  });
});

describe("levelOptions", () => {
  it("offers the levels low to high with the ranges between them when the template allows ranges", () => {
    expect(
      levelOptions({
        max: 5,
        levels: { min: 1, max: 5, ranges: true },
        requireLevel: true,
        defaultBehaviours: 3,
      }),
    ).toEqual(["1", "1/2", "2", "2/3", "3", "3/4", "4", "4/5", "5"]);
    expect(
      levelOptions({
        max: 5,
        levels: { min: 2, max: 4, ranges: false },
        requireLevel: true,
        defaultBehaviours: 3,
      }),
    ).toEqual(["2", "3", "4"]);
  });
});

describe("suggestLevel", () => {
  const options = ["1", "1/2", "2", "2/3", "3", "3/4", "4", "4/5", "5"];

  it("suggests the level the profile uses most", () => {
    expect(suggestLevel(["5", "5", "4/5", null], options)).toBe("5");
  });

  it("suggests the middle level for a profile without levels", () => {
    expect(suggestLevel([null], options)).toBe("3");
    expect(suggestLevel(["9"], options)).toBe("3");
  });
});
