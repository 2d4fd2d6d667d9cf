import type { Analysis } from "../../core/analyse";
import {
  isProfielwijzerError,
  type Language,
  type LocalisedText,
  type Location,
  type Message,
} from "../../core/common";
import type { Finding, Ignore, IgnoreChoice } from "../../core/findings/schema";
import { newFindings } from "../../core/findings/new-points";
import { verdictText } from "../../core/findings/verdict";
import type { HostAdapter } from "../../core/host";
import type { EditPlan } from "../../core/plans/schema";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import type { Library, StandardTexts } from "../../data/library-schema";
import type { Template } from "../../data/template-schema";
import { NO_TEMPLATE_STORE, type TemplateStore } from "./template-store";
import { catalogues, formatString, type StringKey } from "../i18n";
import { formatChecklist } from "./checklist";
import type { Engine } from "./engine";

export type SessionStatus =
  /** There is no document to work on (no host). */
  | { kind: "idle" }
  /** The first read of this document (or the loading of the core) is under way. */
  | { kind: "reading" }
  | { kind: "ready" }
  /** Nothing usable could be read (a corrupt file, a core that failed to load). */
  | { kind: "failed"; error: unknown };

/** What the session is doing right now; the panes disable what would clash with it. */
export type BusyState =
  | { kind: "reading" }
  | { kind: "applying"; planId: string }
  | { kind: "saving-ignored" }
  | { kind: "adding-comments" };

export type NoticeIntent = "success" | "info" | "warning" | "error";

/** A dismissible message about something the user did (inserted, refused, comments added). */
export interface Notice {
  id: number;
  intent: NoticeIntent;
  text: LocalisedText;
  /** Where the result is, for a "Ga naar" button (e.g. the inserted paragraphs). */
  location: Location | null;
}

/** The templates, library and standard texts in use: built-in, or the organisation's own. */
export interface ActiveData {
  templates: readonly Template[];
  library: Library;
  standardTexts: StandardTexts;
  /** Ids of templates the user loaded from a file (they replace a built-in one with the same id). */
  customTemplateIds: readonly string[];
  customLibrary: boolean;
}

export type LoadOutcome = { ok: true; text: LocalisedText } | { ok: false; error: LocalisedText };

export interface SessionState {
  status: SessionStatus;
  /** The core, once loaded (null while it is loading). */
  engine: Engine | null;
  host: HostAdapter | null;
  snapshot: DocumentSnapshot | null;
  analysis: Analysis | null;
  /** What reading and analysing said about the input itself (kept apart from findings). */
  readMessages: readonly Message[];
  data: ActiveData | null;
  /** The template the user chose instead of the detected one; null follows detection. */
  templateOverride: string | null;
  busy: BusyState | null;
  notices: readonly Notice[];
  /** The document has no text at all (offer the template skeleton). */
  isEmpty: boolean;
  /** The latest thing worth saying to a screen reader (findings counted, something inserted or refused). */
  announcement: { id: number; text: LocalisedText } | null;
}

export interface SessionActions {
  recheck(): Promise<void>;
  /** Applies a plan, then reads and analyses the document again; true when it was applied. */
  apply(plan: EditPlan): Promise<boolean>;
  ignore(finding: Finding, why?: IgnoreChoice): Promise<void>;
  restore(finding: Finding): Promise<void>;
  reveal(location: Location): Promise<void>;
  addComments(findings: readonly Finding[], language: Language): Promise<void>;
  chooseTemplate(id: string | null): void;
  /** Loads an organisation's template (JSON text); a wrong file gets a message naming the field. */
  loadTemplate(json: string): LoadOutcome;
  loadLibrary(json: string): LoadOutcome;
  /**
   * The open document's structure as an own template (*Sjabloon maken van dit document*): kept and used
   * like a loaded one; the JSON is returned for download.
   */
  templateFromDocument(): LoadOutcome & { json?: string };
  /** Back to the built-in templates and library. */
  resetData(): void;
  dismissNotice(id: number): void;
  /** The checklist as plain text, for the clipboard. */
  checklistText(language: Language): string;
}

