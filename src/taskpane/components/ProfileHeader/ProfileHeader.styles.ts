import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { shrinkingControlStyle } from "../../theme/shared-styles";

export const useProfileHeaderStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titleRow: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
  },
  titleBlock: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
  },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
    overflowWrap: "anywhere",
  },
  untitled: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
  },
  eyebrow: {
    color: tokens.colorNeutralForeground3,
  },
  /** A long verdict ("Compleet volgens sjabloon, met 2 bewust genegeerde punten") wraps instead of overflowing. */
  wrapBadge: {
    height: "auto",
    minHeight: "20px",
    whiteSpace: "normal",
    textAlign: "start",
    paddingBlock: tokens.spacingVerticalXXS,
  },
  statusRow: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  completeness: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: "120px",
  },
  progress: {
    flexGrow: 1,
  },
  percent: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  templateField: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  select: shrinkingControlStyle,
  templateHint: {
    color: tokens.colorNeutralForeground3,
  },
});
