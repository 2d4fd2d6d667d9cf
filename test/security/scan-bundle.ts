import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./scan-sources";

/**
 * Finds string evaluation (`eval(`, `new Function(`) in the production bundle and uses each chunk's
 * source map to say which original source it came from, so code of ours can be told from a dependency's
 * (zod, for instance, probes whether `new Function` is allowed).
 */

export const DIST = join(ROOT, "dist");

export interface BundleHit {
  chunk: string;
  what: string;
  /** The original source the generated code maps to, or null when the map does not cover it. */
  source: string | null;
}

export interface Chunk {
  name: string;
  code: string;
  map: { sources: string[]; mappings: string } | null;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one line of source-map mappings into [generated column, source index] pairs. */
function decodeLine(line: string, state: { source: number }): [number, number][] {
  const segments: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(",")) {
    if (segment === "") continue;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0] ?? 0;
    if (values.length >= 4) state.source += values[1]!;
    segments.push([column, values.length >= 4 ? state.source : -1]);
  }
  return segments;
}

/** The original source a generated position maps to. */
export function sourceAt(map: NonNullable<Chunk["map"]>, line: number, column: number): string | null {
  const state = { source: 0 };
  const lines = map.mappings.split(";");
  for (let index = 0; index < lines.length; index++) {
    const segments = decodeLine(lines[index]!, state);
    if (index !== line) continue;
    let found = -1;
    for (const [segmentColumn, source] of segments) {
      if (segmentColumn > column) break;
      found = source;
    }
    return found >= 0 ? (map.sources[found] ?? null) : null;
  }
  return null;
}

export function readChunks(): Chunk[] {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST)
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => {
      const mapPath = join(DIST, `${name}.map`);
      return {
        name,
        code: readFileSync(join(DIST, name), "utf8"),
        map: existsSync(mapPath) ? (JSON.parse(readFileSync(mapPath, "utf8")) as Chunk["map"]) : null,
      };
    });
}

/** A chunk is ours when its source map lists a file of src/, or when it has no map to say otherwise. */
export function isOwnChunk(chunk: Chunk): boolean {
  return chunk.map === null || chunk.map.sources.some((source) => source.includes("/src/"));
}

const EVALUATION = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/g;

export function findEvaluation(chunk: Chunk): BundleHit[] {
  const hits: BundleHit[] = [];
  const lines = chunk.code.split("\n");
  lines.forEach((text, line) => {
    for (const match of text.matchAll(EVALUATION)) {
      hits.push({
        chunk: chunk.name,
        what: match[0],
        source: chunk.map ? sourceAt(chunk.map, line, match.index) : null,
      });
    }
  });
  return hits;
}
