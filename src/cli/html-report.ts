import type { Language, Severity } from "../core/common";
import type { Finding } from "../core/findings/schema";
import type { FolderReportEntry, ReportEntry } from "../core/report/schema";
import { type FileResult, templateName } from "./file-result";
import { ignoreReasonText } from "../core/findings/verdict";
import { counted } from "../core/text/plural";
import { describeFolder } from "./folder-summary";
import type { Child } from "./html";
import { el, render } from "./html";

/** The report's own style sheet: fixed text without quotes or angle brackets, so escaping leaves it as is. */
const STYLE = `
:root { color-scheme: light dark; --error: #b3261e; --warning: #8a5a00; --info: #35608a; --ok: #1e6b36; }
body { font: 15px/1.5 Segoe UI, system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid #8884; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #8883; vertical-align: top; }
th { font-weight: 600; } .num { text-align: right; } .muted { opacity: .75; }
.error { color: var(--error); } .warning { color: var(--warning); } .info { color: var(--info); } .ok { color: var(--ok); }
.badge { font-weight: 600; } ul.findings { list-style: none; padding: 0; } ul.findings li { margin: .4rem 0; }
.about { display: block; font-style: italic; opacity: .8; } code { font-size: .85em; }
@media (prefers-color-scheme: dark) { :root { --error: #ff8a80; --warning: #ffcc66; --info: #8fc3ff; --ok: #7dd89b; } }
`;

/** A self-contained report page: the style sheet inline, nothing loaded from anywhere. */
export function reportPage(language: Language, title: string, body: Child[]): string {
  const page = el(
    "html",
    { lang: language },
    el(
      "head",
      {},
      el("meta", { charset: "utf-8" }),
      el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      el("meta", {
        "http-equiv": "Content-Security-Policy",
        content: "default-src 'none'; style-src 'unsafe-inline'",
      }),
      el("title", {}, title),
      el("style", {}, STYLE),
    ),
    el("body", {}, ...body),
  );
  return `<!doctype html>\n${render(page)}\n`;
}

const TEXT = {
  nl: {
    title: "Profielwijzer — controlerapport",
    generated: (date: string, count: number) =>
      `${counted(count, "bestand", "bestanden")} gecontroleerd op ${date}.`,
    summary: "Overzicht",
    file: "Bestand",
    template: "Sjabloon",
    errors: "Fouten",
    warnings: "Waarschuwingen",
    ready: "Oordeel",
    ignored: "Bewust genegeerd",
    unreadable: "niet te lezen",
    none: "geen",
    noFindings: "Geen bevindingen: dit profiel is compleet.",
    structure: (areas: number, competencies: number) =>
      `${counted(areas, "resultaatgebied", "resultaatgebieden")}, ${counted(competencies, "competentie", "competenties")}`,
    severity: { error: "Fout", warning: "Waarschuwing", info: "Info" } as Record<Severity, string>,
    block: (start: number) => `alinea ${start + 1}`,
  },
  en: {
    title: "Profielwijzer — check report",
    generated: (date: string, count: number) => `${counted(count, "file", "files")} checked on ${date}.`,
    summary: "Summary",
    file: "File",
    template: "Template",
    errors: "Errors",
    warnings: "Warnings",
    ready: "Verdict",
    ignored: "Deliberately ignored",
    unreadable: "unreadable",
    none: "none",
    noFindings: "No findings: this profile is complete.",
    structure: (areas: number, competencies: number) =>
      `${counted(areas, "result area", "result areas")}, ${counted(competencies, "competency", "competencies")}`,
    severity: { error: "Error", warning: "Warning", info: "Info" } as Record<Severity, string>,
    block: (start: number) => `paragraph ${start + 1}`,
  },
};

const count = (entry: ReportEntry, severity: Severity) =>
  entry.findings.filter((finding) => finding.severity === severity).length;

