/**
 * A project-owned fake of the few office-js Word objects the adapter uses (see fake-word.ts), with a
 * document built from a simple description, generated profile-sized documents, and the sync counts a
 * benchmark reports.
 */
export { createFakeWord, FakeWord, FakeLegacySettings, type FakeWordOptions } from "./fake-word";
export type { FakeSyncRecord, FakeWrite } from "./context";
export { FakeWordError } from "./errors";
export { generateProfileParagraphs } from "./generate";
export type { FakeDocumentModel } from "./model";
export type { FakeCellSpec, FakeContentControlSpec, FakeListSpec, FakeParagraphSpec } from "./spec";
export { composeSamplePlan, measureWordSyncs, type WordSyncCounts } from "./sync-counts";
