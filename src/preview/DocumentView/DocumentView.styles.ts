import { makeStyles, tokens } from "@fluentui/react-components";
import { NARROW } from "../layout";

export const useDocumentViewStyles = makeStyles({
  scroller: {
    height: "100%",
    overflowY: "auto",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    [NARROW]: {
      padding: tokens.spacingHorizontalS,
    },
  },
  page: {
    maxWidth: "800px",
    margin: "0 auto",
    boxSizing: "border-box",
    padding: "48px 56px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: "Arial, Helvetica, sans-serif",
    fontSize: "13px",
    lineHeight: "1.45",
    outlineStyle: "none",
    // Narrow page margins where the window is narrow, as a phone's Word shows a page.
    "@media (max-width: 1099.98px)": {
      padding: "32px 28px",
    },
    [NARROW]: {
      padding: "20px 16px",
    },
  },
  paragraph: {
    margin: 0,
    minHeight: "1.45em",
    whiteSpace: "pre-wrap",
    // Breaks a word only when it cannot fit at all, so table columns keep room for their longest word.
    overflowWrap: "break-word",
    tabSize: 4,
    borderRadius: tokens.borderRadiusSmall,
    scrollMarginTop: "40vh",
    transitionProperty: "background-color, box-shadow",
    transitionDuration: tokens.durationNormal,
  },
  heading1: { fontSize: "18px", fontWeight: tokens.fontWeightBold, marginTop: "12px" },
  heading2: { fontSize: "15px", fontWeight: tokens.fontWeightBold, marginTop: "10px" },
  heading3: { fontSize: "13px", fontWeight: tokens.fontWeightBold, marginTop: "8px" },
  title: { fontSize: "20px", fontWeight: tokens.fontWeightBold },
  bold: { fontWeight: tokens.fontWeightBold },
  listItem: {
    display: "flex",
    columnGap: "8px",
  },
  marker: {
    flexShrink: 0,
    minWidth: "1em",
  },
  contentControl: {
    boxShadow: `inset 2px 0 0 ${tokens.colorNeutralStroke1}`,
    paddingLeft: "6px",
  },
  // A commented paragraph is underlined in the comment colour, as Word marks a comment's range.
  commented: {
    textDecorationLine: "underline",
    textDecorationColor: tokens.colorPaletteYellowBorderActive,
    textDecorationThickness: "2px",
    textUnderlineOffset: "3px",
  },
  note: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    margin: "4px 0 8px 12px",
    padding: "6px 10px",
    borderLeft: `3px solid ${tokens.colorPaletteYellowBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  noteAuthor: { fontWeight: tokens.fontWeightSemibold },
  noteText: { whiteSpace: "pre-wrap", overflowWrap: "break-word" },
  revealed: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `0 0 0 2px ${tokens.colorBrandStroke1}`,
  },
  inserted: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    // A bar just left of the text, so the text itself does not move.
    boxShadow: `-6px 0 0 ${tokens.colorStatusSuccessBackground1}, -9px 0 0 ${tokens.colorStatusSuccessBorder1}`,
  },
  // A table wider than the page (three columns on a phone) scrolls sideways on its own; the text around it
  // keeps the page's width.
  tableScroller: {
    overflowX: "auto",
    margin: "6px 0",
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: "4px 6px",
    verticalAlign: "top",
  },
  empty: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
  },
});
