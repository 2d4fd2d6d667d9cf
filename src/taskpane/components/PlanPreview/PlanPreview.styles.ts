import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlanPreviewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  box: {
    alignSelf: "stretch",
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    listStyleType: "none",
    maxHeight: "220px",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  item: {
    paddingLeft: tokens.spacingHorizontalM,
    textIndent: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  row: {
    fontFamily: tokens.fontFamilyBase,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingTop: tokens.spacingVerticalXXS,
  },
  more: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});
