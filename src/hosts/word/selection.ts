import { type Location, message } from "../../core/common";
import type { WordEnvironment } from "./environment";
import { locationMissingError, mapWordError } from "./errors";
import { queueLocationRange } from "./locate";
import { normaliseWordText } from "./text";

const DEFAULT_DEBOUNCE_MS = 200;

/**
 * Calls back with the block range of the user's selection after Office reports a selection change and
 * things have been quiet for a moment (arrow keys fire many events). Returns the unsubscribe function.
 */
export function watchSelection(env: WordEnvironment, listener: (range: Location) => void): () => void {
  const register = env.addSelectionHandler;
  if (!register) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let active = true;
  let latest = 0;

  const lookUp = async () => {
    const request = (latest += 1);
    try {
      const location = await readSelectionLocation(env);
      // A later change may have started a newer look-up meanwhile; only the newest answer counts.
      if (active && request === latest) listener(location);
    } catch (error) {
      const mapped = mapWordError(error, "read");
      env.onMessage?.(
        message(
          "info",
          "selection-unknown",
          `De selectie in Word kon niet worden opgezocht: ${mapped.text.nl}`,
          `The selection in Word could not be looked up: ${mapped.text.en}`,
        ),
      );
    }
  };

  const remove = register(() => {
    if (!active) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void lookUp();
    }, env.selectionDebounceMs ?? DEFAULT_DEBOUNCE_MS);
  });

  return () => {
    active = false;
    if (timer) clearTimeout(timer);
    timer = null;
    remove();
  };
}

/**
 * The selection as block indices, in one sync: the number of paragraphs from the start of the body to
 * the start of the selection gives the first block, the selection's own paragraphs the last.
 */
export async function readSelectionLocation(env: WordEnvironment): Promise<Location> {
  return env.run(async (context) => {
    const body = context.document.body;
    const selection = context.document.getSelection();
    const before = body
      .getRange("Start")
      .expandTo(selection.getRange("Start"))
      .paragraphs.load("items/isListItem");
    const inside = selection.paragraphs.load("items/isListItem");
    await context.sync();
    const start = Math.max(0, before.items.length - 1);
    return { start, end: start + Math.max(0, inside.items.length - 1) };
  });
}

/** Selects a location so Word scrolls to it: two syncs, one to find the paragraphs, one to select. */
export async function revealLocation(env: WordEnvironment, location: Location): Promise<void> {
  try {
    await env.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(
        location.chars ? "items/text" : "items/isListItem",
      );
      await context.sync();
      const items = paragraphs.items;
      const texts = location.chars ? items.map((paragraph) => normaliseWordText(paragraph.text)) : null;
      const range = queueLocationRange(items, texts, location);
      if (!range) throw locationMissingError();
      range.select();
      await context.sync();
    });
  } catch (error) {
    throw mapWordError(error, "read");
  }
}
