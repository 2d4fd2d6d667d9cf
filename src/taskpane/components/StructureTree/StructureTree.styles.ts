import { makeStyles, tokens } from "@fluentui/react-components";

export const useStructureTreeStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  intro: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  tree: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  layout: {
    // Long task and behaviour texts wrap instead of being cut off in a narrow pane.
    height: "auto",
    minHeight: "32px",
    alignItems: "flex-start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    paddingTop: "2px",
  },
  icon: {
    paddingTop: "2px",
  },
  detail: {
    color: tokens.colorNeutralForeground3,
  },
  section: {
    fontWeight: tokens.fontWeightSemibold,
  },
  placeholder: {
    color: tokens.colorStatusWarningForeground1,
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
  },
});
