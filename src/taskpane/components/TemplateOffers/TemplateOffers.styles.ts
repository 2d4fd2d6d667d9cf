import { makeStyles, tokens } from "@fluentui/react-components";
import { actionsRowStyle, cardStyle, shrinkingControlStyle } from "../../theme/shared-styles";

export const useTemplateOffersStyles = makeStyles({
  card: cardStyle,
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  icon: {
    fontSize: "20px",
    color: tokens.colorBrandForeground1,
    flexShrink: 0,
  },
  text: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  actions: actionsRowStyle,
  select: shrinkingControlStyle,
});
