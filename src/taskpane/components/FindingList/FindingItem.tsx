import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  mergeClasses,
} from "@fluentui/react-components";
import {
  ArrowRightRegular,
  ArrowUndoRegular,
  CheckmarkRegular,
  DeleteRegular,
  EyeOffRegular,
  WrenchRegular,
} from "@fluentui/react-icons";
import { useId, useState, type FormEvent } from "react";
import type { Language } from "../../../core/common";
import type { Finding, IgnoreChoice } from "../../../core/findings/schema";
import { ignoreReasonText } from "../../../core/findings/verdict";
import { useStrings } from "../../i18n";
import { IgnoreForm } from "./IgnoreForm";
import { SeverityIcon } from "./SeverityIcon";
import { useFindingListStyles } from "./FindingList.styles";

export type FindingMode = "idle" | "placeholder" | "confirm" | "ignore";

export interface FindingItemProps {
  finding: Finding;
  /** The section's name in the template in use. */
  section: string | null;
  language: Language;
  /** Shown in the list of ignored findings: only "Ga naar" and "Terugzetten". */
  ignored?: boolean;
  /** Say the severity and section above the message (where no group heading says them already). */
  showContext?: boolean;
  mode: FindingMode;
  /** Another action is under way: the buttons wait. */
  disabled: boolean;
  /** This finding's own fix is being applied. */
  applying: boolean;
  onGoTo(): void;
  onFix(): void;
  /** Opens the form that asks why. */
  onIgnore(): void;
  onIgnoreConfirm(choice: IgnoreChoice): void;
  onRestore(): void;
  onCancel(): void;
  onReplace(text: string): void;
  /** Removes the placeholder's whole line, where the fix offers that. */
  onRemoveLine(): void;
  onConfirm(): void;
}

/** One finding: what is wrong, the text it is about, and what the user can do about it. */
export function FindingItem(props: FindingItemProps) {
  const {
    finding,
    section,
    language,
    ignored = false,
    showContext = false,
    mode,
    disabled,
    applying,
  } = props;
  const strings = useStrings();
  const styles = useFindingListStyles();
  const messageId = useId();
  const inputId = useId();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const message = finding.message[language];
  // The quoted text repeats the message when the message already names it ("Nog niet ingevuld: 'xxx' …").
  const quote = finding.text && !message.includes(finding.text) ? finding.text : null;
  const fix = finding.fix;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") {
      setInvalid(true);
      return;
    }
    props.onReplace(text.trim());
  }

  return (
    <div className={mergeClasses(styles.item, ignored ? styles.ignored : styles[finding.severity])}>
      {showContext && (
        <div className={styles.meta}>
          <SeverityIcon severity={finding.severity} />
          <Caption1>
            {strings[severityKey[finding.severity]]}
            {section ? ` · ${section}` : ""}
          </Caption1>
        </div>
      )}
      <Body1 as="p" id={messageId} className={styles.message}>
        {message}
      </Body1>
      {quote && (
        <Caption1 as="p" className={styles.quote}>
          {quote}
        </Caption1>
      )}
      {ignored && finding.ignored && (
        <Caption1 as="p" className={styles.reason}>
          {strings.ignoredBecause} {ignoreReasonText(finding, language)}
        </Caption1>
      )}

      {mode === "ignore" && (
        <IgnoreForm
          finding={finding}
          language={language}
          disabled={disabled}
          onIgnore={props.onIgnoreConfirm}
          onCancel={props.onCancel}
        />
      )}

      {mode === "placeholder" && fix?.kind === "replace-placeholder" && (
        <form className={styles.form} onSubmit={submit} noValidate>
          <Field
            label={{ children: fix.prompt[language], htmlFor: inputId }}
            validationMessage={invalid ? strings.fixReplaceEmpty : undefined}
            validationState={invalid ? "error" : "none"}
            hint={`${strings.fixReplacing} ${fix.expected}`}
          >
            <Input
              id={inputId}
              value={text}
              autoFocus
              onChange={(_event, data) => {
                setText(data.value);
                setInvalid(false);
              }}
              onKeyDown={(event) => {
                if (event.key === "Escape") {
                  event.preventDefault();
                  props.onCancel();
                }
              }}
            />
          </Field>
          <div className={styles.formActions}>
            <Button
              type="submit"
              appearance="primary"
              size="small"
              icon={applying ? <Spinner size="extra-tiny" /> : <CheckmarkRegular />}
              disabledFocusable={disabled}
            >
              {strings.fixReplace}
            </Button>
            {fix.remove && (
              <Button
                size="small"
                icon={<DeleteRegular />}
                disabledFocusable={disabled}
                onClick={props.onRemoveLine}
              >
                {strings.fixRemoveLine}
              </Button>
            )}
            <Button size="small" onClick={props.onCancel}>
              {strings.cancel}
            </Button>
          </div>
        </form>
      )}

      {mode === "confirm" && fix?.kind === "plan" && (
        <div className={styles.form}>
          {fix.plan.warnings.map((warning, index) => (
            <MessageBar key={index} intent="warning" layout="multiline">
              <MessageBarBody>{warning[language]}</MessageBarBody>
            </MessageBar>
          ))}
          <div className={styles.formActions}>
            <Button
              appearance="primary"
              size="small"
              icon={applying ? <Spinner size="extra-tiny" /> : <WrenchRegular />}
              disabledFocusable={disabled}
              onClick={props.onConfirm}
              autoFocus
            >
              {strings.fixConfirm}
            </Button>
            <Button size="small" onClick={props.onCancel}>
              {strings.cancel}
            </Button>
          </div>
        </div>
      )}

      {mode === "idle" && (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowRightRegular />}
            aria-describedby={messageId}
            onClick={props.onGoTo}
          >
            {strings.goTo}
          </Button>
          {!ignored && fix && (
            <Button
              appearance="subtle"
              size="small"
              icon={applying ? <Spinner size="extra-tiny" /> : <WrenchRegular />}
              aria-describedby={messageId}
              disabledFocusable={disabled}
              data-action="fix"
              onClick={props.onFix}
            >
              {strings.fix}
            </Button>
          )}
          <Button
            appearance="subtle"
            size="small"
            icon={ignored ? <ArrowUndoRegular /> : <EyeOffRegular />}
            aria-describedby={messageId}
            disabledFocusable={disabled}
            data-action={ignored ? "restore" : "ignore"}
            onClick={ignored ? props.onRestore : props.onIgnore}
          >
            {ignored ? strings.restore : strings.ignore}
          </Button>
        </div>
      )}
    </div>
  );
}

const severityKey = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
} as const;
