import { describe, expect, it } from "@jest/globals";
import { isProfielwijzerError } from "../../core/common";
import { analyse } from "../../core/analyse";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../data";
import { functieprofiel } from "../../../test/helpers/profiles";
import { applyToSnapshot } from "./apply-to-snapshot";

const options = {
  templates: BUILT_IN_TEMPLATES,
  library: BUILT_IN_LIBRARY,
  standardTexts: BUILT_IN_STANDARD_TEXTS,
};

/** The test double the pane's tests rely on must behave like a host: apply what was planned, or nothing. */
describe("applyToSnapshot", () => {
  it("inserts a missing section where the plan says, so the profile has it afterwards", () => {
    const before = functieprofiel({ conditions: null });
    const missing = analyse(before, options).value.findings.find(
      (finding) => finding.rule === "section-missing",
    )!;
    if (missing.fix?.kind !== "plan") throw new Error("expected a plan");
    const { snapshot, inserted } = applyToSnapshot(before, missing.fix.plan);
    expect(snapshot.blocks.length).toBe(before.blocks.length + inserted.length);
    const after = analyse(snapshot, options).value;
    expect(after.profile.sections.some((section) => section.id === "bezwarende-omstandigheden")).toBe(true);
    // Every original paragraph is still there, in order.
    const texts = snapshot.blocks.map((block) => block.text);
    let at = 0;
    for (const block of before.blocks) at = texts.indexOf(block.text, at) + 1;
    expect(at).toBeGreaterThan(0);
  });

  it("changes nothing and says the document changed when an anchor no longer holds its text", () => {
    const before = functieprofiel({ conditions: null });
    const missing = analyse(before, options).value.findings.find(
      (finding) => finding.rule === "section-missing",
    )!;
    if (missing.fix?.kind !== "plan") throw new Error("expected a plan");
    const anchor = missing.fix.plan.operations[0]!.anchor.block;
    const moved = {
      ...before,
      blocks: before.blocks.map((block, index) =>
        index === anchor ? { ...block, text: `${block.text}!` } : block,
      ),
    };
    let error: unknown;
    try {
      applyToSnapshot(moved, missing.fix.plan);
    } catch (thrown) {
      error = thrown;
    }
    expect(isProfielwijzerError(error) && error.code).toBe("document-changed");
  });
});
