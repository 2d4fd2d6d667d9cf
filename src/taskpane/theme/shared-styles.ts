import { type GriffelStyle, tokens } from "@fluentui/react-components";

/**
 * Style fragments several panes share, spread into their `makeStyles` so the same look is written once.
 */

/** A raised block on the pane's background: an offer, a preview, a form. */
export const cardStyle: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground2,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

/** A `<ul>` without bullets whose items stack with a small gap. */
export const plainListStyle: GriffelStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
};

/** Buttons in a row that wraps in a narrow pane. */
export const actionsRowStyle: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  gap: tokens.spacingHorizontalS,
};

/**
 * A select that may be narrower than its longest option (by default it is not, and overflows a narrow pane
 * with a long template name).
 */
export const shrinkingControlStyle: GriffelStyle = {
  minWidth: 0,
  maxWidth: "100%",
};

/** Hidden from sight but still in the accessibility tree (labels, file inputs reached by their button). */
export const visuallyHiddenStyle: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
