import { readFile, stat, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { isProfielwijzerError, type Language } from "../core/common";
import { learnTemplate } from "../core/learn/learn-template";
import type { DocumentSnapshot } from "../core/snapshot/schema";
import { foldText } from "../core/text/normalise";
import { readDocxSnapshot } from "../hosts/docx/read-docx";
import type { Command } from "./args";
import { UsageError } from "./args";
import { collectFiles } from "./files";
import { type CliIo, EXIT } from "./io";
import { createProgress } from "./progress";

type LearnCommand = Extract<Command, { name: "learn-template" }>;

/** `waterrijk.json` → `waterrijk`: the template's id from the file name unless `--id` gives one. */
function idFrom(out: string): string {
  const id = foldText(basename(out).replace(/\.json$/i, ""))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id === "" ? "eigen-sjabloon" : id;
}

const say = (language: Language, nl: string, en: string) => (language === "nl" ? nl : en);

/**
 * `profielwijzer learn-template <map|bestanden> --out sjabloon.json`: reads the profiles, learns the
 * house style's template, writes it (never over an existing file) and prints what it learned and how
 * many profiles support each choice. A file that cannot be read is reported and left out.
 */
export async function runLearn(command: LearnCommand, io: CliIo): Promise<number> {
  const language = command.language;
  if (await stat(command.out).catch(() => null)) {
    throw new UsageError(
      say(
        language,
        `${command.out} bestaat al; kies een andere naam of verwijder het bestand eerst.`,
        `${command.out} already exists; choose another name or remove the file first.`,
      ),
    );
  }
  const id = command.id ?? idFrom(command.out);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new UsageError(
      say(
        language,
        "--id bestaat uit kleine letters, cijfers en streepjes.",
        "--id is lower-case letters, digits and hyphens.",
      ),
    );
  }
  const { files, missing } = await collectFiles(command.paths);
  const unreadable: string[] = missing.map(
    (path) => `${path}: ${say(language, "bestand of map bestaat niet.", "file or folder does not exist.")}`,
  );
  const profiles: Array<{ name: string; snapshot: DocumentSnapshot }> = [];
  const progress = createProgress(io.stderr, files.length, true);
  for (const [index, file] of files.entries()) {
    progress.update(index, file);
    try {
      const snapshot = readDocxSnapshot(new Uint8Array(await readFile(file)), { name: file }).value;
      profiles.push({ name: file, snapshot });
    } catch (error) {
      const text = isProfielwijzerError(error) ? error.text[language] : String(error);
      unreadable.push(`${file}: ${text}`);
    }
  }
  progress.done();
  for (const line of unreadable) io.stderr.write(`${line}\n`);
  if (profiles.length === 0) {
    io.stderr.write(
      say(language, "Geen leesbare .docx-profielen gevonden.\n", "No readable .docx profiles found.\n"),
    );
    return EXIT.failure;
  }
  const name = command.title ?? say(language, `Eigen huisstijl (${id})`, `Own house style (${id})`);
  const { template, report } = learnTemplate(profiles, { id, name });
  await writeFile(command.out, `${JSON.stringify(template, null, 2)}\n`, "utf8");

  const lines: string[] = [
    say(
      language,
      `Geleerd uit ${profiles.length} ${profiles.length === 1 ? "profiel" : "profielen"}:`,
      `Learned from ${profiles.length} ${profiles.length === 1 ? "profile" : "profiles"}:`,
    ),
  ];
  const width = String(profiles.length).length * 2 + 1;
  for (const choice of report.choices) {
    lines.push(`  ${`${choice.support}/${choice.of}`.padStart(width)}  ${choice.text[language]}`);
  }
  if (profiles.length === 1) {
    report.warnings.unshift({
      severity: "warning",
      code: "learn-single",
      text: {
        nl: "Geleerd uit één profiel: alles wat het heeft is verplicht gemaakt. Geef er meer voor een beter beeld.",
        en: "Learned from one profile: everything it has was made required. Give more for a better picture.",
      },
    });
  }
  if (report.warnings.length > 0) {
    lines.push("", say(language, "Let op:", "Note:"));
    for (const warning of report.warnings) lines.push(`  - ${warning.text[language]}`);
  }
  lines.push(
    "",
    say(
      language,
      `Sjabloon '${name}' geschreven naar ${command.out}. Pas het gerust aan; gebruik het met:`,
      `Template '${name}' written to ${command.out}. Edit it as you like; use it with:`,
    ),
    `  profielwijzer check <map> --template ${command.out}`,
    "",
  );
  io.stdout.write(lines.join("\n"));
  return unreadable.length > 0 ? EXIT.failure : EXIT.ok;
}
