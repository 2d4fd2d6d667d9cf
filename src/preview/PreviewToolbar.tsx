import { Button, Caption1, Label, Select, ToggleButton } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DocumentRegular,
  DocumentTextRegular,
  FolderOpenRegular,
  PanelRightRegular,
} from "@fluentui/react-icons";
import { useId, useRef } from "react";
import type { Language } from "../core/common";
import { formatString, useStrings } from "../taskpane/i18n";
import type { ThemeKind } from "../taskpane/theme";
import { usePreviewStyles } from "./PreviewApp.styles";

export const THEME_KINDS: readonly ThemeKind[] = ["light", "dark", "highContrast"];

/** In a narrow window the document and the pane take turns: this is the one shown. */
export type PreviewView = "document" | "pane";

export interface PreviewToolbarProps {
  theme: ThemeKind;
  language: Language;
  fileName: string | null;
  unsaved: boolean;
  canDownload: boolean;
  view: PreviewView;
  onOpenFile(bytes: Uint8Array, name: string): void;
  onOpenSample(): void;
  onDownload(): void;
  onTheme(theme: ThemeKind): void;
  onLanguage(language: Language): void;
  onView(view: PreviewView): void;
}

const themeKeys = {
  light: "previewThemeLight",
  dark: "previewThemeDark",
  highContrast: "previewThemeHighContrast",
} as const;

/** The preview's own controls: open a file or the sample, download, theme, language, and (narrow) the view. */
export function PreviewToolbar(props: PreviewToolbarProps) {
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
            {props.unsaved && ` · ${strings.previewUnsaved}`}
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
          onChange={(value) => props.onTheme(value as ThemeKind)}
        />
        <LabelledSelect
          label={strings.previewLanguage}
          value={props.language}
          options={[
            { value: "nl", text: "Nederlands" },
            { value: "en", text: "English" },
          ]}
          onChange={(value) => props.onLanguage(value as Language)}
        />
      </div>
      {/* Only in a narrow window (see the styles): the document and the pane, one at a time. */}
      <div className={styles.viewSwitch} role="group" aria-label={strings.previewViewLabel}>
        <ToggleButton
          size="small"
          icon={<DocumentTextRegular />}
          checked={props.view === "document"}
          onClick={() => props.onView("document")}
        >
          {strings.previewShowDocument}
        </ToggleButton>
        <ToggleButton
          size="small"
          icon={<PanelRightRegular />}
          checked={props.view === "pane"}
          onClick={() => props.onView("pane")}
        >
          {strings.previewShowPane}
        </ToggleButton>
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
