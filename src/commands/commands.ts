/**
 * The ribbon's function file. The "Controleer profiel" button opens the task pane (ShowTaskpane), so no command
 * needs code yet; `action` exists so a future ExecuteFunction button has a function to call.
 */

/** A ribbon command must always report completion, or Office keeps showing it as busy. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  // Office.actions is missing in old Office builds; without it a ribbon function simply cannot be called.
  Office.actions?.associate("action", action);
});
