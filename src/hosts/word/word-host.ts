import { isProfielwijzerError } from "../../core/common";
import type { HostAdapter, HostCapabilities } from "../../core/host";
import { type ReadMemory, applyWordPlan } from "./apply-plan";
import { addWordComments } from "./comments";
import { WORD_API, type WordEnvironment, supportsWordApi } from "./environment";
import { canStoreIgnored, loadIgnores, saveIgnores } from "./ignored";
import { readWordSnapshot } from "./read-snapshot";
import { revealLocation, watchSelection } from "./selection";

/**
 * The HostAdapter over office-js. It remembers what it last read, so a plan or comments made for an
 * earlier state of the document are refused instead of landing in the wrong place: after the adapter
 * applied a plan itself, the next plan needs a fresh read.
 */
export function createWordHost(env: WordEnvironment): HostAdapter {
  let memory: ReadMemory = { kind: "none" };

  const host: HostAdapter = {
    kind: "word",

    async read() {
      const result = await readWordSnapshot(env);
      memory = { kind: "read", snapshot: result.value };
      return result;
    },

    async apply(plan) {
      let writeSent = false;
      try {
        const result = await applyWordPlan(env, plan, memory, () => {
          writeSent = true;
        });
        memory = { kind: "applied" };
        return result;
      } catch (error) {
        // A failed write batch keeps the operations before the failing one (a read-only document fails
        // on the first): the old read no longer describes the document.
        if (writeSent && !(isProfielwijzerError(error) && error.code === "read-only"))
          memory = { kind: "applied" };
        throw error;
      }
    },

    reveal(location) {
      return revealLocation(env, location);
    },

    addComments(findings, language) {
      return addWordComments(env, findings, language, memory);
    },

    async loadIgnored() {
      const { ignores, messages } = await loadIgnores(env);
      for (const item of messages) env.onMessage?.(item);
      return ignores;
    },

    saveIgnored(ignores) {
      return saveIgnores(env, ignores);
    },

    capabilities(): HostCapabilities {
      return {
        comments: supportsWordApi(env, WORD_API.comments),
        settings: canStoreIgnored(env),
        selectionEvents: Boolean(env.addSelectionHandler),
        contentControls: supportsWordApi(env, WORD_API.base),
      };
    },
  };

  if (env.addSelectionHandler) host.onSelectionChanged = (listener) => watchSelection(env, listener);
  return host;
}
