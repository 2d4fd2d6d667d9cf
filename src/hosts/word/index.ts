export { createWordHost } from "./word-host";
export { createOfficeWordEnvironment } from "./office-environment";
export type { LegacySettingsStore, WordEnvironment } from "./environment";
