import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentSnapshot } from "../../src/core/snapshot/schema";
import { readDocxSnapshot } from "../../src/hosts/docx/read-docx";

/** The committed .docx fixtures: their bytes and their snapshots, read once. */
export const FIXTURE_FOLDER = join(__dirname, "..", "fixtures");

export interface FixtureFile {
  name: string;
  bytes: Uint8Array;
}

let files: FixtureFile[] | null = null;
let snapshots: DocumentSnapshot[] | null = null;

export function fixtureFiles(): FixtureFile[] {
  files ??= readdirSync(FIXTURE_FOLDER)
    .filter((name) => name.endsWith(".docx"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURE_FOLDER, name))) }));
  return files;
}

export function fixtureSnapshots(): DocumentSnapshot[] {
  snapshots ??= fixtureFiles().map((file) => readDocxSnapshot(file.bytes, { name: file.name }).value);
  return snapshots;
}
