import { formatNumber } from "./numbering";

describe("formatNumber", () => {
  it.each([
    [1, "decimal", "1"],
    [7, "decimalZero", "07"],
    [12, "decimalZero", "12"],
    [1, "lowerLetter", "a"],
    [26, "upperLetter", "Z"],
    [27, "upperLetter", "AA"],
    [53, "lowerLetter", "aaa"],
    [4, "lowerRoman", "iv"],
    [1994, "upperRoman", "MCMXCIV"],
    [3, "decimalEnclosedParen", "(3)"],
    [5, "none", ""],
    [8, "cardinalText", "8"],
  ])("writes %i in format %s as %j", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});
