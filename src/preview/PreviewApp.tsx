import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";
import type { Language, Location, Message } from "../core/common";
import type { DocumentSnapshot } from "../core/snapshot/schema";
import { formatString, StringsProvider, useStrings } from "../taskpane/i18n";
import { TaskPane } from "../taskpane/TaskPane";
import { getFluentTheme, type ThemeKind } from "../taskpane/theme";
import { DocumentView } from "./DocumentView/DocumentView";
import { downloadBytes, fetchSample, openDocument, SAMPLE_NAME } from "./open-document";
import { usePreviewStaticStyles, usePreviewStyles } from "./PreviewApp.styles";
import type { PreviewHost } from "./preview-host";

export const THEME_KINDS: readonly ThemeKind[] = ["light", "dark", "highContrast"];

interface OpenDocument {
  host: PreviewHost;
  name: string;
}

export interface PreviewAppProps {
  initialTheme: ThemeKind;
  initialLanguage: Language;
  /** The sample's bytes, already on their way (started before React renders, to save a round trip). */
  sample: Promise<Uint8Array>;
  /** Called when the user picks a theme or language, to keep them in the address (a reload keeps them). */
  onPreferences?: (preferences: { theme: ThemeKind; language: Language }) => void;
}

/**
 * The browser preview: the real task pane (same components, same session) on a .docx file, beside the document
 * rendered as text and tables. Opens the built-in sample at once; the user can open their own file and
 * download the edited one.
 */
export function PreviewApp({ initialTheme, initialLanguage, sample, onPreferences }: PreviewAppProps) {
  usePreviewStaticStyles();
  const styles = usePreviewStyles();
  const [theme, setTheme] = useState(initialTheme);
  const [language, setLanguage] = useState(initialLanguage);
  const [opened, setOpened] = useState<OpenDocument | null>(null);
  const [loading, setLoading] = useState(true);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [revealed, setRevealed] = useState<Location | null>(null);
  const [inserted, setInserted] = useState<readonly Location[]>([]);
  const [messages, setMessages] = useState<readonly Message[]>([]);
  const openCount = useRef(0);

  async function open(bytes: Uint8Array, name: string) {
    const token = ++openCount.current;
    const current = () => token === openCount.current;
    const host = await openDocument(bytes, name, {
      onSnapshot: (next) => current() && setSnapshot(next),
      onApplied: (outcome) => {
        if (!current()) return;
        setInserted(outcome.inserted);
        setRevealed(null);
      },
      onReveal: (location) => current() && setRevealed(location),
      onMessage: (message) => current() && setMessages((shown) => [...shown, message]),
    });
    if (!current()) return;
    setSnapshot(null);
    setRevealed(null);
    setInserted([]);
    setMessages([]);
    setOpened({ host, name });
    setLoading(false);
  }

  async function openSample() {
    try {
      await open(await fetchSample(), SAMPLE_NAME);
      setSampleError(null);
    } catch (error) {
      setSampleError(error instanceof Error ? error.message : String(error));
      setLoading(false);
    }
  }

  useEffect(() => {
    // On start (the sample promise never changes): the sample is the document until the user opens another.
    // Every state change waits for the fetch, so nothing is set synchronously here.
    sample.then(
      (bytes) => open(bytes, SAMPLE_NAME),
      (error: unknown) => {
        setSampleError(error instanceof Error ? error.message : String(error));
        setLoading(false);
      },
    );
  }, [sample]);

  function changePreferences(next: { theme?: ThemeKind; language?: Language }) {
    const preferences = { theme: next.theme ?? theme, language: next.language ?? language };
    setTheme(preferences.theme);
    setLanguage(preferences.language);
    onPreferences?.(preferences);
  }

  return (
    <FluentProvider theme={getFluentTheme(theme)} lang={language} className={styles.provider}>
      <StringsProvider language={language}>
        <div className={styles.root}>
          <PreviewToolbar
            theme={theme}
            language={language}
            fileName={opened?.name ?? null}
            canDownload={opened?.host.hasFile ?? false}
            onOpenFile={(bytes, name) => {
              setLoading(true);
              void open(bytes, name);
            }}
            onOpenSample={() => {
              setLoading(true);
              void openSample();
            }}
            onDownload={() => {
              const bytes = opened?.host.bytes();
              if (bytes && opened) downloadBytes(bytes, opened.name);
            }}
            onPreferences={changePreferences}
          />
          <div className={styles.body}>
            <main className={styles.document}>
              <DocumentArea
                loading={loading}
                sampleError={sampleError}
                snapshot={snapshot}
                revealed={revealed}
                inserted={inserted}
                onSelect={(location) => {
                  setRevealed(location);
                  opened?.host.select(location);
                }}
              />
            </main>
            <PaneColumn
              opened={opened}
              language={language}
              theme={theme}
              messages={messages}
              onDismissMessage={(message) => setMessages((shown) => shown.filter((item) => item !== message))}
            />
          </div>
        </div>
      </StringsProvider>
    </FluentProvider>
  );
}

