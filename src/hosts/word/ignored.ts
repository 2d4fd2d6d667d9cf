import { ProfielwijzerError } from "../../core/common";
import { parseIgnores, serialiseIgnores, type StoredIgnores } from "../../core/findings/ignored";
import type { Ignore } from "../../core/findings/schema";
import { WORD_API, type WordEnvironment, supportsWordApi } from "./environment";
import { mapWordError } from "./errors";

/**
 * The ignored findings (id, reason, when) live in the document itself, JSON-encoded under one key: in
 * `document.settings` on WordApi 1.4, else in `Office.context.document.settings`. A damaged value is
 * read as "nothing ignored" with a message, never as an error.
 */

export const IGNORED_SETTING_KEY = "profielwijzer.ignored";

export function canStoreIgnored(env: WordEnvironment): boolean {
  return supportsWordApi(env, WORD_API.settings) || Boolean(env.legacySettings);
}

export async function loadIgnores(env: WordEnvironment): Promise<StoredIgnores> {
  let raw: unknown = null;
  if (supportsWordApi(env, WORD_API.settings)) {
    try {
      raw = await env.run(async (context) => {
        const setting = context.document.settings.getItemOrNullObject(IGNORED_SETTING_KEY).load("value");
        await context.sync();
        return setting.isNullObject ? null : (setting.value as unknown);
      });
    } catch (error) {
      throw mapWordError(error, "read");
    }
  } else if (env.legacySettings) {
    raw = env.legacySettings.get(IGNORED_SETTING_KEY);
  }
  return parseIgnores(raw);
}

export async function saveIgnores(env: WordEnvironment, ignores: readonly Ignore[]): Promise<void> {
  const value = serialiseIgnores(ignores);
  if (supportsWordApi(env, WORD_API.settings)) {
    try {
      await env.run(async (context) => {
        context.document.settings.add(IGNORED_SETTING_KEY, value);
        await context.sync();
      });
    } catch (error) {
      throw mapWordError(error, "write");
    }
    return;
  }
  if (env.legacySettings) {
    env.legacySettings.set(IGNORED_SETTING_KEY, value);
    try {
      await env.legacySettings.save();
    } catch (error) {
      throw mapWordError(error, "write");
    }
    return;
  }
  throw new ProfielwijzerError("settings-unavailable", {
    nl: "Deze versie van Word kan niet onthouden welke bevindingen u negeert. Werk Office bij of gebruik Word op het web.",
    en: "This version of Word cannot remember which findings you ignore. Update Office or use Word on the web.",
  });
}
