import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { actionsRowStyle, visuallyHiddenStyle } from "../../theme/shared-styles";

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
  actions: actionsRowStyle,
  visuallyHidden: visuallyHiddenStyle,
  tabCount: {
    marginLeft: tokens.spacingHorizontalXS,
  },
});
