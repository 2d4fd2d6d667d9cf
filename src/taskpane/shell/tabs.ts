import type { StringKey } from "../i18n";

/** The pane's three tabs, in display order. */
export const SHELL_TABS = ["check", "structure", "insert"] as const;
export type ShellTab = (typeof SHELL_TABS)[number];

export const tabLabelKeys: Readonly<Record<ShellTab, StringKey>> = {
  check: "tabCheck",
  structure: "tabStructure",
  insert: "tabInsert",
};

export function isShellTab(value: unknown): value is ShellTab {
  return typeof value === "string" && (SHELL_TABS as readonly string[]).includes(value);
}
