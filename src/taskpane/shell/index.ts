export { describeError, type ErrorDescription } from "./describe-error";
export { ErrorBoundary } from "./ErrorBoundary";
export { HostProvider, useHost } from "./HostProvider";
export { PaneTabs, Shell, type PaneTabsProps, type ShellProps } from "./Shell";
export { REQUIRED_WORD_API, decideStartupStatus, type ShellStatus, type UnsupportedReason } from "./status";
export { SHELL_TABS, isShellTab, type ShellTab } from "./tabs";
