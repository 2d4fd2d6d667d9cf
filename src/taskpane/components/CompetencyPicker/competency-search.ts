import type { Library, LibraryCompetency } from "../../../data/library-schema";
import type { CompetenciesConfig } from "../../../data/template-schema";

/** Lower case without accents, so "financiele" finds "Financiële". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** Competencies whose name, aliases or English name contain every word of the query, in a cluster or all. */
export function searchCompetencies(
  library: Library,
  query: string,
  cluster: string | null,
): LibraryCompetency[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return library.competencies.filter((competency) => {
    if (cluster && competency.cluster !== cluster) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([competency.name, ...competency.aliases, competency.en].join(" | "));
    return words.every((word) => haystack.includes(word));
  });
}

/** The levels a template allows, low to high, with ranges of two adjacent levels (`4/5`) where allowed. */
export function levelOptions(config: Omit<CompetenciesConfig, "exampleLabels">): string[] {
  const options: string[] = [];
  for (let level = config.levels.min; level <= config.levels.max; level++) {
    if (config.levels.ranges && level > config.levels.min) options.push(`${level - 1}/${level}`);
    options.push(String(level));
  }
  return options;
}

/** The level the document uses most (writers keep one level across a profile); otherwise the middle one. */
export function suggestLevel(levels: readonly (string | null)[], options: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const level of levels)
    if (level && options.includes(level)) counts.set(level, (counts.get(level) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const whole = options.filter((option) => !option.includes("/"));
  return whole[Math.floor(whole.length / 2)] ?? options[0] ?? "3";
}
