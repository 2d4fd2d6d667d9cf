import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { CheckmarkCircleFilled, CommentAddRegular, CopyRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { formatString, useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { FindingList, IgnoredFindingList } from "../FindingList/FindingList";
import { SkeletonOffer } from "../TemplateOffers/SkeletonOffer";
import { TemplateChooser } from "../TemplateOffers/TemplateChooser";
import { useCheckPaneStyles } from "./CheckPane.styles";
import { useChecklistCopy } from "./useChecklistCopy";
import { DismissButton } from "../DismissButton/DismissButton";
import { ExpandButton } from "../Disclosure/ExpandButton";
import { verdictText } from "../../../core/findings/verdict";

/**
 * Controle: the findings by severity, what to do about each, the checklist for the clipboard, the findings
 * as Word comments, and the ignored findings to bring back. States: empty document (offer the template),
 * no template matched (choose one), nothing left to fix (ready to sign).
 */
export function CheckPane() {
  const session = useSession();
  const strings = useStrings();
  const styles = useCheckPaneStyles();
  const copy = useChecklistCopy(session.checklistText);
  // Shown open when the verdict rests on them: the reviewer reads what was set aside and why.
  const verdict = session.analysis?.readiness.verdict;
  const [showIgnored, setShowIgnored] = useState(verdict === "complete-with-ignored");
  // Also when the verdict comes to rest on them (the last open point was just ignored).
  const [shownVerdict, setShownVerdict] = useState(verdict);
  if (verdict !== shownVerdict) {
    setShownVerdict(verdict);
    if (verdict === "complete-with-ignored") setShowIgnored(true);
  }
  const ignoredId = useId();
  const { analysis, language } = session;
  if (!analysis) return null;

  const { findings, ignoredFindings, readiness } = analysis;
  const addingComments = session.busy?.kind === "adding-comments";
  const messages = session.readMessages;

  return (
    <div className={styles.root}>
      {session.isEmpty && <SkeletonOffer />}
      {!session.isEmpty && analysis.template === null && <TemplateChooser />}

      {!session.isEmpty && (
        <div className={styles.toolbar}>
          <Button
            size="small"
            icon={addingComments ? <Spinner size="extra-tiny" /> : <CommentAddRegular />}
            disabledFocusable={session.busy !== null}
            onClick={() => void session.addComments(findings)}
          >
            {strings.addComments}
          </Button>
          <Button size="small" icon={<CopyRegular />} onClick={() => void copy.copy()}>
            {strings.copyChecklist}
          </Button>
        </div>
      )}

      {copy.state.kind === "copied" && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.copyDone}</MessageBarBody>
          <MessageBarActions
            containerAction={<DismissButton label={strings.dismiss} onClick={copy.close} />}
          />
        </MessageBar>
      )}
      {copy.state.kind === "fallback" && (
        <div className={styles.fallback}>
          <Field label={strings.copyFallbackLabel} hint={strings.copyFallbackHint}>
            <Textarea
              className={styles.fallbackText}
              value={copy.state.text}
              readOnly
              resize="vertical"
              rows={10}
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
            />
          </Field>
          <div>
            <Button size="small" onClick={copy.close}>
              {strings.close}
            </Button>
          </div>
        </div>
      )}

      {!session.isEmpty && readiness.verdict === "complete" && findings.length === 0 && (
        <div className={styles.ready} role="status">
          <CheckmarkCircleFilled className={styles.readyIcon} aria-hidden />
          <Subtitle2 as="h3" className={styles.readyHeading}>
            {verdictText(readiness, session.language)}
          </Subtitle2>
          <Body1 as="p" className={styles.muted}>
            {strings.readyBody}
          </Body1>
        </div>
      )}
      {!session.isEmpty && readiness.verdict === "complete" && findings.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{strings.readyWithRemarks}</MessageBarBody>
        </MessageBar>
      )}
      {!session.isEmpty && readiness.verdict === "complete-with-ignored" && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            {verdictText(readiness, session.language)}. {strings.readyWithIgnored}
          </MessageBarBody>
        </MessageBar>
      )}

      {/* An empty document has one "finding" (no template matches it); the skeleton offer says it better. */}
      {findings.length > 0 && !session.isEmpty && <FindingList findings={findings} />}

      {ignoredFindings.length > 0 && (
        <section className={styles.section}>
          <div>
            <ExpandButton
              open={showIgnored}
              controls={ignoredId}
              onToggle={() => setShowIgnored((current) => !current)}
            >
              {formatString(showIgnored ? strings.ignoredHide : strings.ignoredShow, {
                count: ignoredFindings.length,
              })}
            </ExpandButton>
          </div>
          {showIgnored && (
            <div id={ignoredId}>
              <IgnoredFindingList findings={ignoredFindings} />
            </div>
          )}
        </section>
      )}

      {messages.length > 0 && (
        <section className={styles.section} aria-label={strings.readMessagesTitle}>
          <h3 className={styles.sectionHeading}>
            {formatString(strings.readMessagesHeading, { count: messages.length })}
          </h3>
          <ul className={styles.messages}>
            {messages.map((message, index) => (
              <li key={`${message.code}-${index}`}>
                <Body1>{message.text[language]}</Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
