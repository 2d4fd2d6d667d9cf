import { makeStaticStyles, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** The pane fills Word's task pane (about 330 px wide) without a page margin around it. */
export const useShellStaticStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, height: "100%" },
});

export const useShellStyles = makeStyles({
  provider: {
    minHeight: "100vh",
  },
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: "280px",
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
  logo: {
    width: "32px",
    height: "32px",
    flexShrink: 0,
  },
  headerText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    margin: 0,
  },
  notice: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: 0,
  },
  tabList: {
    // Wraps instead of scrolling sideways when the pane is narrow or zoomed (WCAG reflow).
    flexWrap: "wrap",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  status: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
  },
  empty: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
  },
  emptyHeading: {
    margin: 0,
  },
  emptyText: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  statusHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    outlineStyle: "none",
  },
  details: {
    color: tokens.colorNeutralForeground2,
  },
  detailsText: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});
