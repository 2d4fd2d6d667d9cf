import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT } from "../../src/cli/io";
import { isProfielwijzerError, type ProfielwijzerError } from "../../src/core/common";
import { parseLibrary, parseTemplate } from "../../src/data";
import functieprofiel from "../../src/data/templates/functieprofiel.json";
import competencies from "../../src/data/library/competencies.json";
import { runCli } from "../cli/run-cli";
import { expectWithinBudget, runWithinBudget } from "./budget";
import { withFolder } from "./helpers";

/**
 * An organisation's own template or competency library that is wrong in each way a hand-edited JSON file
 * can be, or far too big: refused with a message in Dutch that names the field and what is wrong, by the
 * loader and through the CLI (exit code 2, nothing checked against a half-read template).
 */

type Json = Record<string, unknown>;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function editTemplate(edit: (template: Json & { sections: Json[]; competencies: Json }) => void): string {
  const template = copy(functieprofiel) as unknown as Json & { sections: Json[]; competencies: Json };
  edit(template);
  return JSON.stringify(template);
}

function editLibrary(edit: (library: Json & { competencies: (Json & { levels: Json })[] }) => void): string {
  const library = copy(competencies) as unknown as Json & { competencies: (Json & { levels: Json })[] };
  edit(library);
  return JSON.stringify(library);
}

const HUGE = 6 * 1024 * 1024;

const TEMPLATE_MISTAKES: { mistake: string; text: () => string; code: string; nl: RegExp }[] = [
  {
    mistake: "a missing field",
    text: () => editTemplate((template) => delete template.name),
    code: "data-invalid",
    nl: /^Dit sjabloonbestand klopt niet\. name: .*verwacht object/,
  },
  {
    mistake: "a wrong type",
    text: () => editTemplate((template) => (template.competencies.max = "vijf")),
    code: "data-invalid",
    nl: /competencies\.max: .*verwacht getal, ontving string/,
  },
  {
    mistake: "an unknown (misspelt) key",
    text: () => editTemplate((template) => (template.sections[1]!.kop = "Kenmerken")),
    code: "data-invalid",
    nl: /sections\[1\]: .*"kop"/,
  },
  {
    mistake: "a regular expression that does not compile",
    text: () => editTemplate((template) => (template.placeholders = ["(xxx"])),
    code: "data-invalid",
    nl: /placeholders\[0\]: geen geldige reguliere expressie: \(xxx/,
  },
  {
    mistake: "a placeholder pattern that backtracks catastrophically",
    text: () => editTemplate((template) => (template.placeholders = ["(x+x+)+y"])),
    code: "data-invalid",
    nl: /placeholders\[0\]: een herhaalde groep met een herhaling erin .*: \(x\+x\+\)\+y/,
  },
  {
    mistake: "duplicate section ids",
    text: () => editTemplate((template) => (template.sections[2]!.id = template.sections[1]!.id)),
    code: "data-invalid",
    nl: /sections\[2\]\.id: sectie-id "kenmerken" komt twee keer voor/,
  },
  {
    mistake: "text that is not JSON",
    text: () => '{\n  "id": "mijn-sjabloon",\n  "name": ,\n}',
    code: "data-not-json",
    nl: /^Dit sjabloonbestand is geen geldige JSON \(regel 3, kolom 11\)\. Controleer komma's/,
  },
  {
    mistake: "JSON that stops halfway",
    text: () => '{ "id": "mijn-sjabloon", ',
    code: "data-not-json",
    nl: /geen geldige JSON \(het bestand houdt halverwege op\)/,
  },
  {
    mistake: "a file over 5 MB",
    text: () => editTemplate((template) => (template.description = { nl: "x".repeat(HUGE), en: "" })),
    code: "data-too-large",
    nl: /te groot \(meer dan 5 MB\)/,
  },
];

const LIBRARY_MISTAKES: { mistake: string; text: () => string; code: string; nl: RegExp }[] = [
  {
    mistake: "a missing field",
    text: () => editLibrary((library) => delete library.competencies[3]!.levels["4"]),
    code: "data-invalid",
    nl: /^Dit competentiebibliotheekbestand klopt niet\. competencies\[3\]\.levels\.4: .*verwacht array/,
  },
  {
    mistake: "a wrong type",
    text: () => editLibrary((library) => (library.competencies[3]!.levels["4"] = "veel")),
    code: "data-invalid",
    nl: /competencies\[3\]\.levels\.4: .*ontving string/,
  },
  {
    mistake: "an unknown key",
    text: () => editLibrary((library) => (library.competencies[3]!.niveau = 3)),
    code: "data-invalid",
    nl: /competencies\[3\]: .*"niveau"/,
  },
  {
    mistake: "duplicate ids",
    text: () => editLibrary((library) => (library.competencies[1]!.id = library.competencies[0]!.id)),
    code: "data-invalid",
    nl: /competencies\[1\]\.id: id "aansturen" komt twee keer voor/,
  },
  {
    mistake: "an array instead of an object",
    text: () => "[]",
    code: "data-invalid",
    nl: /\(bovenste niveau\)/,
  },
  {
    mistake: "a file over 5 MB",
    text: () => editLibrary((library) => (library.name = { nl: "x".repeat(HUGE), en: "" })),
    code: "data-too-large",
    nl: /te groot \(meer dan 5 MB\)/,
  },
];

test("a template saved by Notepad, with a UTF-8 byte order mark, loads", () => {
  const template = parseTemplate("\uFEFF" + JSON.stringify(functieprofiel));
  expect(template.id).toBe("functieprofiel");
});

async function refusal(load: () => unknown): Promise<ProfielwijzerError> {
  const run = await runWithinBudget(load);
  expectWithinBudget(run);
  if ("value" in run.outcome) throw new Error("the file was accepted");
  if (!isProfielwijzerError(run.outcome.error)) throw run.outcome.error;
  return run.outcome.error;
}

const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "functieprofiel-complete.docx"));

