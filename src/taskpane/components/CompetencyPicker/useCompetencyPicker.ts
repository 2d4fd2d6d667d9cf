import { useMemo, useState } from "react";
import { useSession } from "../../session/SessionContext";
import { levelOptions, searchCompetencies, suggestLevel } from "./competency-search";

/**
 * The competency picker's state: search and cluster filter, the chosen competency and level, and the ticked
 * behaviour examples (the first few pre-ticked, again whenever the competency or level changes).
 */
export function useCompetencyPicker() {
  const session = useSession();
  const { engine, analysis, snapshot, data } = session;
  const template = analysis?.template ?? null;
  const config = template?.competencies ?? null;
  const library = data?.library ?? null;
  const [query, setQuery] = useState("");
  const [cluster, setCluster] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [chosenLevel, setChosenLevel] = useState<string | null>(null);
  const [ticks, setTicks] = useState<{ key: string; values: readonly string[] } | null>(null);

  const matches = useMemo(
    () => (library ? searchCompetencies(library, query, cluster) : []),
    [library, query, cluster],
  );
  const options = useMemo(() => (config ? levelOptions(config) : []), [config]);
  const suggested = useMemo(
    () => suggestLevel(analysis?.profile.competencies.map((competency) => competency.level) ?? [], options),
    [analysis, options],
  );
  const level = chosenLevel !== null && options.includes(chosenLevel) ? chosenLevel : suggested;
  const competency = library?.competencies.find((candidate) => candidate.id === selectedId) ?? null;

  const examples = useMemo(
    () => (engine && competency && template ? competency.levels[engine.exampleLevel(level, template)] : []),
    [engine, competency, template, level],
  );
  const defaults = useMemo(
    () => (engine && competency && template ? engine.defaultBehaviours(competency, level, template) : []),
    [engine, competency, template, level],
  );
  const key = `${competency?.id ?? ""}|${level}`;
  const checked = ticks?.key === key ? ticks.values : defaults;

  const plan = useMemo(() => {
    if (!engine || !analysis || !snapshot || !template || !library || !competency) return null;
    // In the library's order, whatever order they were ticked in.
    const behaviours = examples.filter((example) => checked.includes(example));
    return engine.composeCompetency(analysis.profile, snapshot, template, library, {
      competency,
      level,
      behaviours,
    });
  }, [engine, analysis, snapshot, template, library, competency, level, examples, checked]);

  const alreadyThere = useMemo(
    () =>
      Boolean(
        engine &&
        competency &&
        analysis?.profile.competencies.some(
          (present) => engine.findCompetency(library, present.name)?.id === competency.id,
        ),
      ),
    [engine, competency, analysis, library],
  );

  return {
    config,
    library,
    query,
    setQuery,
    cluster,
    setCluster,
    matches,
    competency,
    select: setSelectedId,
    options,
    level,
    setLevel: setChosenLevel,
    examples,
    checked,
    toggle(example: string, on: boolean) {
      const next = on
        ? [...checked.filter((value) => value !== example), example]
        : checked.filter((value) => value !== example);
      setTicks({ key, values: next });
    },
    plan,
    alreadyThere,
    /** The profile has nowhere to put a competency (no competencies section). */
    noPlace: competency !== null && plan === null,
  };
}
