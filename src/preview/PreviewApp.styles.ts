import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { visuallyHiddenStyle } from "../taskpane/theme/shared-styles";
import { NARROW } from "./layout";

export const usePreviewStaticStyles = makeStaticStyles({
  "html, body, #container": { margin: 0, padding: 0, height: "100%" },
});

export const usePreviewStyles = makeStyles({
  provider: {
    height: "100%",
  },
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    marginRight: "auto",
    minWidth: 0,
  },
  brandText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  fileName: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  select: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  fileInput: visuallyHiddenStyle,
  viewSwitch: {
    display: "none",
    [NARROW]: {
      display: "flex",
      flexBasis: "100%",
      gap: tokens.spacingHorizontalS,
    },
  },
  failure: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 330px",
    gridTemplateRows: "minmax(0, 1fr)",
    [NARROW]: {
      // One cell for both; the one not chosen is hidden but keeps its scroll position and state.
      gridTemplateColumns: "minmax(0, 1fr)",
      "& > *": { gridArea: "1 / 1" },
    },
  },
  document: {
    minWidth: 0,
    minHeight: 0,
    overflow: "hidden",
  },
  pane: {
    minWidth: 0,
    minHeight: 0,
    overflowY: "auto",
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: {
      borderLeft: "none",
    },
  },
  hiddenWhenNarrow: {
    [NARROW]: {
      visibility: "hidden",
    },
  },
  message: {
    padding: tokens.spacingHorizontalXL,
  },
});
