import fc from "fast-check";
import { DEFAULT_SEED, fuzzProperties } from "./suite";

/**
 * A fixed-seed share of the fuzz properties about .docx files (the reader on damaged and rearranged
 * fixtures, and the writer applying plans to them); `npm run fuzz` runs each with 10,000 cases.
 */
const properties = fuzzProperties().filter((entry) => entry.area === "docx");

describe("fuzzing the .docx reader and writer", () => {
  it.each(properties.map((entry) => [entry.name, entry] as const))(
    "%s",
    (_, entry) => {
      fc.assert(entry.build(), { seed: DEFAULT_SEED, numRuns: entry.testRuns });
    },
    60_000,
  );
});
