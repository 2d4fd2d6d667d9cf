import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SearchBox,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { formatString, useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { useNoticeFocus } from "../Notices/NoticeFocus";
import { PlanPreview } from "../PlanPreview/PlanPreview";
import { useCompetencyPickerStyles } from "./CompetencyPicker.styles";
import { useCompetencyPicker } from "./useCompetencyPicker";

const ALL = "";

/**
 * The competency library: search by name or alias, filter by cluster, choose a competency and its level, tick
 * the behaviour examples (the first few are ticked already), and insert it in the document's own format.
 */
export function CompetencyPicker() {
  const session = useSession();
  const strings = useStrings();
  const styles = useCompetencyPickerStyles();
  const picker = useCompetencyPicker();
  const { focusLatest } = useNoticeFocus();
  const ids = { results: useId(), level: useId(), behaviours: useId(), heading: useId() };
  const { language } = session;
  const template = session.analysis?.template ?? null;

  if (!template || !picker.config) {
    return (
      <Body1 as="p">
        {template
          ? formatString(strings.competencyNotInTemplate, { name: template.name[language] })
          : strings.chooseTemplateFirst}
      </Body1>
    );
  }
  const library = picker.library;
  if (!library) return null;
  const competency = picker.competency;
  const plan = picker.plan;
  const applying = session.busy?.kind === "applying" && plan !== null && session.busy.planId === plan.id;
  const clusterName = (id: string) =>
    library.clusters.find((cluster) => cluster.id === id)?.name[language] ?? id;

  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Field label={strings.competencySearch}>
          <SearchBox
            value={picker.query}
            placeholder={strings.competencySearchPlaceholder}
            onChange={(_event, data) => picker.setQuery(data.value)}
          />
        </Field>
        <Field label={strings.competencyCluster}>
          <Select
            className={styles.select}
            value={picker.cluster ?? ALL}
            onChange={(_event, data) => picker.setCluster(data.value === ALL ? null : data.value)}
          >
            <option value={ALL}>{strings.competencyAllClusters}</option>
            {library.clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name[language]}
              </option>
            ))}
          </Select>
        </Field>
        <Caption1 role="status" className={styles.count}>
          {formatString(strings.competencyFound, { count: picker.matches.length }, language)}
        </Caption1>
      </div>

      {picker.matches.length > 0 && (
        <div className={styles.results} id={ids.results}>
          <RadioGroup
            className={styles.radioGroup}
            aria-label={strings.competencyChoose}
            value={competency?.id ?? ""}
            onChange={(_event, data) => picker.select(data.value)}
          >
            {picker.matches.map((candidate) => (
              <Radio
                key={candidate.id}
                value={candidate.id}
                label={{
                  className: styles.radioLabel,
                  children: (
                    <>
                      <span>{candidate.name}</span>
                      <Caption1 className={styles.cluster}>{clusterName(candidate.cluster)}</Caption1>
                    </>
                  ),
                }}
              />
            ))}
          </RadioGroup>
        </div>
      )}

      {competency && (
        <section className={styles.details} aria-labelledby={ids.heading}>
          <h4 id={ids.heading} className={styles.detailsHeading}>
            {competency.name}
          </h4>
          <Body1 as="p" className={styles.definition}>
            {competency.definition[language]}
          </Body1>
          <Field
            label={{ children: strings.competencyLevel, htmlFor: ids.level }}
            hint={strings.competencyLevelHint}
          >
            <Select
              id={ids.level}
              value={picker.level}
              onChange={(_event, data) => picker.setLevel(data.value)}
            >
              {picker.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset className={styles.behaviours} aria-describedby={`${ids.behaviours}-hint`}>
            <legend className={styles.legend}>
              <Body1>{strings.competencyBehaviours}</Body1>
            </legend>
            <Caption1 id={`${ids.behaviours}-hint`} className={styles.count}>
              {formatString(strings.competencyBehavioursHint, {
                checked: picker.checked.length,
                total: picker.examples.length,
              })}
            </Caption1>
            {picker.examples.map((example) => (
              <Checkbox
                key={example}
                checked={picker.checked.includes(example)}
                onChange={(_event, data) => picker.toggle(example, data.checked === true)}
                label={{ className: styles.behaviourLabel, children: example }}
              />
            ))}
          </fieldset>

          {picker.alreadyThere && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{strings.competencyAlreadyThere}</MessageBarBody>
            </MessageBar>
          )}
          {plan?.warnings.map((warning, index) => (
            <MessageBar key={index} intent="warning" layout="multiline">
              <MessageBarBody>{warning[language]}</MessageBarBody>
            </MessageBar>
          ))}
          {picker.noPlace && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.competencyNeedsSection}</MessageBarBody>
            </MessageBar>
          )}
          {plan && <PlanPreview plan={plan} />}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={applying ? <Spinner size="extra-tiny" /> : <AddRegular />}
              disabledFocusable={!plan || picker.checked.length === 0 || session.busy !== null}
              onClick={() => plan && void session.apply(plan).then(focusLatest)}
            >
              {formatString(strings.competencyInsert, { name: competency.name })}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
