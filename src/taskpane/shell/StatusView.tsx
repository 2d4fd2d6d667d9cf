import { Body1, Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { formatString, useStrings } from "../i18n";
import { useShellStyles } from "./Shell.styles";
import type { UnsupportedReason } from "./status";

/** Shown until Office is ready; announced politely to screen readers. */
export function LoadingView() {
  const strings = useStrings();
  const styles = useShellStyles();
  return (
    <div className={styles.status} role="status">
      <Spinner label={strings.loading} labelPosition="below" />
    </div>
  );
}

/** Explains why Profielwijzer cannot run here and what to do about it. */
export function UnsupportedView({ reason }: { reason: UnsupportedReason }) {
  const strings = useStrings();
  const styles = useShellStyles();
  const text =
    reason.kind === "word-too-old"
      ? formatString(strings.unsupportedOldWord, { set: reason.set, version: reason.version })
      : reason.kind === "no-office"
        ? strings.unsupportedNoOffice
        : strings.unsupportedNotWord;
  return (
    <div className={styles.status}>
      <h2 className={styles.statusHeading}>{strings.unsupportedTitle}</h2>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
      {reason.kind !== "word-too-old" && (
        <Body1>
          <Link href="preview.html">{strings.unsupportedPreviewHint}</Link>
        </Body1>
      )}
    </div>
  );
}