/** Both languages of a catalogue string, so a notice can follow a language switch. */
export function localiseKey(
  key: StringKey,
  values: Readonly<Record<string, string | number>> = {},
): LocalisedText {
  return {
    nl: formatString(catalogues.nl[key], values, "nl"),
    en: formatString(catalogues.en[key], values, "en"),
  };
}

/** A catalogue text with a `{reason}` that is itself localised. */
function withReason(
  key: "settingsStoredTemplateDropped" | "settingsTemplateNotKept",
  reason: LocalisedText,
): LocalisedText {
  return {
    nl: formatString(catalogues.nl[key], { reason: reason.nl }),
    en: formatString(catalogues.en[key], { reason: reason.en }),
  };
}

/** A host failure in words the user understands, in both languages. */
export function describeHostError(error: unknown): LocalisedText {
  if (isProfielwijzerError(error)) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return localiseKey("noticeUnexpected", { detail });
}

const NOTICE_INTENTS: Readonly<Record<Message["severity"], NoticeIntent>> = {
  error: "error",
  warning: "warning",
  info: "info",
};

/** How many notices stay on screen at once; more would bury the pane. */
const MAX_NOTICES = 3;

/**
 * Owns one task pane's profile session, outside React: reads the document through the host, analyses it with
 * the core, and turns each user action into host calls followed by a fresh read. `useProfileSession` renders
 * its state; nothing here touches office-js or the DOM.
 */
export class SessionController implements SessionActions {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private ignored: readonly Ignore[] = [];
  private hostMessages: readonly Message[] = [];
  private engineError: { error: unknown } | null = null;
  private customTemplates: readonly Template[] = [];
  private customLibrary: Library | null = null;
  private readToken = 0;
  private announceNextAnalysis = false;
  private unsubscribeSelection: (() => void) | null = null;
  private nextId = 1;

  constructor(
    enginePromise: Promise<Engine>,
    private readonly templateStore: TemplateStore = NO_TEMPLATE_STORE,
  ) {
    this.state = {
      status: { kind: "idle" },
      engine: null,
      host: null,
      snapshot: null,
      analysis: null,
      readMessages: [],
      data: null,
      templateOverride: null,
      busy: null,
      notices: [],
      isEmpty: false,
      announcement: null,
    };
    enginePromise.then(
      (engine) => {
        this.update({ engine });
        this.restoreTemplates(engine);
        this.refreshData();
      },
      (error: unknown) => {
        this.engineError = { error };
        this.update({ status: { kind: "failed", error } });
      },
    );
  }

  // --- store plumbing (useSyncExternalStore) ---

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  // The selection changes with every click in the document; only the structure tree follows it, so it has
  // its own subscription instead of re-rendering every pane.
  private selection: Location | null = null;
  private readonly selectionListeners = new Set<() => void>();

  readonly subscribeSelection = (listener: () => void): (() => void) => {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  };

  /** The block range of the user's selection in the document, when the host reports it. */
  readonly getSelection = (): Location | null => this.selection;

  private setSelection(next: Location | null): void {
    const same =
      next === this.selection ||
      (next !== null &&
        this.selection !== null &&
        next.start === this.selection.start &&
        next.end === this.selection.end);
    if (same) return;
    this.selection = next;
    for (const listener of this.selectionListeners) listener();
  }

