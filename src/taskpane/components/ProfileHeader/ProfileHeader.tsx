import {
  Badge,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Select,
  Spinner,
  mergeClasses,
} from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  EyeOffRegular,
  QuestionCircleRegular,
} from "@fluentui/react-icons";
import { useId } from "react";
import { verdictText } from "../../../core/findings/verdict";
import { closestMatchText } from "../../../core/profile/match-text";
import { formatString, useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { SettingsButton } from "../SettingsDialog/SettingsButton";
import { DetectionDetails } from "./DetectionDetails";
import { useProfileHeaderStyles } from "./ProfileHeader.styles";

const AUTOMATIC = "";

/**
 * What the reviewer needs at a glance: the function title, ready to sign or not, how complete the profile
 * is, which template it is checked against (detected, or chosen), and the way to check again.
 */
export function ProfileHeader() {
  const session = useSession();
  const strings = useStrings();
  const styles = useProfileHeaderStyles();
  const selectId = useId();
  const { analysis, data, language } = session;
  if (!analysis || !data) return null;

  const { readiness, profile } = analysis;
  const percent = Math.round(readiness.completeness * 100);
  const best = profile.template.candidates[0];
  // The closest template by name and with what its score measures, as the CLI says it.
  const closest = best ? closestMatchText(best)[language] : null;
  const detected = session.templateOverride === null && analysis.template !== null;
  const checking = session.busy?.kind === "reading";

  const hint =
    session.templateOverride !== null
      ? closest
        ? formatString(strings.templateChosenHint, { match: closest })
        : strings.templateChosen
      : detected && closest
        ? formatString(strings.templateDetectedHint, { match: closest })
        : strings.templateNoneHint;

  return (
    <section className={styles.root} aria-label={strings.profileRegion}>
      <div className={styles.titleRow}>
        <div className={styles.titleBlock}>
          <Caption1 className={styles.eyebrow}>{strings.profileFunction}</Caption1>
          <h2 className={mergeClasses(styles.title, !profile.title?.text && styles.untitled)}>
            {session.isEmpty ? strings.profileEmpty : profile.title?.text || strings.profileUntitled}
          </h2>
        </div>
        <Button
          appearance="subtle"
          icon={checking ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
          aria-label={strings.recheck}
          title={strings.recheck}
          disabledFocusable={session.busy !== null}
          onClick={() => void session.recheck()}
        />
        <SettingsButton />
      </div>

      {/* An empty document has nothing to be ready or complete, nor a template to detect: the skeleton offer
          below is where its template is chosen. */}
      {!session.isEmpty && (
        <>
          <div className={styles.statusRow}>
            {analysis.template === null ? (
              // Without a template there is nothing to be complete against.
              <Badge appearance="tint" color="informative" icon={<QuestionCircleRegular />}>
                {strings.templateMissingBadge}
              </Badge>
            ) : readiness.verdict === "complete" ? (
              <Badge appearance="filled" color="success" icon={<CheckmarkCircleFilled />}>
                {verdictText(readiness, language)}
              </Badge>
            ) : readiness.verdict === "complete-with-ignored" ? (
              // Complete only because points were set aside: the reviewer must see that at a glance.
              <Badge appearance="tint" color="warning" icon={<EyeOffRegular />} className={styles.wrapBadge}>
                {verdictText(readiness, language)}
              </Badge>
            ) : (
              <Badge appearance="tint" color="danger" icon={<ErrorCircleFilled />}>
                {strings.notReadyToSign}
              </Badge>
            )}
            {analysis.template !== null && (
              <div className={styles.completeness}>
                <ProgressBar
                  className={styles.progress}
                  value={readiness.completeness}
                  thickness="large"
                  color={readiness.verdict === "complete" ? "success" : "brand"}
                  aria-label={formatString(strings.completenessLabel, { percent })}
                />
                <Caption1 className={styles.percent} aria-hidden>
                  {formatString(strings.completenessShort, { percent })}
                </Caption1>
              </div>
            )}
          </div>

          <Field
            label={{ children: strings.templateLabel, htmlFor: selectId }}
            hint={<span className={styles.templateHint}>{hint}</span>}
            size="small"
          >
            <Select
              id={selectId}
              className={styles.select}
              size="small"
              value={session.templateOverride ?? AUTOMATIC}
              onChange={(_event, choice) =>
                session.chooseTemplate(choice.value === AUTOMATIC ? null : choice.value)
              }
            >
              <option value={AUTOMATIC}>
                {session.templateOverride === null && analysis.template
                  ? formatString(strings.templateAutomaticDetected, {
                      name: analysis.template.name[language],
                    })
                  : strings.templateAutomatic}
              </option>
              {data.templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {data.customTemplateIds.includes(template.id)
                    ? formatString(strings.templateCustomOption, { name: template.name[language] })
                    : template.name[language]}
                </option>
              ))}
            </Select>
          </Field>
          <DetectionDetails match={profile.template} templates={data.templates} language={language} />
        </>
      )}
    </section>
  );
}
