import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from "@fluentui/react-components";
import { EyeOffRegular } from "@fluentui/react-icons";
import { useId, useState, type FormEvent } from "react";
import type { Language } from "../../../core/common";
import { type Finding, IGNORE_REASONS, type IgnoreChoice } from "../../../core/findings/schema";
import { IGNORE_REASON_TEXT } from "../../../core/findings/verdict";
import { useStrings } from "../../i18n";
import { useFindingListStyles } from "./FindingList.styles";

/**
 * Asks why a finding is set aside before it is: a short reason and, if the reviewer wants, their own words.
 * An error asks for confirmation as well: an ignored error stays in the verdict as an ignored point.
 */
export function IgnoreForm(props: {
  finding: Finding;
  language: Language;
  disabled: boolean;
  onIgnore(choice: IgnoreChoice): void;
  onCancel(): void;
}) {
  const strings = useStrings();
  const styles = useFindingListStyles();
  const noteId = useId();
  const [reason, setReason] = useState<IgnoreChoice["reason"]>("niet-van-toepassing");
  const [note, setNote] = useState("");
  const [invalid, setInvalid] = useState(false);
  const isError = props.finding.severity === "error";

  function submit(event: FormEvent) {
    event.preventDefault();
    // "Anders" says nothing on its own: the reviewer's words are the reason then.
    if (reason === "anders" && note.trim() === "") {
      setInvalid(true);
      return;
    }
    props.onIgnore({ reason, note: note.trim() });
  }

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      {isError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.ignoreErrorWarning}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={strings.ignoreReasonLabel}>
        <RadioGroup
          value={reason ?? "anders"}
          onChange={(_event, data) => {
            setReason(data.value as IgnoreChoice["reason"]);
            setInvalid(false);
          }}
        >
          {IGNORE_REASONS.map((value, index) => (
            <Radio
              key={value}
              value={value}
              label={capitalise(IGNORE_REASON_TEXT[value][props.language])}
              autoFocus={index === 0}
            />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={{ children: strings.ignoreNoteLabel, htmlFor: noteId }}
        validationMessage={invalid ? strings.ignoreNoteRequired : undefined}
        validationState={invalid ? "error" : "none"}
      >
        <Textarea
          id={noteId}
          value={note}
          maxLength={500}
          resize="vertical"
          onChange={(_event, data) => {
            setNote(data.value);
            setInvalid(false);
          }}
        />
      </Field>
      <div className={styles.formActions}>
        <Button
          type="submit"
          appearance="primary"
          size="small"
          icon={<EyeOffRegular />}
          disabledFocusable={props.disabled}
        >
          {isError ? strings.ignoreConfirmError : strings.ignoreConfirm}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </form>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
