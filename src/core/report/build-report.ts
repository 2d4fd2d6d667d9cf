import type { Analysis } from "../analyse";
import type { Language } from "../common";
import type { FolderCheck } from "../folder/check-folder";
import { verdictText } from "../findings/verdict";
import type { FolderReportEntry, ReportEntry } from "./schema";

/** One file's entry of the CLI report (docs/cli.md), in the user's language. */
export function toReportEntry(file: string, analysis: Analysis, language: Language): ReportEntry {
  const { profile } = analysis;
  return {
    file,
    template: profile.template.id,
    title: profile.title?.text ?? null,
    resultAreas: profile.resultAreas.map((area) => ({
      title: area.title,
      tasks: area.tasks.map((task) => task.text),
      indicators: area.indicators.map((indicator) => indicator.text),
    })),
    competencies: profile.competencies.map((competency) => ({
      name: competency.name,
      level: competency.level,
      behaviours: competency.behaviours.map((behaviour) => behaviour.text),
    })),
    findings: analysis.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message[language],
      ...(finding.section ? { section: finding.section } : {}),
      location: finding.location,
    })),
    verdict: {
      code: analysis.readiness.verdict,
      complete: analysis.readiness.complete,
      text: verdictText(analysis.readiness, language),
    },
    ignored: analysis.ignoredFindings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message[language],
      location: finding.location,
      reason: finding.ignored?.reason ?? null,
      note: finding.ignored?.note ?? "",
      at: finding.ignored?.at ?? null,
    })),
  };
}

/** The entry for a file that could not be read: why, and nothing else guessed. */
export function errorEntry(file: string, error: string): ReportEntry {
  return { file, template: null, title: null, resultAreas: [], competencies: [], findings: [], error };
}

/** The folder entry of a run over two or more profiles: its series and its findings across files. */
export function folderEntry(files: number, folder: FolderCheck, language: Language): FolderReportEntry {
  return {
    folder: {
      files,
      series: folder.series,
      findings: [...folder.findings].flatMap(([file, findings]) =>
        findings.map((finding) => ({
          file,
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message[language],
          location: finding.location,
        })),
      ),
    },
  };
}
