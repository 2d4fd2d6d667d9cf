/**
 * Profiles of one house style share most of their section headings; a folder that mixes two house
 * styles falls apart into groups that share few. Single-link grouping on the overlap (Jaccard) of
 * the section keys: two profiles belong together when at least half of their sections are the same.
 */
const SAME_STYLE = 0.5;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Indices of the profiles, grouped by house style, biggest group first. */
export function houseStyleGroups(sectionKeys: ReadonlyArray<ReadonlySet<string>>): number[][] {
  const group = sectionKeys.map((_, index) => index);
  const root = (index: number): number => (group[index] === index ? index : root(group[index]!));
  for (let a = 0; a < sectionKeys.length; a++) {
    for (let b = a + 1; b < sectionKeys.length; b++) {
      if (overlap(sectionKeys[a]!, sectionKeys[b]!) >= SAME_STYLE) group[root(b)] = root(a);
    }
  }
  const groups = new Map<number, number[]>();
  sectionKeys.forEach((_, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), index]));
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
