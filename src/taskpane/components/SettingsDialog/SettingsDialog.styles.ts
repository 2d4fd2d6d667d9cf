import { makeStyles, tokens } from "@fluentui/react-components";
import { shrinkingControlStyle, visuallyHiddenStyle } from "../../theme/shared-styles";

export const useSettingsDialogStyles = makeStyles({
  surface: {
    maxWidth: "min(480px, calc(100vw - 24px))",
    padding: tokens.spacingHorizontalL,
  },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    // The dialog scrolls when it is taller than the pane: its parts keep their height instead of
    // shrinking into each other (a long message bar over the heading below it).
    "& > *": { flexShrink: 0 },
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  select: shrinkingControlStyle,
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  // Visually hidden but still in the accessibility tree and reachable for automation.
  fileInput: visuallyHiddenStyle,
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});
