import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useDisclosureStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  button: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    // Reaches a little to the left so the chevron lines up with the cards' edge, and no further right.
    width: `calc(100% + ${tokens.spacingHorizontalS})`,
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    boxSizing: "border-box",
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground1Hover,
    },
    ":active": {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "0",
    },
    "@media (forced-colors: active)": {
      ":focus-visible": { outlineColor: "Highlight" },
    },
  },
  chevron: {
    fontSize: "16px",
    flexShrink: 0,
    color: tokens.colorNeutralForeground2,
  },
  label: {
    display: "inline-flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
});
