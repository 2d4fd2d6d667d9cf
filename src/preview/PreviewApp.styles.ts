import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { visuallyHiddenStyle } from "../taskpane/theme/shared-styles";

export const usePreviewStaticStyles = makeStaticStyles({
  "html, body, #container": { margin: 0, padding: 0, height: "100%" },
});

export const usePreviewStyles = makeStyles({
  provider: {
    height: "100%",
  },
  root: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
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
  body: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 330px",
    minHeight: 0,
    "@media (max-width: 720px)": {
      gridTemplateColumns: "1fr",
      gridTemplateRows: "auto auto",
      overflowY: "auto",
    },
  },
  document: {
    minHeight: 0,
    overflow: "hidden",
    "@media (max-width: 720px)": {
      order: 2,
      overflow: "visible",
    },
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 720px)": {
      borderLeft: "none",
      overflowY: "visible",
    },
  },
  message: {
    padding: tokens.spacingHorizontalXL,
  },
});
