import { Badge, Body1, Button, Spinner } from "@fluentui/react-components";
import { AddRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { EditPlan } from "../../../core/plans/schema";
import type { TemplateSection } from "../../../data/template-schema";
import { useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { useInsertPaneStyles } from "../InsertPane/InsertPane.styles";
import { useNoticeFocus } from "../Notices/NoticeFocus";
import { PlanPreview } from "../PlanPreview/PlanPreview";

interface MissingSection {
  section: TemplateSection;
  plan: EditPlan;
}

/** The template's sections the document lacks, each with what would be inserted and where. */
export function useMissingSections(): MissingSection[] {
  const { engine, analysis, snapshot, data } = useSession();
  return useMemo(() => {
    const template = analysis?.template;
    if (!engine || !analysis || !snapshot || !template || !data) return [];
    return template.sections.flatMap((section) => {
      if (analysis.profile.sections.some((present) => present.id === section.id)) return [];
      const plan = engine.composeSection(
        analysis.profile,
        snapshot,
        template,
        section.id,
        data.standardTexts,
      );
      return plan ? [{ section, plan }] : [];
    });
  }, [engine, analysis, snapshot, data]);
}

export function MissingSections({ missing }: { missing: readonly MissingSection[] }) {
  const session = useSession();
  const strings = useStrings();
  const styles = useInsertPaneStyles();
  const { focusLatest } = useNoticeFocus();

  if (missing.length === 0) {
    return (
      <Body1 as="p" className={styles.muted}>
        <CheckmarkCircleRegular aria-hidden /> {strings.sectionsComplete}
      </Body1>
    );
  }
  return (
    <ul className={styles.list}>
      {missing.map(({ section, plan }) => {
        const applying = session.busy?.kind === "applying" && session.busy.planId === plan.id;
        return (
          <li key={section.id} className={styles.card}>
            <h4 className={styles.cardHeading}>
              {section.name[session.language]}
              {section.required && (
                <Badge appearance="tint" color="danger" size="small">
                  {strings.sectionRequired}
                </Badge>
              )}
            </h4>
            <PlanPreview plan={plan} />
            <div className={styles.actions}>
              <Button
                appearance="primary"
                size="small"
                icon={applying ? <Spinner size="extra-tiny" /> : <AddRegular />}
                disabledFocusable={session.busy !== null}
                aria-label={`${strings.insert}: ${section.name[session.language]}`}
                onClick={() => void session.apply(plan).then(focusLatest)}
              >
                {strings.insert}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
