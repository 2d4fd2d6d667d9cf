/**
 * Everything the task pane needs from the core and the data, in one module that the session loads with a
 * dynamic `import()`: the rules, the composers and the 1,000 behaviour examples of the library then arrive in
 * their own chunk while Word reads the document, instead of weighing on the pane's first paint.
 */
import { analyse } from "../../core/analyse";
import { learnTemplate } from "../../core/learn/learn-template";
import { composeResultArea } from "../../core/plans/compose-area";
import { composeCompetency, defaultBehaviours, exampleLevel } from "../../core/plans/compose-competency";
import { composeReplacement } from "../../core/plans/compose-replacement";
import { composeSection } from "../../core/plans/compose-section";
import { composeSkeleton, isEmptyDocument } from "../../core/plans/compose-skeleton";
import {
  BUILT_IN_LIBRARY,
  BUILT_IN_STANDARD_TEXTS,
  BUILT_IN_TEMPLATES,
  findCompetency,
  parseLibrary,
  parseTemplate,
} from "../../data";

export const engine = {
  analyse,
  composeSection,
  composeResultArea,
  composeCompetency,
  defaultBehaviours,
  exampleLevel,
  composeReplacement,
  composeSkeleton,
  isEmptyDocument,
  learnTemplate,
  parseTemplate,
  parseLibrary,
  findCompetency,
  builtIn: {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
  },
};

export type Engine = typeof engine;
