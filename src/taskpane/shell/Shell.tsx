import { Caption1, FluentProvider, Tab, TabList, Title3 } from "@fluentui/react-components";
import { AddSquareRegular, TaskListSquareLtrRegular, TextBulletListTreeRegular } from "@fluentui/react-icons";
import { useEffect, useId, useState, type ReactElement, type ReactNode } from "react";
import type { Language, Message } from "../../core/common";
import type { HostAdapter } from "../../core/host";
import { StringsProvider, useStrings, type LanguageSetting } from "../i18n";
import { getFluentTheme, type ThemeKind } from "../theme";
import { EmptyState } from "./EmptyState";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorView, PlainErrorView } from "./ErrorView";
import { HostMessages } from "./HostMessages";
import { HostProvider } from "./HostProvider";
import { useShellStaticStyles, useShellStyles } from "./Shell.styles";
import type { ShellStatus } from "./status";
import { LoadingView, UnsupportedView } from "./StatusView";
import { SHELL_TABS, tabLabelKeys, type ShellTab } from "./tabs";

export interface ShellProps {
  /** The document the panes work on; null when there is none (yet). Panes read it with `useHost()`. */
  host: HostAdapter | null;
  language: Language;
  /**
   * Lets the user choose the pane's language under Instellingen (it overrides Office's display language);
   * without it the pane has no language switch.
   */
  languageSetting?: LanguageSetting;
  theme: ThemeKind;
  /** Defaults to ready; loading, unsupported and error replace the tabs. */
  status?: ShellStatus;
  /** The content of each tab; a tab without one shows an honest empty state. */
  panels?: Partial<Record<ShellTab, ReactNode>>;
  /**
   * What the ready state shows instead of the plain tabs (the task pane's workspace, which renders
   * `PaneTabs` itself under its profile header). Rendered inside the providers and the error boundary.
   */
  content?: ReactNode;
  initialTab?: ShellTab;
  /** A message under the header, e.g. that this is the browser preview. Rendered inside the providers. */
  notice?: ReactNode;
  /** Notes from the host about reading the document (not findings); shown under the header until dismissed. */
  messages?: readonly Message[];
  onDismissMessage?: (message: Message) => void;
  /** What "Opnieuw laden" does; reloads the page by default. */
  onReload?: () => void;
  /**
   * The pane is part of a larger page (the browser preview): its header and main are plain containers, so
   * the page keeps one banner and one main landmark of its own.
   */
  embedded?: boolean;
}

const tabIcons: Readonly<Record<ShellTab, ReactElement>> = {
  check: <TaskListSquareLtrRegular />,
  structure: <TextBulletListTreeRegular />,
  insert: <AddSquareRegular />,
};

const READY: ShellStatus = { kind: "ready" };
const NO_MESSAGES: readonly Message[] = [];

function ignoreDismiss(): void {}

function reloadPage(): void {
  window.location.reload();
}

/**
 * The frame every pane lives in: Fluent theme, strings in the user's language, the host, a header, the tabs,
 * and the states around them (loading, unsupported Word, error). A render error anywhere below the header
 * shows a friendly error with a reload button instead of a blank pane.
 */
export function Shell({
  host,
  language,
  languageSetting,
  theme,
  status = READY,
  panels,
  content,
  initialTab,
  notice,
  messages = NO_MESSAGES,
  onDismissMessage = ignoreDismiss,
  onReload = reloadPage,
  embedded = false,
}: ShellProps) {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ErrorBoundary
      fallback={(error) => <PlainErrorView error={error} language={language} onReload={onReload} />}
    >
      <ShellFrame language={language} theme={theme}>
        <StringsProvider language={language} setting={languageSetting ?? null}>
          <HostProvider host={host}>
            <ShellLayout
              embedded={embedded}
              notice={
                notice || messages.length > 0 ? (
                  <>
                    {notice}
                    <HostMessages messages={messages} onDismiss={onDismissMessage} />
                  </>
                ) : null
              }
            >
              <ErrorBoundary fallback={(error) => <ErrorView error={error} onReload={onReload} />}>
                <ShellBody
                  status={status}
                  panels={panels}
                  content={content}
                  initialTab={initialTab}
                  onReload={onReload}
                />
              </ErrorBoundary>
            </ShellLayout>
          </HostProvider>
        </StringsProvider>
      </ShellFrame>
    </ErrorBoundary>
  );
}

