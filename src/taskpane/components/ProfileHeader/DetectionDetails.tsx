import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/common";
import { matchText } from "../../../core/profile/match-text";
import type { TemplateMatch } from "../../../core/profile/schema";
import type { Template } from "../../../data/template-schema";
import { formatString, useStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2 },
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * Why the pane chose a template: the best three with their score, the sections found and the
 * required ones missed, so a writer sees which heading to rename or which template to pick.
 */
export function DetectionDetails({
  match,
  templates,
  language,
}: {
  match: TemplateMatch;
  templates: readonly Template[];
  language: Language;
}) {
  const strings = useStrings();
  const styles = useStyles();
  const candidates = match.candidates.slice(0, 3);
  if (candidates.length === 0) return null;
  const sectionNames = (template: Template | undefined, ids: readonly string[] | undefined) =>
    (ids ?? [])
      .map((id) => template?.sections.find((section) => section.id === id)?.name[language] ?? id)
      .join(", ");
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>
        <Caption1>{strings.templateWhy}</Caption1>
      </summary>
      <ul className={styles.list}>
        {candidates.map((candidate) => {
          const template = templates.find((known) => known.id === candidate.id);
          const found = sectionNames(template, candidate.found);
          const missed = sectionNames(template, candidate.missed);
          return (
            <li key={candidate.id}>
              <Caption1>
                {formatString(strings.templateWhyScore, { match: matchText(candidate)[language] })}
                {found ? ` ${formatString(strings.templateWhyFound, { sections: found })}` : ""}
                {missed ? ` ${formatString(strings.templateWhyMissed, { sections: missed })}` : ""}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
