import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useWorkspaceStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: 0,
  },
  state: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
  },
  stateHeading: {
    margin: 0,
  },
  focusHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    outlineStyle: "none",
  },
  muted: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  tabCount: {
    marginLeft: tokens.spacingHorizontalXS,
  },
});