  private update(changes: Partial<SessionState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  // --- the document ---

  /** Starts working on another document (or none); reads it at once. The same host again changes nothing. */
  setHost(host: HostAdapter | null): void {
    if (host === this.state.host) return;
    this.unsubscribeSelection?.();
    this.unsubscribeSelection = null;
    this.readToken++;
    this.ignored = [];
    this.hostMessages = [];
    this.update({
      host,
      status: this.engineError
        ? { kind: "failed", error: this.engineError.error }
        : host
          ? { kind: "reading" }
          : { kind: "idle" },
      snapshot: null,
      analysis: null,
      readMessages: [],
      templateOverride: null,
      busy: null,
      notices: [],
      isEmpty: false,
    });
    this.setSelection(null);
    if (!host) return;
    if (host.onSelectionChanged) {
      this.unsubscribeSelection = host.onSelectionChanged((range) => {
        if (this.state.host === host) this.setSelection(range);
      });
    }
    this.announceNextAnalysis = true;
    void this.read(host);
  }

  /** Stops listening to the host (the pane is going away). */
  detach(): void {
    this.setHost(null);
  }

  private async read(host: HostAdapter): Promise<boolean> {
    const token = ++this.readToken;
    this.update({ busy: { kind: "reading" } });
    try {
      const [result, ignored] = await Promise.all([
        host.read(),
        host.loadIgnored().catch((error: unknown) => {
          this.notify("warning", describeHostError(error));
          return [] as Ignore[];
        }),
      ]);
      if (token !== this.readToken) return false;
      this.ignored = ignored;
      this.hostMessages = result.messages;
      this.update({ snapshot: result.value, busy: null });
      this.reanalyse();
      return true;
    } catch (error) {
      if (token !== this.readToken) return false;
      this.update({ busy: null });
      // Nothing read yet: the pane shows the error state. Read before: keep what we have and say why.
      if (this.state.snapshot === null) this.update({ status: { kind: "failed", error } });
      else this.notify("error", describeHostError(error));
      return false;
    }
  }

  private refreshData(): void {
    const engine = this.state.engine;
    if (!engine) return;
    const custom = new Map(this.customTemplates.map((template) => [template.id, template]));
    const builtIn = engine.builtIn.templates.map((template) => custom.get(template.id) ?? template);
    const added = this.customTemplates.filter(
      (template) => !engine.builtIn.templates.some((known) => known.id === template.id),
    );
    this.update({
      data: {
        templates: [...builtIn, ...added],
        library: this.customLibrary ?? engine.builtIn.library,
        standardTexts: engine.builtIn.standardTexts,
        customTemplateIds: this.customTemplates.map((template) => template.id),
        customLibrary: this.customLibrary !== null,
      },
    });
    this.reanalyse();
  }

  /** Runs the core on what was read, with the current templates, library, choice and ignore list. */
  private reanalyse(): void {
    const { engine, data, snapshot, templateOverride } = this.state;
    if (!engine || !data || !snapshot) return;
    try {
      const result = engine.analyse(snapshot, {
        templates: data.templates,
        library: data.library,
        standardTexts: data.standardTexts,
        templateId: templateOverride,
        ignored: this.ignored,
      });
      const isEmpty = engine.isEmptyDocument(snapshot);
      this.update({
        analysis: result.value,
        readMessages: [...this.hostMessages, ...result.messages],
        isEmpty,
        status: { kind: "ready" },
      });
      if (this.announceNextAnalysis && isEmpty) {
        // The pane shows no findings for an empty document (it offers the template), so it counts none.
        this.announceNextAnalysis = false;
        this.announce(localiseKey("announceEmpty"));
      } else if (this.announceNextAnalysis) {
        this.announceNextAnalysis = false;
        const readiness = result.value.readiness;
        const { counts } = readiness;
        const values = { errors: counts.error, warnings: counts.warning, info: counts.info };
        this.announce({
          nl: formatString(
            catalogues.nl.announceChecked,
            { ...values, status: verdictText(readiness, "nl") },
            "nl",
          ),
          en: formatString(
            catalogues.en.announceChecked,
            { ...values, status: verdictText(readiness, "en") },
            "en",
          ),
        });
      }
    } catch (error) {
      this.update({ status: { kind: "failed", error } });
    }
  }

  private announce(text: LocalisedText): void {
    this.update({ announcement: { id: this.nextId++, text } });
  }

  private notify(intent: NoticeIntent, text: LocalisedText, location: Location | null = null): void {
    const notice: Notice = { id: this.nextId++, intent, text, location };
    const kept = this.state.notices.filter((shown) => shown.text.nl !== text.nl);
    this.update({ notices: [...kept, notice].slice(-MAX_NOTICES) });
    this.announce(text);
  }

  // --- actions ---

  readonly recheck = async (): Promise<void> => {
    const host = this.state.host;
    if (!host) return;
    this.announceNextAnalysis = true;
    await this.read(host);
  };

  readonly apply = async (plan: EditPlan): Promise<boolean> => {
    const host = this.state.host;
    if (!host || this.state.busy) return false;
    this.update({ busy: { kind: "applying", planId: plan.id } });
    const before = this.state.analysis?.findings ?? [];
    try {
      const result = await host.apply(plan);
      if (this.state.host !== host) return false;
      for (const message of result.messages) this.notify(NOTICE_INTENTS[message.severity], message.text);
      this.update({ busy: null });
      await this.read(host);
      this.notify(
        "success",
        {
          nl: formatString(catalogues.nl.noticeApplied, { title: plan.title.nl }),
          en: formatString(catalogues.en.noticeApplied, { title: plan.title.en }),
        },
        result.value.inserted[0] ?? null,
      );
      // An inserted skeleton brings placeholders of its own: say so, or the rise in errors looks like a fault.
      const added = newFindings(before, this.state.analysis?.findings ?? []).filter(
        (finding) => finding.severity !== "info",
      );
      if (added.length > 0) this.notify("info", localiseKey("noticeNewPoints", { count: added.length }));
      return true;
    } catch (error) {
      if (this.state.host !== host) return false;
      this.update({ busy: null });
      this.notify("error", describeHostError(error));
      // The document moved on since it was read: show it as it is now, so the next try can succeed.
      if (isProfielwijzerError(error) && error.code === "document-changed") await this.read(host);
      return false;
    }
  };

  private async saveIgnored(next: readonly Ignore[], done: LocalisedText): Promise<void> {
    const host = this.state.host;
    if (!host) return;
    const previous = this.ignored;
    this.ignored = next;
    this.reanalyse();
    this.update({ busy: { kind: "saving-ignored" } });
    try {
      await host.saveIgnored([...next]);
      this.update({ busy: null });
      this.announce(done);
    } catch (error) {
      this.ignored = previous;
      this.update({ busy: null });
      this.reanalyse();
      this.notify("error", describeHostError(error));
    }
  }

  /** Sets a finding aside with the reviewer's reason; the document keeps it, and when it was done. */
  readonly ignore = (finding: Finding, why: IgnoreChoice = { reason: null, note: "" }): Promise<void> =>
    this.saveIgnored(
      [
        ...this.ignored.filter((ignore) => ignore.id !== finding.id),
        { id: finding.id, reason: why.reason, note: why.note.trim(), at: new Date().toISOString() },
      ],
      localiseKey("announceIgnored"),
    );

  readonly restore = (finding: Finding): Promise<void> =>
    this.saveIgnored(
      this.ignored.filter((ignore) => ignore.id !== finding.id),
      localiseKey("announceRestored"),
    );

  readonly reveal = async (location: Location): Promise<void> => {
    const host = this.state.host;
    if (!host) return;
    try {
      await host.reveal(location);
    } catch (error) {
      this.notify("error", describeHostError(error));
    }
  };

  readonly addComments = async (findings: readonly Finding[], language: Language): Promise<void> => {
    const host = this.state.host;
    // Also with no findings left: the comments of solved ones are then removed.
    if (!host || this.state.busy) return;
    this.update({ busy: { kind: "adding-comments" } });
    try {
      const result = await host.addComments([...findings], language);
      this.update({ busy: null });
      const { added, updated, removed } = result.value;
      if (updated + removed > 0) {
        this.notify("success", localiseKey("noticeCommentsSynced", { added, updated, removed }));
      } else if (added > 0) {
        this.notify("success", localiseKey("noticeCommentsAdded", { count: added }));
      }
      for (const message of result.messages) this.notify(NOTICE_INTENTS[message.severity], message.text);
      if (added + updated + removed === 0 && result.messages.length === 0)
        this.notify("info", localiseKey("noticeCommentsNone"));
    } catch (error) {
      this.update({ busy: null });
      this.notify("error", describeHostError(error));
    }
  };

  readonly chooseTemplate = (id: string | null): void => {
    this.announceNextAnalysis = true;
    this.update({ templateOverride: id });
    this.reanalyse();
  };

  readonly loadTemplate = (json: string): LoadOutcome =>
    this.loadData(json, "settingsTemplateLoaded", (engine) => {
      const template = engine.parseTemplate(json, [...this.customTemplates, ...engine.builtIn.templates]);
      const kept = this.customTemplates.findIndex((known) => known.id === template.id);
      this.customTemplates = [...this.customTemplates.filter((known) => known.id !== template.id), template];
      const texts = this.storedTexts.filter((_, index) => index !== kept);
      this.storedTexts = [...texts, json];
      this.saveTemplates();
      return template;
    });

  /** The JSON texts of the own templates, in the order loaded (a template may extend an earlier one). */
  private storedTexts: string[] = [];

  /** The own templates kept from earlier sessions; one that no longer loads is reported and dropped. */
  private restoreTemplates(engine: Engine): void {
    let texts: string[];
    try {
      texts = this.templateStore.read();
    } catch (error) {
      this.notify("warning", describeHostError(error));
      return;
    }
    for (const text of texts) {
      try {
        const template = engine.parseTemplate(text, [...this.customTemplates, ...engine.builtIn.templates]);
        this.customTemplates = [
          ...this.customTemplates.filter((known) => known.id !== template.id),
          template,
        ];
        this.storedTexts.push(text);
      } catch (error) {
        this.notify("warning", withReason("settingsStoredTemplateDropped", describeHostError(error)));
      }
    }
  }

  private saveTemplates(): void {
    try {
      this.templateStore.write(this.storedTexts);
    } catch (error) {
      // Storage full or switched off: the template is in use now, it just will not be kept.
      this.notify("warning", withReason("settingsTemplateNotKept", describeHostError(error)));
    }
  }

  readonly templateFromDocument = (): LoadOutcome & { json?: string } => {
    const { engine, snapshot, analysis } = this.state;
    if (!engine) return { ok: false, error: localiseKey("settingsNotReady") };
    if (!snapshot || !analysis || engine.isEmptyDocument(snapshot))
      return { ok: false, error: localiseKey("settingsFromDocumentEmpty") };
    const title = analysis.profile.title?.text ?? "";
    const name = title === "" ? "Eigen huisstijl" : `Eigen huisstijl (${title})`;
    const { template } = engine.learnTemplate([{ name: snapshot.source.name ?? "document", snapshot }], {
      id: "eigen-huisstijl",
      name,
    });
    const json = `${JSON.stringify(template, null, 2)}\n`;
    const loaded = this.loadTemplate(json);
    if (!loaded.ok) return loaded;
    const data = { name, sections: template.sections.length };
    return {
      ok: true,
      json,
      text: {
        nl: formatString(catalogues.nl.settingsFromDocumentDone, data, "nl"),
        en: formatString(catalogues.en.settingsFromDocumentDone, data, "en"),
      },
    };
  };

  readonly loadLibrary = (json: string): LoadOutcome =>
    this.loadData(
      json,
      "settingsLibraryLoaded",
      (engine) => (this.customLibrary = engine.parseLibrary(json)),
    );

  /** Loads an organisation's own template or library; a wrong file leaves everything as it was. */
  private loadData(
    json: string,
    loaded: "settingsTemplateLoaded" | "settingsLibraryLoaded",
    take: (engine: Engine) => { name: LocalisedText; version: string },
  ): LoadOutcome {
    const engine = this.state.engine;
    if (!engine) return { ok: false, error: localiseKey("settingsNotReady") };
    try {
      const { name, version } = take(engine);
      this.announceNextAnalysis = true;
      this.refreshData();
      return {
        ok: true,
        text: {
          nl: formatString(catalogues.nl[loaded], { name: name.nl, version }),
          en: formatString(catalogues.en[loaded], { name: name.en, version }),
        },
      };
    } catch (error) {
      return { ok: false, error: describeHostError(error) };
    }
  }

  readonly resetData = (): void => {
    this.customTemplates = [];
    this.storedTexts = [];
    this.saveTemplates();
    this.customLibrary = null;
    this.announceNextAnalysis = true;
    this.update({ templateOverride: null });
    this.refreshData();
  };

  readonly dismissNotice = (id: number): void => {
    this.update({ notices: this.state.notices.filter((notice) => notice.id !== id) });
  };

  readonly checklistText = (language: Language): string => {
    const { analysis, data } = this.state;
    return analysis && data ? formatChecklist(analysis, data, catalogues[language], language) : "";
  };
}
