import type { Rule } from "./define-rule";
import competencyCount from "./competency-count";
import competencyDuplicate from "./competency-duplicate";
import competencyLevelInvalid from "./competency-level-invalid";
import competencyLevelMissing from "./competency-level-missing";
import competencyNoBehaviours from "./competency-no-behaviours";
import competencyUnknown from "./competency-unknown";
import leadershipConsistency from "./leadership-consistency";
import levelTableIncomplete from "./level-table-incomplete";
import libraryContentOutdated from "./library-content-outdated";
import placeholder from "./placeholder";
import resultAreaNoIndicators from "./result-area-no-indicators";
import resultAreaNoTasks from "./result-area-no-tasks";
import resultAreaNumbering from "./result-area-numbering";
import resultAreaStandardMissing from "./result-area-standard-missing";
import sectionEmpty from "./section-empty";
import sectionHeadingWorded from "./section-heading-worded";
import sectionMissing from "./section-missing";
import signatureIncomplete from "./signature-incomplete";
import templateGuidanceLeft from "./template-guidance-left";
import templateUnknown from "./template-unknown";

/** Every rule, in the order findings are listed: document first, then sections, areas, competencies. */
export const RULES: readonly Rule[] = [
  templateUnknown,
  sectionMissing,
  sectionHeadingWorded,
  sectionEmpty,
  placeholder,
  templateGuidanceLeft,
  resultAreaNoTasks,
  resultAreaNoIndicators,
  resultAreaNumbering,
  resultAreaStandardMissing,
  leadershipConsistency,
  competencyCount,
  competencyLevelMissing,
  competencyLevelInvalid,
  competencyNoBehaviours,
  competencyDuplicate,
  competencyUnknown,
  libraryContentOutdated,
  levelTableIncomplete,
  signatureIncomplete,
];

export type { Rule, RuleContext, RuleMeta } from "./define-rule";
