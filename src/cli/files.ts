import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Word's lock files (`~$profiel.docx`) and hidden files are never profiles. */
function isCandidate(name: string): boolean {
  return name.toLowerCase().endsWith(".docx") && !name.startsWith("~$") && !name.startsWith(".");
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "nl"));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
      await walk(path, found);
    else if (entry.isFile() && isCandidate(entry.name)) found.push(path);
  }
}

export interface Collected {
  files: string[];
  /** Paths that do not exist (reported per path, the rest still checked). */
  missing: string[];
}

/** Files named on the command line are taken as given (even without .docx); folders are searched. */
export async function collectFiles(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(path);
    else if (info.isDirectory()) await walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}
