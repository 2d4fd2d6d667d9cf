import type { Language } from "../core/common";

export type Format = "text" | "json" | "html";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | {
      name: "check";
      paths: string[];
      format: Format;
      /** Built-in ids, own template files or folders of them (`--template`, repeatable). */
      templates: string[];
      library: string | null;
      out: string | null;
      /** `--all`: the findings ignored in the documents count as open. */
      all: boolean;
      language: Language;
    }
  | { name: "fix"; file: string; out: string; rules: string[]; template: string | null; language: Language }
  | {
      name: "overview";
      paths: string[];
      format: "csv" | "xlsx" | "html";
      out: string;
      templates: string[];
      library: string | null;
      all: boolean;
      language: Language;
    }
  | {
      name: "learn-template";
      paths: string[];
      out: string;
      id: string | null;
      title: string | null;
      language: Language;
    };

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set([
  "--format",
  "--template",
  "--library",
  "--out",
  "--rule",
  "--lang",
  "--id",
  "--name",
]);
const FLAG_OPTIONS = new Set(["--all"]);

/** Parses the command line; throws UsageError (exit code 2) with a Dutch message for a wrong call. */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === "-h" || arg === "--help") return { name: "help" };
    if (arg === "-v" || arg === "--version") return { name: "version" };
    if (arg.startsWith("--")) {
      const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (FLAG_OPTIONS.has(flag) && inline === undefined) {
        options.set(flag, ["ja"]);
        continue;
      }
      if (!VALUE_OPTIONS.has(flag)) throw new UsageError(`Onbekende optie: ${flag}`);
      const value = inline ?? argv[++index];
      if (value === undefined || value === "")
        throw new UsageError(`De optie ${flag} heeft een waarde nodig.`);
      options.set(flag, [...(options.get(flag) ?? []), value]);
    } else {
      positional.push(arg);
    }
  }
  const single = (flag: string): string | null => {
    const values = options.get(flag) ?? [];
    if (values.length > 1) throw new UsageError(`De optie ${flag} mag maar één keer voorkomen.`);
    return values[0] ?? null;
  };
  const language = (single("--lang") ?? "nl") as Language;
  if (language !== "nl" && language !== "en") throw new UsageError("--lang is nl of en.");
  const [command, ...rest] = positional;
  if (command === undefined || command === "help") return { name: "help" };
  if (command === "check") {
    if (rest.length === 0)
      throw new UsageError("Geef een of meer .docx-bestanden of mappen om te controleren.");
    const format = (single("--format") ?? "text") as Format;
    if (!["text", "json", "html"].includes(format))
      throw new UsageError(`--format is text, json of html (niet "${format}").`);
    if (options.has("--rule")) throw new UsageError("--rule hoort bij het commando fix.");
    return {
      name: "check",
      paths: rest,
      format,
      templates: options.get("--template") ?? [],
      library: single("--library"),
      out: single("--out"),
      all: options.has("--all"),
      language,
    };
  }
  if (command === "fix") {
    if (rest.length !== 1) throw new UsageError("Geef precies één .docx-bestand om te herstellen.");
    const out = single("--out");
    if (!out)
      throw new UsageError(
        "Geef met --out aan waar het herstelde bestand moet komen; het origineel blijft ongewijzigd.",
      );
    return {
      name: "fix",
      file: rest[0]!,
      out,
      rules: options.get("--rule") ?? [],
      template: single("--template"),
      language,
    };
  }
  if (command === "overview") {
    if (rest.length === 0)
      throw new UsageError("Geef een of meer mappen of .docx-bestanden voor het overzicht.");
    const format = single("--format") ?? "csv";
    if (format !== "csv" && format !== "xlsx" && format !== "html")
      throw new UsageError(`--format is csv, xlsx of html bij overview (niet "${format}").`);
    const out = single("--out");
    if (!out) throw new UsageError("Geef met --out aan waar het overzicht moet komen.");
    return {
      name: "overview",
      paths: rest,
      format,
      out,
      templates: options.get("--template") ?? [],
      library: single("--library"),
      all: options.has("--all"),
      language,
    };
  }
  if (command === "learn-template") {
    if (rest.length === 0)
      throw new UsageError("Geef een map of twee of meer .docx-profielen van één huisstijl om van te leren.");
    const out = single("--out");
    if (!out) throw new UsageError("Geef met --out aan waar het geleerde sjabloon (JSON) moet komen.");
    return {
      name: "learn-template",
      paths: rest,
      out,
      id: single("--id"),
      title: single("--name"),
      language,
    };
  }
  throw new UsageError(`Onbekend commando: ${command}`);
}

export const USAGE = `Profielwijzer — controleert functieprofielen (.docx)

Gebruik:
  profielwijzer check <bestand|map>... [--format text|json|html] [--template ID|BESTAND]
                      [--library BESTAND] [--out BESTAND] [--all] [--lang nl|en]
  profielwijzer fix <bestand.docx> --out <nieuw.docx> [--rule REGEL]... [--template ID|BESTAND]
  profielwijzer learn-template <map|bestand>... --out <sjabloon.json> [--id ID] [--name NAAM]
  profielwijzer overview <map|bestand>... --out <bestand> [--format csv|xlsx|html] [--template ID|BESTAND]

check   Leest elk profiel, toont de opbouw en de bevindingen. Mappen worden doorzocht op .docx.
        Bevindingen die in het document zijn genegeerd tellen als genegeerd, met hun reden;
        --all toont ze als open.
fix     Voert alle veilige herstellingen uit (ontbrekende onderdelen, ontbrekende standaardrijen)
        op een kopie; het originele bestand blijft ongewijzigd.
learn-template
        Leert het sjabloon van de eigen huisstijl uit bestaande profielen (onderdelen, koppen,
        velden, opbouw van resultaatgebieden en competenties) en schrijft het als JSON; gebruik
        het daarna met --template.
overview
        Het functiehuis in één tabel: per profiel titel, functienummer, sjabloon, functiegroep,
        reeks, aantal resultaatgebieden, competenties met niveau, fouten en waarschuwingen.

Sjablonen: functieprofiel, resultaatprofiel, rijksoverheid (FGR), orba, hr21, ufo, onderwijs, fwg,
of een eigen JSON-bestand (meerdere bestanden of een map doen mee aan de herkenning).
Afsluitcode: 0 geen fouten, 1 minstens één fout in een profiel, 2 een bestand kon niet worden
gelezen of de opdracht klopt niet.
`;