function ShellFrame({
  language,
  theme,
  children,
}: {
  language: Language;
  theme: ThemeKind;
  children: ReactNode;
}) {
  useShellStaticStyles();
  const styles = useShellStyles();
  return (
    <FluentProvider theme={getFluentTheme(theme)} lang={language} className={styles.provider}>
      {children}
    </FluentProvider>
  );
}

function ShellLayout({
  notice,
  embedded,
  children,
}: {
  notice: ReactNode;
  embedded: boolean;
  children: ReactNode;
}) {
  const strings = useStrings();
  const styles = useShellStyles();
  const Header = embedded ? "div" : "header";
  const Main = embedded ? "div" : "main";
  return (
    <div className={styles.root}>
      <Header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" width={32} height={32} />
        <div className={styles.headerText}>
          <Title3 as="h1" className={styles.title}>
            {strings.appName}
          </Title3>
          <Caption1>{strings.appTagline}</Caption1>
        </div>
      </Header>
      {notice && <div className={styles.notice}>{notice}</div>}
      <Main className={styles.main}>{children}</Main>
    </div>
  );
}

interface ShellBodyProps {
  status: ShellStatus;
  panels: ShellProps["panels"];
  content: ReactNode;
  initialTab: ShellTab | undefined;
  onReload: () => void;
}

function ShellBody({ status, panels, content, initialTab, onReload }: ShellBodyProps) {
  switch (status.kind) {
    case "loading":
      return <LoadingView />;
    case "unsupported":
      return <UnsupportedView reason={status.reason} />;
    case "error":
      return <ErrorView error={status.error} onReload={onReload} />;
    case "ready":
      return content ?? <PaneTabs panels={panels} initialTab={initialTab} />;
  }
}

export interface PaneTabsProps {
  panels: Partial<Record<ShellTab, ReactNode>> | undefined;
  initialTab?: ShellTab | undefined;
  /** Controlled use: the selected tab, and what happens when the user picks another. */
  selected?: ShellTab;
  onSelectedChange?: (tab: ShellTab) => void;
  /** A count or mark after a tab's name (e.g. the number of errors), also read out with its name. */
  badges?: Partial<Record<ShellTab, ReactNode>>;
}

/** The three tabs and their panels; every panel stays mounted so a pane keeps its state between visits. */
export function PaneTabs({
  panels,
  initialTab,
  selected: controlled,
  onSelectedChange,
  badges,
}: PaneTabsProps) {
  const strings = useStrings();
  const styles = useShellStyles();
  const idPrefix = useId();
  const [uncontrolled, setUncontrolled] = useState<ShellTab>(initialTab ?? "check");
  const selected = controlled ?? uncontrolled;
  // A panel is rendered from its first visit on, then kept: no work for tabs never opened, no state lost.
  const [visited, setVisited] = useState<ReadonlySet<ShellTab>>(() => new Set([selected]));
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));
  const tabId = (tab: ShellTab) => `${idPrefix}-tab-${tab}`;
  const panelId = (tab: ShellTab) => `${idPrefix}-panel-${tab}`;

  return (
    <>
      <TabList
        className={styles.tabList}
        size="small"
        selectedValue={selected}
        onTabSelect={(_event, data) => {
          const tab = data.value as ShellTab;
          setUncontrolled(tab);
          onSelectedChange?.(tab);
        }}
        aria-label={strings.tabListLabel}
      >
        {SHELL_TABS.map((tab) => (
          <Tab key={tab} value={tab} id={tabId(tab)} aria-controls={panelId(tab)} icon={tabIcons[tab]}>
            {strings[tabLabelKeys[tab]]}
            {badges?.[tab]}
          </Tab>
        ))}
      </TabList>
      {/* A visited panel stays mounted so a pane keeps its state (search text, scroll) when the user switches tabs. */}
      {SHELL_TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={panelId(tab)}
          aria-labelledby={tabId(tab)}
          hidden={tab !== selected}
          tabIndex={0}
          className={styles.panel}
        >
          {visited.has(tab) ? (panels?.[tab] ?? <EmptyState tab={tab} />) : null}
        </div>
      ))}
    </>
  );
}
