import {
  Body1,
  Button,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { describeError, PaneTabs, type ShellTab } from "../../shell";
import { formatString, useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { CheckPane } from "../CheckPane/CheckPane";
import { NoticeFocusProvider } from "../Notices/NoticeFocus";
import { Notices } from "../Notices/Notices";
import { ProfileHeader } from "../ProfileHeader/ProfileHeader";
import { LazyInsertPane, LazyStructureTree, PaneSuspense, preloadPanes } from "./lazy-panes";
import { LiveRegion } from "./LiveRegion";
import { useWorkspaceStyles } from "./Workspace.styles";

/**
 * Everything below the banner: the session's states (no document, reading, unreadable) and, once the profile
 * is read, its header, the notices and the three panes.
 */
export function Workspace({ emptyHint }: { emptyHint?: ReactNode }) {
  const session = useSession();
  const strings = useStrings();
  const styles = useWorkspaceStyles();
  const [tab, setTab] = useState<ShellTab>("check");
  const ready = session.status.kind === "ready";
  useEffect(() => {
    if (ready) preloadPanes();
  }, [ready]);
  const announcement = session.announcement
    ? { id: session.announcement.id, text: session.announcement.text[session.language] }
    : null;

  switch (session.status.kind) {
    case "idle":
      return (
        <div className={styles.state}>
          <Subtitle2 as="h2" className={styles.stateHeading}>
            {strings.noDocumentTitle}
          </Subtitle2>
          <Body1 as="p" className={styles.muted}>
            {emptyHint ?? strings.noDocumentBody}
          </Body1>
        </div>
      );
    case "reading":
      return (
        <div className={styles.state} role="status">
          <Spinner label={strings.reading} labelPosition="below" />
        </div>
      );
    case "failed":
      return <ReadFailed error={session.status.error} onRetry={() => void session.recheck()} />;
    case "ready":
      break;
  }

  // An empty document shows no findings (it offers the template instead), so its tab counts none either.
  const errors = session.isEmpty ? 0 : (session.analysis?.readiness.counts.error ?? 0);
  return (
    <NoticeFocusProvider>
      <div className={styles.root}>
        <ProfileHeader />
        <Notices />
        <PaneTabs
          selected={tab}
          onSelectedChange={setTab}
          badges={{
            check:
              errors > 0 ? (
                <>
                  <CounterBadge
                    className={styles.tabCount}
                    count={errors}
                    size="small"
                    color="danger"
                    aria-hidden
                  />
                  <span className={styles.visuallyHidden}>
                    {formatString(strings.tabErrorCount, { count: errors }, session.language)}
                  </span>
                </>
              ) : undefined,
          }}
          panels={{
            check: <CheckPane />,
            structure: (
              <PaneSuspense>
                <LazyStructureTree />
              </PaneSuspense>
            ),
            insert: (
              <PaneSuspense>
                <LazyInsertPane />
              </PaneSuspense>
            ),
          }}
        />
        <LiveRegion message={announcement} />
      </div>
    </NoticeFocusProvider>
  );
}

/** The document could not be read: the reader's own words, and a way to try again. */
function ReadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const session = useSession();
  const strings = useStrings();
  const styles = useWorkspaceStyles();
  const description = describeError(error, session.language);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className={styles.state} role="alert">
      <h2 className={styles.focusHeading} ref={heading} tabIndex={-1}>
        {strings.readFailedTitle}
      </h2>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{description.summary}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p" className={styles.muted}>
        {session.host?.kind === "docx" ? strings.readFailedFileHint : strings.readFailedWordHint}
      </Body1>
      {session.host?.kind !== "docx" && (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {strings.retry}
          </Button>
        </div>
      )}
    </div>
  );
}
