import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Language, Location } from "../../core/common";
import type { Finding } from "../../core/findings/schema";
import type { HostAdapter } from "../../core/host";
import type { Engine } from "./engine";
import { SessionController, type SessionActions, type SessionState } from "./session-controller";
import { localTemplateStore, type TemplateStore } from "./template-store";

/** The session as the panes see it: its state, and actions that already know the pane's language. */
export type ProfileSession = SessionState &
  Omit<SessionActions, "addComments" | "checklistText"> & {
    language: Language;
    addComments(findings: readonly Finding[]): Promise<void>;
    checklistText(): string;
    /** The user's selection in the document has a store of its own (see `useSelection`). */
    subscribeSelection(listener: () => void): () => void;
    getSelection(): Location | null;
  };

export interface SessionOptions {
  language: Language;
  /** How the core arrives; by default a lazily loaded chunk (it is not needed for the first paint). */
  loadEngine?: () => Promise<Engine>;
  /** Where own templates are kept between documents; by default the add-in's own storage. */
  templateStore?: TemplateStore;
}

let engineChunk: Promise<Engine> | null = null;

/**
 * The core as a chunk of its own, fetched once. Entry points call this at start, so the chunk downloads while
 * the page is still rendering and Word (or the .docx reader) reads the document.
 */
export function loadEngineChunk(): Promise<Engine> {
  engineChunk ??= import("./engine").then((module) => module.engine);
  return engineChunk;
}

/**
 * The one owner of the profile session: read (host.read) → analyse → state, and every action (apply a plan,
 * ignore, reveal, comments, template choice, an organisation's own data). The work happens in a
 * `SessionController`; this hook creates one per pane, points it at the current host and renders its state.
 */
export function useProfileSession(host: HostAdapter | null, options: SessionOptions): ProfileSession {
  const { language } = options;
  const [controller] = useState(
    () =>
      new SessionController(
        (options.loadEngine ?? loadEngineChunk)(),
        options.templateStore ?? localTemplateStore(),
      ),
  );

  useEffect(() => {
    controller.setHost(host);
  }, [controller, host]);

  useEffect(() => () => controller.detach(), [controller]);

  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  return useMemo(
    () => ({
      ...state,
      language,
      recheck: controller.recheck,
      apply: controller.apply,
      ignore: controller.ignore,
      restore: controller.restore,
      reveal: controller.reveal,
      addComments: (findings: readonly Finding[]) => controller.addComments(findings, language),
      chooseTemplate: controller.chooseTemplate,
      loadTemplate: controller.loadTemplate,
      loadLibrary: controller.loadLibrary,
      templateFromDocument: controller.templateFromDocument,
      resetData: controller.resetData,
      dismissNotice: controller.dismissNotice,
      checklistText: () => controller.checklistText(language),
      subscribeSelection: controller.subscribeSelection,
      getSelection: controller.getSelection,
    }),
    [state, language, controller],
  );
}
