import fc from "fast-check";
import { DEFAULT_SEED, fuzzProperties } from "./suite";

/**
 * A fixed-seed share of the fuzz properties about the core (analyse and the composers), so `npm test`
 * stays quick; `npm run fuzz` runs each with 10,000 cases and other seeds.
 */
const properties = fuzzProperties().filter((entry) => entry.area === "core");

describe("fuzzing the core", () => {
  it.each(properties.map((entry) => [entry.name, entry] as const))("%s", (_, entry) => {
    fc.assert(entry.build(), { seed: DEFAULT_SEED, numRuns: entry.testRuns });
  });
});
