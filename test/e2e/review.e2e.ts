/**
 * The reviewer in the browser preview, in Chromium: ignoring a warning and an error with a reason (and a
 * confirmation for the error) and the verdict that then names the ignored points; findings as comments, twice,
 * shown beside the text; and the layout of a narrow window, where document and pane must never overlap.
 */
import { describe, expect, it, jest } from "@jest/globals";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { chromiumAvailability } from "./support/browser";
import { ROOT } from "./support/build";
import { documentXmlOf, readFixture, removeSection } from "./support/documents";
import { finding, notice, openFile, openPreview, SCREENSHOTS, saveScreenshot } from "./support/preview-page";
import { servePreview } from "./support/preview-session";

jest.setTimeout(90_000);

const availability = chromiumAvailability();
const suite = availability.available ? describe : describe.skip;
if (!availability.available) console.warn(availability.reason);

const GUIDANCE = "Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie.";

/** A complete profile with one error (no Bezwarende omstandigheden) and one warning (guidance left in). */
function profileWithTwoPoints(): Uint8Array {
  const complete = readFixture(path.join(ROOT, "test/fixtures/functieprofiel-complete.docx"));
  const entries = unzipSync(removeSection(complete, "bezwarende-omstandigheden"));
  const xml = strFromU8(entries["word/document.xml"]!);
  entries["word/document.xml"] = strToU8(
    xml.replace(
      "De key accountmanager is primair gericht",
      `${GUIDANCE} De key accountmanager is primair gericht`,
    ),
  );
  return zipSync(entries);
}

async function openProfile(page: Page, pane: Locator): Promise<void> {
  await openFile(page, "profiel-review.docx", profileWithTwoPoints());
  await finding(pane, "Bezwarende omstandigheden").waitFor();
  await finding(pane, "Neem op deze plaats").waitFor();
}

suite("the reviewer in the browser preview", () => {
  const preview = servePreview();

  it("ignores a warning and an error only with a reason, and the verdict then names the ignored points", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openProfile(page, pane);
    await pane
      .getByText(/Nog niet compleet volgens sjabloon: 1 fout\b/)
      .first()
      .waitFor();

    // A warning: Negeer opens the reason form; "Andere reden" without words is refused.
    const warning = finding(pane, "Neem op deze plaats");
    await warning.getByRole("button", { name: "Negeer" }).click();
    const form = warning.locator("form");
    await expect(form.getByRole("radio", { name: "Niet van toepassing" }).isChecked()).resolves.toBe(true);
    await form.getByRole("radio", { name: "Andere reden" }).check();
    await form.getByRole("button", { name: "Negeren" }).click();
    await form.getByText("Schrijf bij een andere reden kort waarom.").waitFor();
    await saveScreenshot(page, "light-ignore-form-reason-needed");
    await warning.screenshot({ path: path.join(SCREENSHOTS, "light-ignore-form-warning.png") });
    await form
      .getByRole("textbox", { name: "Toelichting (voor wie het profiel later naleest)" })
      .fill("De context staat in het functieboek.");
    await form.getByRole("button", { name: "Negeren" }).click();
    await expect(finding(pane, "Neem op deze plaats").count()).resolves.toBe(0);

    // An error: the form warns what an ignored error means and asks to confirm with "Fout toch negeren".
    const error = finding(pane, "Bezwarende omstandigheden");
    await error.getByRole("button", { name: "Negeer" }).click();
    await error.getByText(/Dit is een fout\. Een genegeerde fout blijft zichtbaar in het oordeel/).waitFor();
    await expect(error.getByRole("button", { name: "Negeren", exact: true }).count()).resolves.toBe(0);
    await error.getByRole("radio", { name: "Bewust afwijkend" }).check();
    await error.screenshot({ path: path.join(SCREENSHOTS, "light-ignore-form-error.png") });
    await error.getByRole("button", { name: "Fout toch negeren" }).click();

    // No open point is left, yet the verdict is not plain "compleet": it names the two ignored points.
    const verdict = "Compleet volgens sjabloon, met 2 bewust genegeerde punten";
    await pane.getByText(verdict).first().waitFor();
    await expect(pane.getByText("Compleet volgens sjabloon", { exact: true }).count()).resolves.toBe(0);
    // The ignored list is open and says why each point was set aside.
    await pane.getByText(/Genegeerd:\s*andere reden: De context staat in het functieboek\./).waitFor();
    await pane.getByText(/Genegeerd:\s*bewust afwijkend/).waitFor();
    await saveScreenshot(page, "light-verdict-with-ignored");
    await pane.screenshot({ path: path.join(SCREENSHOTS, "light-verdict-with-ignored-pane.png") });
    await page.context().close();
  });

  it("adds the findings as comments once, shows them beside the text, and a second click changes nothing", async () => {
    const { page, pane, document } = await openPreview(preview.browser, preview.url);
    await pane.getByRole("button", { name: "Bevindingen als opmerkingen" }).click();
    const added = notice(pane, /^\d+ opmerkingen toegevoegd aan het document\.$/);
    await added.waitFor();
    const count = Number(/^\d+/.exec((await added.textContent()) ?? "")![0]);
    expect(count).toBeGreaterThan(1);

    // Each comment shows as a note under the paragraph it is about, written as a person would.
    const notes = document.getByRole("note", { name: "Opmerking van Profielwijzer" });
    await expect(notes.count()).resolves.toBe(count);
    const first = (await notes.first().textContent()) ?? "";
    expect(first).toMatch(/Controle: [a-z-]+ \(Profielwijzer #[0-9a-z]+\)$/);
    await notes.first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, "light-comments-in-document");

    await pane.getByRole("button", { name: "Bevindingen als opmerkingen" }).click();
    await notice(pane, "De opmerkingen in het document kloppen al met de bevindingen.").waitFor();
    await expect(notes.count()).resolves.toBe(count);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("banner").getByRole("button", { name: "Downloaden" }).click(),
    ]);
    const saved = readFixture(await file.path());
    expect(documentXmlOf(saved).match(/<w:commentReference /g)?.length).toBe(count);
    await page.context().close();
  });

  it.each([700, 500])("at %i px wide, nothing of the document overlaps the pane", async (width) => {
    const {
      page,
      pane,
      document: documentView,
    } = await openPreview(preview.browser, preview.url, {
      width,
      height: 800,
    });
    const banner = page.getByRole("banner");
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.width - 0.5 &&
      b.x < a.x + a.width - 0.5 &&
      a.y < b.y + b.height - 0.5 &&
      b.y < a.y + a.height - 0.5;
    for (const view of ["Taakvenster", "Document"] as const) {
      await banner.getByRole("button", { name: view, exact: true }).click();
      const shown = view === "Document" ? documentView : pane;
      const hidden = view === "Document" ? pane : documentView;
      await expect(shown.isVisible()).resolves.toBe(true);
      const box = (await shown.boundingBox())!;
      // What is shown lies within the window, below the toolbar, and the other one is not visible on top of it.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      expect(overlap(box, (await banner.boundingBox())!)).toBe(false);
      await expect(hidden.isVisible()).resolves.toBe(false);
      // Nothing of the page is wider than the window: no sideways scrolling of the whole preview.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        width,
      );
      await saveScreenshot(page, `light-narrow-${width}-${view === "Document" ? "document" : "pane"}`);
    }
    await page.context().close();
  });
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
