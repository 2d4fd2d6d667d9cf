import axe from "axe-core";

/**
 * axe-core's findings in jsdom. Rules that need layout or a canvas (colour contrast, whether a visible label
 * matches the name) cannot work there; the Chromium end-to-end tests run them.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { "color-contrast": { enabled: false }, "label-content-name-mismatch": { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}