describe("a wrong template file", () => {
  it.each(TEMPLATE_MISTAKES)(
    "with $mistake is refused ($code) naming what is wrong",
    async ({ text, code, nl }) => {
      const error = await refusal(() => parseTemplate(text()));
      expect(error.code).toBe(code);
      expect(error.text.nl).toMatch(nl);
      expect(error.text.en).toMatch(/^This template file /);
    },
  );

  it.each(TEMPLATE_MISTAKES)(
    "with $mistake stops the CLI with exit 2 and the Dutch message",
    async ({ text, nl }) => {
      await withFolder({ "sjabloon.json": text(), "profiel.docx": FIXTURE }, async (folder) => {
        const run = await runCli([
          "check",
          join(folder, "profiel.docx"),
          "--template",
          join(folder, "sjabloon.json"),
        ]);
        expect(run.code).toBe(EXIT.failure);
        expect(run.stderr).toMatch(nl);
        expect(run.stdout).toBe("");
      });
    },
  );
});

describe("a wrong competency library file", () => {
  it.each(LIBRARY_MISTAKES)(
    "with $mistake is refused ($code) naming what is wrong",
    async ({ text, code, nl }) => {
      const error = await refusal(() => parseLibrary(text()));
      expect(error.code).toBe(code);
      expect(error.text.nl).toMatch(nl);
      expect(error.text.en).toMatch(/^This competency library file /);
    },
  );

  it.each(LIBRARY_MISTAKES)(
    "with $mistake stops the CLI with exit 2 and the Dutch message",
    async ({ text, nl }) => {
      await withFolder({ "bibliotheek.json": text(), "profiel.docx": FIXTURE }, async (folder) => {
        const run = await runCli([
          "check",
          join(folder, "profiel.docx"),
          "--library",
          join(folder, "bibliotheek.json"),
        ]);
        expect(run.code).toBe(EXIT.failure);
        expect(run.stderr).toMatch(nl);
        expect(run.stdout).toBe("");
      });
    },
  );
});