/** The findings set aside in the document, each with why and when. */
function ignoredList(findings: readonly Finding[], language: Language, heading: string): Child {
  if (findings.length === 0) return null;
  return [
    el("h3", {}, `${heading} (${findings.length})`),
    el(
      "ul",
      { class: "findings" },
      findings.map((finding) =>
        el(
          "li",
          {},
          el("span", { class: "badge muted" }, `${finding.rule}: `),
          finding.message[language],
          el("span", { class: "about" }, ignoreReasonText(finding, language)),
        ),
      ),
    ),
  ];
}

/**
 * One self-contained HTML file for a whole run: a summary table, then every file's findings with the
 * text they are about.
 */
export function renderHtmlReport(
  results: readonly FileResult[],
  language: Language,
  date: Date,
  folder: FolderReportEntry | null = null,
): string {
  const entries = results.map((result) => result.entry);
  const text = TEXT[language];
  const day = date.toLocaleDateString(language === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const anchor = (index: number) => `bestand-${index + 1}`;
  const summary = el(
    "table",
    {},
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", {}, text.file),
        el("th", {}, text.template),
        el("th", { class: "num" }, text.errors),
        el("th", { class: "num" }, text.warnings),
        el("th", {}, text.ready),
      ),
    ),
    el(
      "tbody",
      {},
      entries.map((entry, index) => {
        const errors = count(entry, "error");
        const tone =
          entry.verdict?.code === "complete" ? "ok" : entry.verdict?.complete ? "warning" : "error";
        const ready = entry.error
          ? el("span", { class: "badge error" }, text.unreadable)
          : el("span", { class: `badge ${tone}` }, entry.verdict?.text ?? "—");
        return el(
          "tr",
          {},
          el("td", {}, el("a", { href: `#${anchor(index)}` }, entry.file)),
          el("td", {}, templateName(results[index]!, language) ?? "—"),
          el("td", { class: "num" }, entry.error ? "—" : errors),
          el("td", { class: "num" }, entry.error ? "—" : count(entry, "warning")),
          el("td", {}, ready),
        );
      }),
    ),
  );
  const sections: Child[] = entries.map((entry, index) => {
    const heading = el("h2", { id: anchor(index) }, entry.file);
    if (entry.error) return [heading, el("p", { class: "error" }, entry.error)];
    const lines = results[index]?.analysis?.findings.map((finding) => finding.text) ?? [];
    return [
      heading,
      el("p", { class: "muted" }, [
        entry.title ?? "—",
        " · ",
        templateName(results[index]!, language) ?? text.none,
        " · ",
        text.structure(entry.resultAreas.length, entry.competencies.length),
      ]),
      entry.findings.length === 0
        ? el("p", { class: "ok" }, text.noFindings)
        : el(
            "ul",
            { class: "findings" },
            entry.findings.map((finding, position) =>
              el(
                "li",
                {},
                el("span", { class: `badge ${finding.severity}` }, `${text.severity[finding.severity]}: `),
                finding.message,
                " ",
                el("code", { class: "muted" }, `${finding.rule} · ${text.block(finding.location.start)}`),
                lines[position] ? el("span", { class: "about" }, `“${lines[position]}”`) : null,
              ),
            ),
          ),
      ignoredList(results[index]?.analysis?.ignoredFindings ?? [], language, text.ignored),
      el(
        "p",
        {
          class: `badge ${entry.verdict?.code === "complete" ? "ok" : entry.verdict?.complete ? "warning" : "error"}`,
        },
        entry.verdict?.text ?? "",
      ),
    ];
  });
  const house = folder ? describeFolder(folder, language) : null;
  return reportPage(language, text.title, [
    el("h1", {}, text.title),
    el("p", { class: "muted" }, text.generated(day, entries.length)),
    el("h2", {}, text.summary),
    summary,
    house ? [el("h2", {}, house.heading), house.lines.map((line) => el("p", {}, line))] : null,
    sections,
  ]);
}
