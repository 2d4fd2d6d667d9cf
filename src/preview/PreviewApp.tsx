import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Spinner,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Language, Location } from "../core/common";
import type { DocumentSnapshot } from "../core/snapshot/schema";
import type { DocumentComment } from "../hosts/docx/docx-host";
import { DismissButton } from "../taskpane/components/DismissButton/DismissButton";
import { catalogues, formatString, StringsProvider, useStrings } from "../taskpane/i18n";
import { describeError } from "../taskpane/shell";
import { TaskPane } from "../taskpane/TaskPane";
import { getFluentTheme, type ThemeKind } from "../taskpane/theme";
import { DocumentView } from "./DocumentView/DocumentView";
import { NARROW_QUERY } from "./layout";
import { usePreviewStaticStyles, usePreviewStyles } from "./PreviewApp.styles";
import { PreviewToolbar, type PreviewView } from "./PreviewToolbar";
import { usePreviewDocument, type OpenFailure } from "./usePreviewDocument";

export { THEME_KINDS } from "./PreviewToolbar";

export interface PreviewPreferences {
  theme: ThemeKind;
  /** The language the user chose (in the toolbar or under the pane's Instellingen); null follows the browser. */
  language: Language | null;
}

export interface PreviewAppProps {
  initialTheme: ThemeKind;
  /** The language chosen before (kept in the address), or null to follow `automaticLanguage`. */
  initialLanguage: Language | null;
  /** The language without a choice: the browser's, as the pane in Word follows Office's. */
  automaticLanguage: Language;
  /** The sample's bytes, already on their way (started before React renders, to save a round trip). */
  sample: Promise<Uint8Array>;
  /** Called when the user picks a theme or language, to keep them in the address (a reload keeps them). */
  onPreferences?: (preferences: PreviewPreferences) => void;
}

/**
 * The browser preview: the real task pane (same components, same session) on a .docx file, beside the document
 * rendered as text and tables (in a narrow window: one of the two at a time). Opens the built-in sample at once;
 * the user can open their own file and download the edited one.
 */
export function PreviewApp(props: PreviewAppProps) {
  usePreviewStaticStyles();
  const styles = usePreviewStyles();
  const [theme, setTheme] = useState(props.initialTheme);
  const [preference, setPreference] = useState(props.initialLanguage);
  const language = preference ?? props.automaticLanguage;
  const strings = catalogues[language];
  const [view, setView] = useState<PreviewView>("pane");
  const documentArea = useRef<HTMLElement>(null);
  const preview = usePreviewDocument(props.sample, {
    confirmReplace: (current) =>
      window.confirm(formatString(strings.previewReplaceConfirm, { name: current.name })),
    editedSuffix: strings.previewEditedSuffix,
    onReveal: () => {
      // In a narrow window "Ga naar" shows the document, with focus on it, so the marked text is in view.
      if (!window.matchMedia?.(NARROW_QUERY).matches) return;
      setView("document");
      requestAnimationFrame(() => documentArea.current?.querySelector<HTMLElement>("[role=region]")?.focus());
    },
  });
  const { opened } = preview;

  function changePreferences(next: Partial<PreviewPreferences>) {
    const chosen = { theme: next.theme ?? theme, language: "language" in next ? next.language! : preference };
    setTheme(chosen.theme);
    setPreference(chosen.language);
    props.onPreferences?.(chosen);
  }

  return (
    <FluentProvider theme={getFluentTheme(theme)} lang={language} className={styles.provider}>
      <StringsProvider language={language}>
        <div className={styles.root}>
          <PreviewToolbar
            theme={theme}
            language={language}
            fileName={opened?.name ?? null}
            unsaved={opened?.unsaved ?? false}
            canDownload={opened !== null}
            view={view}
            onOpenFile={(bytes, name) => void preview.open(bytes, name)}
            onOpenSample={() => void preview.openSample()}
            onDownload={preview.download}
            onTheme={(kind) => changePreferences({ theme: kind })}
            onLanguage={(chosen) => changePreferences({ language: chosen })}
            onView={setView}
          />
          {preview.failure && (
            <OpenFailed failure={preview.failure} language={language} onDismiss={preview.dismissFailure} />
          )}
          <div className={styles.body}>
            <main
              ref={documentArea}
              className={mergeClasses(styles.document, view !== "document" && styles.hiddenWhenNarrow)}
            >
              <DocumentArea
                loading={preview.loading}
                sampleError={preview.sampleError}
                snapshot={preview.snapshot}
                comments={preview.comments}
                revealed={preview.revealed}
                inserted={preview.inserted}
                onSelect={preview.select}
              />
            </main>
            <aside
              className={mergeClasses(styles.pane, view !== "pane" && styles.hiddenWhenNarrow)}
              aria-label={strings.previewPaneLabel}
            >
              <TaskPane
                host={opened?.host ?? null}
                language={language}
                languageSetting={{
                  preference,
                  automatic: props.automaticLanguage,
                  onChange: (chosen) => changePreferences({ language: chosen }),
                }}
                theme={theme}
                embedded
                messages={preview.messages}
                onDismissMessage={preview.dismissMessage}
                emptyHint={strings.previewEmptyHint}
              />
            </aside>
          </div>
        </div>
      </StringsProvider>
    </FluentProvider>
  );
}

/** A file the user chose could not be opened: the reader's words, and that the open document is untouched. */
function OpenFailed({
  failure,
  language,
  onDismiss,
}: {
  failure: OpenFailure;
  language: Language;
  onDismiss(): void;
}) {
  const strings = useStrings();
  const styles = usePreviewStyles();
  return (
    <div className={styles.failure}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>
            {formatString(strings.previewOpenFailedTitle, { name: failure.name })}
          </MessageBarTitle>{" "}
          {describeError(failure.error, language).summary}{" "}
          {failure.kept
            ? formatString(strings.previewOpenFailedKept, { name: failure.kept })
            : strings.previewOpenFailedNone}
        </MessageBarBody>
        <MessageBarActions containerAction={<DismissButton label={strings.dismiss} onClick={onDismiss} />} />
      </MessageBar>
    </div>
  );
}

interface DocumentAreaProps {
  loading: boolean;
  sampleError: string | null;
  snapshot: DocumentSnapshot | null;
  comments: readonly DocumentComment[];
  revealed: Location | null;
  inserted: readonly Location[];
  onSelect(location: Location): void;
}

function DocumentArea({ loading, sampleError, snapshot, ...view }: DocumentAreaProps) {
  const strings = useStrings();
  const styles = usePreviewStyles();
  if (snapshot) return <DocumentView snapshot={snapshot} {...view} />;
  if (sampleError) {
    return (
      <div className={styles.message}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {formatString(strings.previewSampleFailed, { detail: sampleError })}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (loading) {
    return (
      <div className={styles.message} role="status">
        <Spinner label={strings.previewLoading} />
      </div>
    );
  }
  return (
    <div className={styles.message}>
      <Body1>{strings.previewNoDocument}</Body1>
    </div>
  );
}
