import { describe, expect, it } from "@jest/globals";
import { ProfielwijzerError } from "../../core/common";
import { REQUIRED_WORD_API, decideStartupStatus, describeError, isShellTab } from ".";

describe("decideStartupStatus", () => {
  const supportsUpTo = (max: number) => (set: string, version: string) =>
    set === "WordApi" && Number(version) <= max;

  it("is ready in Word with WordApi 1.3", () => {
    expect(decideStartupStatus("Word", supportsUpTo(1.3))).toEqual({ kind: "ready" });
  });

  it("asks for WordApi 1.3 as the floor, not 1.4", () => {
    const asked: string[] = [];
    decideStartupStatus("Word", (set, version) => {
      asked.push(`${set} ${version}`);
      return true;
    });
    expect(asked).toEqual(["WordApi 1.3"]);
    expect(REQUIRED_WORD_API).toEqual({ set: "WordApi", version: "1.3" });
  });

  it("says Word is too old when WordApi 1.3 is missing", () => {
    expect(decideStartupStatus("Word", supportsUpTo(1.2))).toEqual({
      kind: "unsupported",
      reason: { kind: "word-too-old", set: "WordApi", version: "1.3" },
    });
  });

  it.each(["Excel", "PowerPoint", "Outlook"])("refuses to start in %s", (host) => {
    expect(decideStartupStatus(host, () => true)).toEqual({
      kind: "unsupported",
      reason: { kind: "not-word", host },
    });
  });

  it("refuses to start in a plain browser, where Office reports no host", () => {
    expect(decideStartupStatus(null, () => true)).toEqual({
      kind: "unsupported",
      reason: { kind: "not-word", host: null },
    });
    expect(decideStartupStatus(undefined, () => true)).toEqual({
      kind: "unsupported",
      reason: { kind: "not-word", host: null },
    });
  });
});

describe("describeError", () => {
  it("uses our own error's text in the pane's language, with its code", () => {
    const error = new ProfielwijzerError("read-only", {
      nl: "Het document is alleen-lezen.",
      en: "The document is read-only.",
    });
    expect(describeError(error, "nl")).toMatchObject({
      summary: "Het document is alleen-lezen.",
      code: "read-only",
    });
    expect(describeError(error, "en")).toMatchObject({
      summary: "The document is read-only.",
      code: "read-only",
    });
  });

  it("quotes a plain error's message and keeps name and message in the details", () => {
    const description = describeError(new RangeError("index 7 out of range"), "nl");
    expect(description.summary).toBe("index 7 out of range");
    expect(description.code).toBeNull();
    expect(description.details).toContain("RangeError: index 7 out of range");
  });

  it("shortens very long details", () => {
    const error = new Error("x");
    error.stack = `Error: x\n${"    at somewhere (bundle.js:1:1)\n".repeat(500)}`;
    const { details } = describeError(error, "nl");
    expect(details.length).toBeLessThanOrEqual(2001);
    expect(details.endsWith("…")).toBe(true);
  });

  it("shows a thrown string as it is", () => {
    expect(describeError("Word is bezet", "nl")).toEqual({
      summary: "Word is bezet",
      code: null,
      details: "Word is bezet",
    });
  });

  it("says 'unknown error' for undefined, and shows a thrown object as JSON", () => {
    expect(describeError(undefined, "nl")).toEqual({
      summary: "Onbekende fout",
      code: null,
      details: "Onbekende fout",
    });
    expect(describeError({ code: 5 }, "en")).toEqual({
      summary: "Unknown error",
      code: null,
      details: '{"code":5}',
    });
  });

  it("does not fail on objects that cannot be turned into JSON", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeError(circular, "nl").details).toBe("Onbekende fout");
  });
});

describe("isShellTab", () => {
  it("accepts the three tab ids and nothing else", () => {
    expect(["check", "structure", "insert"].every(isShellTab)).toBe(true);
    expect([undefined, "Controle", "", 3].some(isShellTab)).toBe(false);
  });
});
