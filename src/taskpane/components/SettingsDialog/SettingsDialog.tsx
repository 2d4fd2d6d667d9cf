import {
  Body1,
  Button,
  Caption1,
  Dialog,
  Field,
  Select,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  ArrowUploadRegular,
  ArrowUndoRegular,
  DocumentAddRegular,
} from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { LocalisedText } from "../../../core/common";
import { formatString, useLanguageSetting, useStrings } from "../../i18n";
import { localiseKey, type LoadOutcome } from "../../session/session-controller";
import { useSession } from "../../session/SessionContext";
import { readFileText } from "./read-file-text";
import { useSettingsDialogStyles } from "./SettingsDialog.styles";

type Kind = "template" | "library";

/**
 * Which templates and which competency library are in use, and loading an organisation's own (JSON). A wrong
 * file gets the loader's message, which names the field that is wrong; nothing else changes then. Loaded
 * lazily (see SettingsButton): the dialog is not needed for the pane's first paint.
 */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const session = useSession();
  const strings = useStrings();
  const styles = useSettingsDialogStyles();
  const [outcome, setOutcome] = useState<{ kind: Kind; ok: boolean; text: LocalisedText } | null>(null);
  const templateInput = useRef<HTMLInputElement>(null);
  const libraryInput = useRef<HTMLInputElement>(null);
  const templatesHeading = useId();
  const libraryHeading = useId();
  const fromDocumentHint = useId();
  const { data, language } = session;
  // The template made from the document, as a file to download (its object URL is freed on close).
  const [download, setDownload] = useState<string | null>(null);
  useEffect(() => () => void (download && URL.revokeObjectURL(download)), [download]);

  function templateFromDocument() {
    const result = session.templateFromDocument();
    setOutcome(
      result.ok
        ? { kind: "template", ok: true, text: result.text }
        : { kind: "template", ok: false, text: result.error },
    );
    if (result.ok && result.json)
      setDownload(URL.createObjectURL(new Blob([result.json], { type: "application/json" })));
  }

  async function load(kind: Kind, files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    let result: LoadOutcome;
    try {
      const text = await readFileText(file);
      result = kind === "template" ? session.loadTemplate(text) : session.loadLibrary(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      result = { ok: false, error: localiseKey("settingsReadFailed", { detail }) };
    }
    setOutcome(result.ok ? { kind, ok: true, text: result.text } : { kind, ok: false, text: result.error });
  }

  function fileInput(kind: Kind, ref: RefObject<HTMLInputElement | null>, label: string) {
    return (
      <input
        ref={ref}
        className={styles.fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={label}
        tabIndex={-1}
        onChange={(event) => {
          const input = event.currentTarget;
          void load(kind, input.files).finally(() => {
            // The same file may be chosen again after it was fixed.
            input.value = "";
          });
        }}
      />
    );
  }

  const custom = data && (data.customTemplateIds.length > 0 || data.customLibrary);

  return (
    <Dialog open onOpenChange={(_event, state) => !state.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{strings.settingsTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            {outcome && (
              <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline" role="alert">
                <MessageBarBody>{outcome.text[language]}</MessageBarBody>
              </MessageBar>
            )}
            <LanguageChoice />
            <section className={styles.group} aria-labelledby={templatesHeading}>
              <h3 id={templatesHeading} className={styles.groupHeading}>
                {strings.settingsTemplates}
              </h3>
              {data && (
                <ul className={styles.list}>
                  {data.templates.map((template) => (
                    <li key={template.id}>
                      <Body1>
                        {formatString(
                          data.customTemplateIds.includes(template.id)
                            ? strings.settingsTemplateCustom
                            : strings.settingsTemplateBuiltIn,
                          { name: template.name[language], version: template.version },
                        )}
                      </Body1>
                    </li>
                  ))}
                </ul>
              )}
              <div className={styles.actions}>
                <Button icon={<ArrowUploadRegular />} onClick={() => templateInput.current?.click()}>
                  {strings.settingsLoadTemplate}
                </Button>
                <Button
                  icon={<DocumentAddRegular />}
                  aria-describedby={fromDocumentHint}
                  onClick={templateFromDocument}
                >
                  {strings.settingsFromDocument}
                </Button>
                {download && (
                  <Button
                    as="a"
                    appearance="subtle"
                    icon={<ArrowDownloadRegular />}
                    href={download}
                    download="eigen-huisstijl.json"
                  >
                    {strings.settingsDownloadTemplate}
                  </Button>
                )}
              </div>
              <Caption1 id={fromDocumentHint} className={styles.muted}>
                {strings.settingsFromDocumentHint}
              </Caption1>
              {fileInput("template", templateInput, strings.settingsLoadTemplate)}
            </section>
            <section className={styles.group} aria-labelledby={libraryHeading}>
              <h3 id={libraryHeading} className={styles.groupHeading}>
                {strings.settingsLibrary}
              </h3>
              {data && (
                <Body1>
                  {formatString(
                    data.customLibrary ? strings.settingsLibraryCustom : strings.settingsLibraryBuiltIn,
                    {
                      name: data.library.name[language],
                      version: data.library.version,
                      count: data.library.competencies.length,
                    },
                    language,
                  )}
                </Body1>
              )}
              <div className={styles.actions}>
                <Button icon={<ArrowUploadRegular />} onClick={() => libraryInput.current?.click()}>
                  {strings.settingsLoadLibrary}
                </Button>
              </div>
              {fileInput("library", libraryInput, strings.settingsLoadLibrary)}
            </section>
            <Caption1 className={styles.muted}>{strings.settingsSessionOnly}</Caption1>
          </DialogContent>
          <DialogActions>
            {custom && (
              <Button
                icon={<ArrowUndoRegular />}
                onClick={() => {
                  session.resetData();
                  setOutcome({ kind: "template", ok: true, text: localiseKey("settingsResetDone") });
                }}
              >
                {strings.settingsReset}
              </Button>
            )}
            <Button appearance="primary" onClick={onClose}>
              {strings.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The languages by their own names, as a language menu shows them. */
const LANGUAGE_NAMES = { nl: "Nederlands", en: "English" } as const;
const AUTOMATIC = "auto";

/** The pane's language: automatic (Office's display language) or one the user picks, which overrides it. */
function LanguageChoice() {
  const setting = useLanguageSetting();
  const strings = useStrings();
  const styles = useSettingsDialogStyles();
  const id = useId();
  if (!setting) return null;
  return (
    <Field
      label={{ children: strings.settingsLanguage, htmlFor: id }}
      hint={strings.settingsLanguageHint}
      className={styles.group}
    >
      <Select
        id={id}
        className={styles.select}
        value={setting.preference ?? AUTOMATIC}
        onChange={(_event, data) =>
          setting.onChange(data.value === "nl" || data.value === "en" ? data.value : null)
        }
      >
        <option value={AUTOMATIC}>
          {formatString(strings.settingsLanguageAutomatic, { language: LANGUAGE_NAMES[setting.automatic] })}
        </option>
        <option value="nl">{LANGUAGE_NAMES.nl}</option>
        <option value="en">{LANGUAGE_NAMES.en}</option>
      </Select>
    </Field>
  );
}
