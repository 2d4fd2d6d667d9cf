import { makeStyles, tokens } from "@fluentui/react-components";
import { shrinkingControlStyle } from "../../theme/shared-styles";

export const useCompetencyPickerStyles = makeStyles({
  select: shrinkingControlStyle,
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  filters: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  results: {
    maxHeight: "240px",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalXS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  radioGroup: {
    rowGap: 0,
  },
  radioLabel: {
    display: "flex",
    flexDirection: "column",
  },
  cluster: {
    color: tokens.colorNeutralForeground3,
  },
  count: {
    color: tokens.colorNeutralForeground3,
  },
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  detailsHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  definition: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  behaviours: {
    display: "flex",
    flexDirection: "column",
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
  },
  behaviourLabel: {
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});