interface PaneColumnProps {
  opened: OpenDocument | null;
  language: Language;
  theme: ThemeKind;
  messages: readonly Message[];
  onDismissMessage(message: Message): void;
}

function PaneColumn({ opened, language, theme, messages, onDismissMessage }: PaneColumnProps) {
  const strings = useStrings();
  const styles = usePreviewStyles();
  return (
    <aside className={styles.pane} aria-label={strings.previewPaneLabel}>
      <TaskPane
        host={opened?.host ?? null}
        language={language}
        theme={theme}
        embedded
        messages={messages}
        onDismissMessage={onDismissMessage}
        emptyHint={strings.previewEmptyHint}
      />
    </aside>
  );
}

interface DocumentAreaProps {
  loading: boolean;
  sampleError: string | null;
  snapshot: DocumentSnapshot | null;
  revealed: Location | null;
  inserted: readonly Location[];
  onSelect(location: Location): void;
}

function DocumentArea({ loading, sampleError, snapshot, revealed, inserted, onSelect }: DocumentAreaProps) {
  const strings = useStrings();
  const styles = usePreviewStyles();
  if (snapshot)
    return <DocumentView snapshot={snapshot} revealed={revealed} inserted={inserted} onSelect={onSelect} />;
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

interface PreviewToolbarProps {
  theme: ThemeKind;
  language: Language;
  fileName: string | null;
  canDownload: boolean;
  onOpenFile(bytes: Uint8Array, name: string): void;
  onOpenSample(): void;
  onDownload(): void;
  onPreferences(next: { theme?: ThemeKind; language?: Language }): void;
}

const themeKeys = {
  light: "previewThemeLight",
  dark: "previewThemeDark",
  highContrast: "previewThemeHighContrast",
} as const;

function PreviewToolbar(props: PreviewToolbarProps) {
  const strings = useStrings();
  const styles = usePreviewStyles();
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className={styles.toolbar}>
      <div className={styles.brand}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <div className={styles.brandText}>
          <h1 className={styles.title}>{strings.previewTitle}</h1>
          <Caption1 className={styles.fileName}>
            {props.fileName
              ? formatString(strings.previewFile, { name: props.fileName })
              : strings.previewNoDocument}
          </Caption1>
        </div>
      </div>
      <div className={styles.actions}>
        <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
          {strings.previewOpen}
        </Button>
        <input
          ref={fileInput}
          className={styles.fileInput}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={strings.previewOpen}
          tabIndex={-1}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            void file.arrayBuffer().then((buffer) => {
              props.onOpenFile(new Uint8Array(buffer), file.name);
              input.value = "";
            });
          }}
        />
        <Button icon={<DocumentRegular />} onClick={props.onOpenSample}>
          {strings.previewSample}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={!props.canDownload} onClick={props.onDownload}>
          {strings.previewDownload}
        </Button>
        <LabelledSelect
          label={strings.previewTheme}
          value={props.theme}
          options={THEME_KINDS.map((kind) => ({ value: kind, text: strings[themeKeys[kind]] }))}
          onChange={(value) => props.onPreferences({ theme: value as ThemeKind })}
        />
        <LabelledSelect
          label={strings.previewLanguage}
          value={props.language}
          options={[
            { value: "nl", text: "Nederlands" },
            { value: "en", text: "English" },
          ]}
          onChange={(value) => props.onPreferences({ language: value as Language })}
        />
      </div>
    </header>
  );
}

/** A small labelled drop-down of the preview's toolbar (theme, language). */
function LabelledSelect(props: {
  label: string;
  value: string;
  options: { value: string; text: string }[];
  onChange: (value: string) => void;
}) {
  const styles = usePreviewStyles();
  const id = useId();
  return (
    <div className={styles.select}>
      <Label htmlFor={id} size="small">
        {props.label}
      </Label>
      <Select
        id={id}
        size="small"
        value={props.value}
        onChange={(_event, data) => props.onChange(data.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </Select>
    </div>
  );
}
