import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { Language } from "../../core/common";
import { catalogues, formatString, useLanguage, useStrings } from "../i18n";
import { describeError } from "./describe-error";
import { useShellStyles } from "./Shell.styles";

interface ErrorViewProps {
  error: unknown;
  onReload: () => void;
}

/** The friendly error: what happened in plain words, the details for support, and a way out. */
export function ErrorView({ error, onReload }: ErrorViewProps) {
  const strings = useStrings();
  const language = useLanguage();
  const styles = useShellStyles();
  const description = describeError(error, language);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Keyboard and screen-reader users land on the message instead of on a control that no longer exists.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className={styles.status} role="alert">
      <h2 className={styles.statusHeading} ref={headingRef} tabIndex={-1}>
        {strings.errorTitle}
      </h2>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{description.summary}</MessageBarTitle>
          {strings.errorBody}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onReload}>
          {strings.errorReload}
        </Button>
      </div>
      <details className={styles.details}>
        <summary>
          <Body1>{strings.errorDetails}</Body1>
        </summary>
        {description.code && (
          <Caption1 as="p">{formatString(strings.errorCode, { code: description.code })}</Caption1>
        )}
        <pre className={styles.detailsText}>{description.details}</pre>
      </details>
    </div>
  );
}

/**
 * The last resort when even Fluent UI failed to render: plain HTML, no theme, no context, so it cannot fail
 * for the same reason.
 */
export function PlainErrorView({ error, language, onReload }: ErrorViewProps & { language: Language }) {
  const strings = catalogues[language];
  const description = describeError(error, language);
  return (
    <div role="alert" style={{ padding: "12px", fontFamily: "system-ui, sans-serif" }}>
      <h2>{strings.errorTitle}</h2>
      <p>
        <strong>{description.summary}</strong>
      </p>
      <p>{strings.errorBody}</p>
      <button type="button" onClick={onReload}>
        {strings.errorReload}
      </button>
      <details>
        <summary>{strings.errorDetails}</summary>
        {description.code && <p>{formatString(strings.errorCode, { code: description.code })}</p>}
        <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{description.details}</pre>
      </details>
    </div>
  );
}
