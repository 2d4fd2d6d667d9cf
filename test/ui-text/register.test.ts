import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/core/rules";
import { nl } from "../../src/taskpane/i18n/nl";

/**
 * The product speaks to its user as "u" (formal), in the pane, the findings and the CLI. Texts that are
 * profile content (the headings and labels the reader recognises, such as "Wat ga je doen?", and the
 * library's behaviour examples) are not spoken to the user and keep their own register.
 */
const INFORMAL = /\b(?:je|jij|jou|jouw|jezelf|jullie)\b/iu;

const root = join(__dirname, "..", "..");

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

/** The lines of a file that address the user informally. */
function informalLines(file: string): string[] {
  return readFileSync(join(root, file), "utf8")
    .split("\n")
    .flatMap((line, index) => (INFORMAL.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

describe("the formal register (u/uw) everywhere the product speaks to its user", () => {
  it("uses it in every Dutch string of the task pane and the preview", () => {
    const informal = Object.entries(nl).filter(([, text]) => INFORMAL.test(text));
    expect(informal).toEqual([]);
  });

  it("uses it in every finding message and rule description", () => {
    const informal = RULES.flatMap((rule) =>
      [rule.meta.description, ...Object.values(rule.meta.messages)]
        .filter((text) => INFORMAL.test(text.nl))
        .map((text) => `${rule.meta.id}: ${text.nl}`),
    );
    expect(informal).toEqual([]);
  });

  it("uses it in the CLI's output and the core's other messages (the profile reader's vocabulary aside)", () => {
    const files = [
      ...sourceFiles("src/cli"),
      ...sourceFiles("src/core"),
      "scripts/start.js",
      "scripts/stop.js",
    ]
      // The profile reader knows the wordings profiles use ("Wat zie je?"): content, not speech.
      .filter((file) => !file.startsWith(join("src", "core", "profile")));
    expect(files.flatMap(informalLines)).toEqual([]);
  });
});
