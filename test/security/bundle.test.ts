import { existsSync } from "node:fs";
import { DIST, findEvaluation, isOwnChunk, readChunks, sourceAt, type Chunk } from "./scan-bundle";

/**
 * The production bundle, when one has been built (`npm run build`; building it here would take minutes):
 * no string evaluation that comes from our own code. A dependency may contain it (zod probes whether
 * `new Function` is allowed, and is told not to use it by src/taskpane/shell/configure-zod.ts); the
 * source maps tell the two apart. Without dist/ the source scan (code-safety.test.ts) still holds and the
 * e2e run checks the bundle it builds.
 */

const built = existsSync(DIST) && readChunks().length > 0;

(built ? describe : describe.skip)("the production bundle in dist/", () => {
  it("has no eval or new Function that maps back to our own sources", () => {
    const ours = readChunks()
      .flatMap(findEvaluation)
      .filter((hit) => hit.source === null || !hit.source.includes("node_modules"));
    expect(ours).toEqual([]);
  });

  it("has source maps for its chunks of our own code, so the check above can attribute every hit", () => {
    const unmapped = readChunks()
      .filter(isOwnChunk)
      .filter((chunk) => chunk.map === null)
      .map((chunk) => chunk.name);
    expect(unmapped).toEqual([]);
  });
});

describe("the bundle check itself", () => {
  // Two lines of generated code; "AAAA" maps column 0 to source 0, "ACAA" on the next line to source 1.
  const chunk: Chunk = {
    name: "voorbeeld.js",
    code: 'var a=1;\nnew Function("return 1")',
    map: {
      sources: [
        "webpack://profielwijzer/./src/core/analyse.ts",
        "webpack://profielwijzer/./node_modules/zod/v4/core/util.js",
      ],
      mappings: "AAAA;ACAA",
    },
  };

  it("decodes a source map to the original file of a position", () => {
    expect(sourceAt(chunk.map!, 0, 4)).toBe("webpack://profielwijzer/./src/core/analyse.ts");
    expect(sourceAt(chunk.map!, 1, 0)).toBe("webpack://profielwijzer/./node_modules/zod/v4/core/util.js");
  });

  it("finds string evaluation and attributes it", () => {
    expect(findEvaluation(chunk)).toEqual([
      {
        chunk: "voorbeeld.js",
        what: "new Function(",
        source: "webpack://profielwijzer/./node_modules/zod/v4/core/util.js",
      },
    ]);
    expect(findEvaluation({ ...chunk, code: "eval(x)" })).toEqual([
      { chunk: "voorbeeld.js", what: "eval(", source: "webpack://profielwijzer/./src/core/analyse.ts" },
    ]);
  });
});
