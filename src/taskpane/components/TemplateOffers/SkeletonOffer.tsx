import { Body1, Button, Caption1, Field, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import { useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { useNoticeFocus } from "../Notices/NoticeFocus";
import { PlanPreview } from "../PlanPreview/PlanPreview";
import { useTemplateOffersStyles } from "./TemplateOffers.styles";

/** For an empty document: the whole template skeleton, every section with its standard text. */
export function SkeletonOffer({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const session = useSession();
  const strings = useStrings();
  const styles = useTemplateOffersStyles();
  const selectId = useId();
  const { engine, data, analysis, snapshot, language } = session;
  const [templateId, setTemplateId] = useState<string | null>(null);
  const { focusLatest } = useNoticeFocus();
  const template =
    data?.templates.find((candidate) => candidate.id === (templateId ?? analysis?.template?.id)) ??
    data?.templates[0] ??
    null;
  const plan = useMemo(
    () =>
      engine && analysis && snapshot && template && data
        ? engine.composeSkeleton(analysis.profile, snapshot, template, data.standardTexts)
        : null,
    [engine, analysis, snapshot, template, data],
  );
  if (!data || !template) return null;
  const applying = session.busy?.kind === "applying" && plan !== null && session.busy.planId === plan.id;

  return (
    <section className={styles.card} aria-labelledby={`${selectId}-heading`}>
      <Subtitle2 as={headingLevel === 2 ? "h2" : "h3"} id={`${selectId}-heading`} className={styles.heading}>
        <DocumentAddRegular className={styles.icon} aria-hidden />
        {strings.emptyDocumentTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {strings.emptyDocumentBody}
      </Body1>
      <Field label={{ children: strings.skeletonTemplate, htmlFor: selectId }}>
        <Select
          id={selectId}
          className={styles.select}
          value={template.id}
          onChange={(_event, choice) => setTemplateId(choice.value)}
        >
          {data.templates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name[language]}
            </option>
          ))}
        </Select>
      </Field>
      {plan && <PlanPreview plan={plan} />}
      {/* The core found no place for the skeleton (a document without a single paragraph): say so, rather than
          leave the button greyed out without a reason. */}
      {!plan && engine && (
        <Caption1 as="p" id={`${selectId}-why`} className={styles.text}>
          {strings.skeletonNoPlace}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={applying ? <Spinner size="extra-tiny" /> : <DocumentAddRegular />}
          aria-describedby={!plan && engine ? `${selectId}-why` : undefined}
          disabledFocusable={!plan || session.busy !== null}
          onClick={() => plan && void session.apply(plan).then(focusLatest)}
        >
          {strings.skeletonInsert}
        </Button>
      </div>
    </section>
  );
}
