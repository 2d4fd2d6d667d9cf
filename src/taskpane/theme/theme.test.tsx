import { describe, expect, it, jest } from "@jest/globals";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  computeContrastRatio,
  getFluentTheme,
  parseHexColour,
  pickThemeKind,
  readMediaSignals,
  watchTheme,
  type ThemeSignals,
  type ThemeWindow,
} from ".";

// Office's own themes as office.js reports them (bodyBackgroundColor / bodyForegroundColor).
const colorful = { bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#444444" };
const white = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#444444" };
const darkGray = { bodyBackgroundColor: "#6A6A6A", bodyForegroundColor: "#F0F0F0" };
const black = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };

describe("pickThemeKind", () => {
  it.each([
    ["Colorful", colorful, "light"],
    ["White", white, "light"],
    ["Dark Gray", darkGray, "dark"],
    ["Black", black, "dark"],
  ] as const)("maps Office's %s theme to %s", (_name, officeTheme, expected) => {
    expect(pickThemeKind({ officeTheme })).toBe(expected);
  });

  it("treats pure white on black as high contrast", () => {
    expect(
      pickThemeKind({ officeTheme: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" } }),
    ).toBe("highContrast");
  });

  it("treats pure black on white as high contrast", () => {
    expect(pickThemeKind({ officeTheme: { bodyBackgroundColor: "#fff", bodyForegroundColor: "#000" } })).toBe(
      "highContrast",
    );
  });

  it("lets Windows high contrast (forced colours) win over whatever Office reports", () => {
    expect(pickThemeKind({ officeTheme: white, forcedColors: true })).toBe("highContrast");
  });

  it("decides by background luminance alone when the foreground colour is missing", () => {
    expect(pickThemeKind({ officeTheme: { bodyBackgroundColor: "#1f1f1f" } })).toBe("dark");
    expect(pickThemeKind({ officeTheme: { bodyBackgroundColor: "#f5f5f5" } })).toBe("light");
  });

  it("falls back to isDarkTheme when the colours are unusable", () => {
    expect(pickThemeKind({ officeTheme: { bodyBackgroundColor: "transparent", isDarkTheme: true } })).toBe(
      "dark",
    );
    expect(
      pickThemeKind({ officeTheme: { bodyBackgroundColor: "", isDarkTheme: false }, prefersDark: true }),
    ).toBe("light");
  });

  it("follows the browser's colour scheme when Office says nothing (the browser preview)", () => {
    expect(pickThemeKind({ prefersDark: true })).toBe("dark");
    expect(pickThemeKind({ officeTheme: null, prefersDark: false })).toBe("light");
    expect(pickThemeKind({})).toBe("light");
  });

  it("prefers Office's colours over the browser's colour scheme", () => {
    expect(pickThemeKind({ officeTheme: white, prefersDark: true })).toBe("light");
  });
});

describe("colour helpers", () => {
  it("parses long and short hex colours, with or without #", () => {
    expect(parseHexColour("#0F6CBD")).toEqual({ r: 15, g: 108, b: 189 });
    expect(parseHexColour("fa0")).toEqual({ r: 255, g: 170, b: 0 });
  });

  it.each(["", "#12", "#12345", "rgb(0,0,0)", "#gggggg", null, undefined])("rejects %p", (value) => {
    expect(parseHexColour(value)).toBeNull();
  });

  it("computes the WCAG contrast ratio (21 for black on white, 1 for equal colours)", () => {
    const blackRgb = { r: 0, g: 0, b: 0 };
    const whiteRgb = { r: 255, g: 255, b: 255 };
    expect(computeContrastRatio(blackRgb, whiteRgb)).toBeCloseTo(21, 5);
    expect(computeContrastRatio(whiteRgb, blackRgb)).toBeCloseTo(21, 5);
    expect(computeContrastRatio(whiteRgb, whiteRgb)).toBeCloseTo(1, 5);
  });
});

describe("getFluentTheme", () => {
  it("maps each kind to Fluent's web light, web dark and high-contrast themes", () => {
    expect(getFluentTheme("light")).toBe(webLightTheme);
    expect(getFluentTheme("dark")).toBe(webDarkTheme);
    expect(getFluentTheme("highContrast")).toBe(teamsHighContrastTheme);
  });
});

/** A stand-in window: media queries whose `matches` we flip, and focus/visibility events we fire. */
function createFakeWindow(initial: { forcedColors?: boolean; prefersDark?: boolean } = {}) {
  const state = {
    "(forced-colors: active)": !!initial.forcedColors,
    "(prefers-color-scheme: dark)": !!initial.prefersDark,
  };
  const lists = new Map<string, EventTarget & { matches: boolean }>();
  const windowTarget = new EventTarget();
  const documentTarget = new EventTarget();
  const matchMedia = (query: string) => {
    let list = lists.get(query);
    if (!list) {
      const target = new EventTarget();
      Object.defineProperty(target, "matches", { get: () => state[query as keyof typeof state] ?? false });
      list = target as EventTarget & { matches: boolean };
      lists.set(query, list);
    }
    return list as unknown as MediaQueryList;
  };
  const win: ThemeWindow = {
    matchMedia,
    addEventListener: (type, listener) => windowTarget.addEventListener(type, listener),
    removeEventListener: (type, listener) => windowTarget.removeEventListener(type, listener),
    document: {
      addEventListener: (type, listener) => documentTarget.addEventListener(type, listener),
      removeEventListener: (type, listener) => documentTarget.removeEventListener(type, listener),
    },
  };
  return {
    win,
    setMedia(query: keyof typeof state, matches: boolean) {
      state[query] = matches;
      lists.get(query)?.dispatchEvent(new Event("change"));
    },
    focus: () => windowTarget.dispatchEvent(new Event("focus")),
    becomeVisible: () => documentTarget.dispatchEvent(new Event("visibilitychange")),
  };
}

describe("readMediaSignals", () => {
  it("reads forced colours and the dark colour scheme from media queries", () => {
    const { win } = createFakeWindow({ forcedColors: true, prefersDark: false });
    expect(readMediaSignals(win)).toEqual({ forcedColors: true, prefersDark: false });
  });

  it("reports neither when the window has no matchMedia", () => {
    expect(readMediaSignals({})).toEqual({ forcedColors: false, prefersDark: false });
  });
});

describe("watchTheme", () => {
  it("reports a switch to high contrast as soon as the forced-colours query changes", () => {
    const fake = createFakeWindow();
    const onChange = jest.fn();
    watchTheme(fake.win, () => readMediaSignals(fake.win), onChange);
    fake.setMedia("(forced-colors: active)", true);
    expect(onChange).toHaveBeenCalledWith("highContrast");
  });

  it("re-reads Office's colours when the pane regains focus or becomes visible (Word has no theme event)", () => {
    const fake = createFakeWindow();
    let officeTheme = white;
    const onChange = jest.fn();
    watchTheme(fake.win, (): ThemeSignals => ({ officeTheme }), onChange);
    officeTheme = darkGray;
    fake.focus();
    expect(onChange).toHaveBeenLastCalledWith("dark");
    officeTheme = colorful;
    fake.becomeVisible();
    expect(onChange).toHaveBeenLastCalledWith("light");
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("stays quiet when nothing changed", () => {
    const fake = createFakeWindow();
    const onChange = jest.fn();
    watchTheme(fake.win, () => ({ officeTheme: white }), onChange);
    fake.focus();
    fake.becomeVisible();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("stops listening after unsubscribing", () => {
    const fake = createFakeWindow();
    const onChange = jest.fn();
    const unsubscribe = watchTheme(fake.win, () => readMediaSignals(fake.win), onChange);
    unsubscribe();
    fake.setMedia("(prefers-color-scheme: dark)", true);
    fake.focus();
    expect(onChange).not.toHaveBeenCalled();
  });
});
