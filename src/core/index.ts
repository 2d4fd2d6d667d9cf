/** The pure core: snapshot → profile → findings → edit plans. No host, no DOM, no UI. */
export * from "./common";
export { analyse } from "./analyse";
export type { Analysis, AnalyseOptions } from "./analyse";
export { readProfile } from "./profile/read-profile";
export { RULES } from "./rules";
export { composeSection } from "./plans/compose-section";
export { composeResultArea } from "./plans/compose-area";
export {
  composeCompetency,
  composeBehaviours,
  defaultBehaviours,
  libraryTag,
} from "./plans/compose-competency";
export { composeLevelRow } from "./plans/compose-level-row";
export { composeReplacement } from "./plans/compose-replacement";
export { composeSkeleton, isEmptyDocument } from "./plans/compose-skeleton";
export type { HostAdapter, HostCapabilities, ApplyOutcome } from "./host";
