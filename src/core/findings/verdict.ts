import type { Language, LocalisedText } from "../common";
import { counted } from "../text/plural";
import type { Finding, Ignore, Readiness, Verdict } from "./schema";

/** What the profile's form comes to, from the findings still open and those ignored. */
export function verdictOf(
  hasTemplate: boolean,
  open: Readiness["counts"],
  ignored: Readiness["counts"],
): Verdict {
  if (!hasTemplate) return "no-template";
  if (open.error > 0) return "incomplete";
  return ignored.error + ignored.warning > 0 ? "complete-with-ignored" : "complete";
}

/**
 * The verdict in words, the same in the pane, the CLI and every report. It speaks of the form against the
 * template, never of the content: "Compleet volgens sjabloon", not "klaar voor ondertekening".
 */
export function verdictText(readiness: Readiness, language: Language): string {
  const nl = language === "nl";
  const points = readiness.ignored.error + readiness.ignored.warning;
  switch (readiness.verdict) {
    case "no-template":
      return nl ? "Geen sjabloon herkend" : "No template recognised";
    case "incomplete":
      return nl
        ? `Nog niet compleet volgens sjabloon: ${counted(readiness.counts.error, "fout", "fouten")}`
        : `Not yet complete according to the template: ${counted(readiness.counts.error, "error", "errors")}`;
    case "complete-with-ignored":
      return nl
        ? `Compleet volgens sjabloon, met ${counted(points, "bewust genegeerd punt", "bewust genegeerde punten")}`
        : `Complete according to the template, with ${counted(points, "deliberately ignored point", "deliberately ignored points")}`;
    case "complete":
      return nl ? "Compleet volgens sjabloon" : "Complete according to the template";
  }
}

export const IGNORE_REASON_TEXT: Record<NonNullable<Ignore["reason"]>, LocalisedText> = {
  "niet-van-toepassing": { nl: "niet van toepassing", en: "not applicable" },
  "bewust-afwijkend": { nl: "bewust afwijkend", en: "a deliberate departure" },
  anders: { nl: "andere reden", en: "another reason" },
};

/** "bewust afwijkend: de raad wil dit zo (3 december 2026)": why an ignored finding was set aside. */
export function ignoreReasonText(finding: Finding, language: Language): string {
  const ignore = finding.ignored;
  if (!ignore) return "";
  const reason = ignore.reason
    ? IGNORE_REASON_TEXT[ignore.reason][language]
    : language === "nl"
      ? "geen reden opgegeven"
      : "no reason given";
  const note = ignore.note.trim();
  const date = ignore.at ? new Date(ignore.at) : null;
  const day =
    date && !Number.isNaN(date.getTime())
      ? ` (${date.toLocaleDateString(language === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })})`
      : "";
  return `${reason}${note ? `: ${note}` : ""}${day}`;
}
