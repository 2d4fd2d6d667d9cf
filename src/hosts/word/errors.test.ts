import { ProfielwijzerError } from "../../core/common";
import { mapWordError } from "./errors";

function wordError(code: string, message = "Word says no", debugMessage = ""): Error {
  return Object.assign(new Error(message), { code, debugInfo: { code, message: debugMessage || message } });
}

describe("mapping Word's errors", () => {
  it.each([
    ["AccessDenied", "read-only", /alleen-lezen of beveiligd/],
    ["NotAllowed", "read-only", /alleen-lezen of beveiligd/],
    ["GeneralException", "word-general", /algemene fout/],
    ["ItemNotFound", "document-changed", /gewijzigd sinds het werd gelezen/],
    ["ApiNotFound", "requirement-missing", /niet ondersteund/],
  ])("maps %s to %s with a Dutch explanation", (code, expected, dutch) => {
    const mapped = mapWordError(wordError(code));
    expect(mapped.code).toBe(expected);
    expect(mapped.text.nl).toMatch(dutch);
    expect(mapped.text.en.length).toBeGreaterThan(0);
  });

  it("recognises a locked content control from Word's explanation", () => {
    const mapped = mapWordError(wordError("AccessDenied", "Denied", "The content control cannot be edited."));
    expect(mapped.code).toBe("locked-content-control");
  });

  it("names anything else an unexpected error and quotes Word", () => {
    expect(mapWordError(wordError("InvalidArgument", "Bad argument")).text.nl).toBe(
      "Word meldde een onverwachte fout: Bad argument",
    );
    expect(mapWordError("kapot").text.nl).toBe("Word meldde een onverwachte fout: kapot");
  });

  it("warns that part of a change may be in place when a write batch failed halfway", () => {
    expect(mapWordError(wordError("GeneralException"), "write").text.nl).toMatch(
      /Ongedaan maken \(Ctrl\+Z\)/,
    );
    expect(mapWordError(wordError("AccessDenied"), "write").text.nl).not.toMatch(/Ctrl\+Z/);
  });

  it("passes Profielwijzer's own errors through unchanged", () => {
    const own = new ProfielwijzerError("document-changed", { nl: "a", en: "b" });
    expect(mapWordError(own, "write")).toBe(own);
  });
});
