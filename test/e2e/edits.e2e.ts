/**
 * Changing documents through the preview, in Chromium: a missing section inserted with Herstel, a placeholder
 * replaced, a finding ignored and restored, a competency from the library inserted and read back from the
 * downloaded file, comments, the checklist, and the states for an empty document, a letter and a broken file.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { BUILT_IN_LIBRARY } from "../../src/data";
import { chromiumAvailability } from "./support/browser";
import { ROOT } from "./support/build";
import { analyseDocx, documentXmlOf, readFixture, removeSection, SEED_000 } from "./support/documents";
import { finding, notice, openFile, openPreview, saveScreenshot } from "./support/preview-page";
import { servePreview } from "./support/preview-session";

// A browser test opens pages and waits for them; the default 5 s is for unit tests.
jest.setTimeout(90_000);

const availability = chromiumAvailability();
const suite = availability.available ? describe : describe.skip;
if (!availability.available) console.warn(availability.reason);

const fixture = (name: string) => readFixture(path.join(ROOT, "test/fixtures", name));

/** Clicks Downloaden and returns the file the browser received. */
async function download(page: Page): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("banner").getByRole("button", { name: "Downloaden" }).click(),
  ]);
  const saved = await file.path();
  return new Uint8Array(readFileSync(saved));
}

suite("changing a document in the browser preview", () => {
  const preview = servePreview();

  it("inserts a missing section with Herstel, after which its finding is gone", async () => {
    const withoutConditions = removeSection(readFixture(SEED_000), "bezwarende-omstandigheden");
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openFile(page, "zonder-omstandigheden.docx", withoutConditions);
    const missing = finding(pane, "Het onderdeel 'Bezwarende omstandigheden' ontbreekt");
    await missing.waitFor();
    await expect(page.getByRole("main").getByText("Bezwarende omstandigheden").count()).resolves.toBe(0);

    await missing.getByRole("button", { name: "Herstel" }).click();

    await notice(pane, /^Gedaan: Onderdeel 'Bezwarende omstandigheden' invoegen\.$/).waitFor();
    await expect(missing.count()).resolves.toBe(0);
    await expect(
      page.getByRole("main").getByText("Bezwarende omstandigheden", { exact: true }).count(),
    ).resolves.toBe(1);
    await saveScreenshot(page, "light-after-section-fix");

    const saved = await download(page);
    const analysis = analyseDocx(saved);
    expect(analysis.profile.sections.some((section) => section.id === "bezwarende-omstandigheden")).toBe(
      true,
    );
    expect(analysis.findings.some((item) => item.rule === "section-missing")).toBe(false);
    await page.context().close();
  });

  it("replaces a placeholder with the text the user types in Herstel", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const date = finding(pane, "in 'Datum'");
    await date.getByRole("button", { name: "Herstel" }).click();
    const field = date.getByRole("textbox", { name: "Datum van vaststelling" });
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    await date.getByRole("button", { name: "Vervangen" }).click();
    await expect(
      date.getByText("Vul de tekst in die in de plaats van de invultekst komt.").isVisible(),
    ).resolves.toBe(true);

    await field.fill("3 maart 2026");
    await date.getByRole("button", { name: "Vervangen" }).click();
    await notice(pane, /^Gedaan: 'xxx' vervangen\.$/).waitFor();
    await expect(finding(pane, "in 'Datum'").count()).resolves.toBe(0);
    await expect(page.getByRole("main").getByText("Datum: 3 maart 2026").isVisible()).resolves.toBe(true);

    const saved = await download(page);
    const datum = analyseDocx(saved).profile.fields.find((field) => field.key === "datum");
    expect(datum?.value).toBe("3 maart 2026");
    await page.context().close();
  });

  it("hides a finding with Negeer, keeps it in the file, and brings it back with Terugzetten", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const guidance = () => finding(pane, "Neem op deze plaats");
    await expect(pane.getByRole("button", { name: /^Waarschuwingen\s*4$/ }).isVisible()).resolves.toBe(true);

    await guidance().getByRole("button", { name: "Negeer" }).click();
    await pane.getByRole("button", { name: /^Waarschuwingen\s*3$/ }).waitFor();
    await expect(guidance().count()).resolves.toBe(0);

    const saved = await download(page);
    expect(documentXmlOf(saved).length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(saved).includes("docProps/custom.xml")).toBe(true);

    await pane.getByRole("button", { name: "Genegeerde bevindingen tonen (1)" }).click();
    await expect(guidance().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "light-ignored");
    await guidance().getByRole("button", { name: "Terugzetten" }).click();
    await pane.getByRole("button", { name: /^Waarschuwingen\s*4$/ }).waitFor();
    await expect(pane.getByRole("button", { name: /Genegeerde bevindingen/ }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it("inserts a library competency with the chosen level and behaviours, and the download reads back with them", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await pane.getByRole("tab", { name: "Invoegen" }).click();
    await pane.getByRole("searchbox", { name: "Zoek competentie" }).fill("samenwerk");
    await pane.getByRole("radio", { name: /^Samenwerken/ }).click();
    await pane.getByRole("combobox", { name: "Niveau" }).selectOption("4");

    const samenwerken = BUILT_IN_LIBRARY.competencies.find(
      (competency) => competency.name === "Samenwerken",
    )!;
    const examples = samenwerken.levels["4"];
    const boxes = pane.getByRole("group", { name: "Gedragsvoorbeelden" }).getByRole("checkbox");
    await expect(boxes.count()).resolves.toBe(examples.length);
    // The first three are ticked; the user swaps the second for the fourth.
    const ticked = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).checked),
    );
    expect(ticked).toEqual(examples.map((_example, index) => index < 3));
    await boxes.nth(1).uncheck();
    await boxes.nth(3).check();
    const chosen = [examples[0]!, examples[2]!, examples[3]!];

    // Seed 000 already has six competencies: the template's maximum is shown before inserting.
    await expect(
      pane
        .getByText("Hiermee heeft het profiel 7 competenties; het sjabloon adviseert er hoogstens 5.")
        .isVisible(),
    ).resolves.toBe(true);
    await pane.getByRole("button", { name: "Samenwerken invoegen" }).click();
    await notice(pane, /^Gedaan: Competentie 'Samenwerken' invoegen\.$/).waitFor();
    await expect(page.getByRole("main").getByText("Samenwerken (4):").isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "light-after-competency");

    const saved = await download(page);
    const competency = analyseDocx(saved).profile.competencies.find((item) => item.name === "Samenwerken");
    expect(competency?.level).toBe("4");
    expect(competency?.behaviours.map((item) => item.text.replace(/[;.]$/, ""))).toEqual(
      chosen.map((text) => text.replace(/[;.]$/, "")),
    );
    expect(competency?.libraryTag).toMatch(/^profielwijzer:competency:samenwerken@/);
    await page.context().close();
  });

  it("adds the findings as Word comments and says how many", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await pane.getByRole("button", { name: "Bevindingen als opmerkingen" }).click();
    await notice(pane, "28 opmerkingen toegevoegd aan het document.").waitFor();
    const saved = await download(page);
    expect(documentXmlOf(saved).match(/<w:commentReference /g)?.length).toBe(28);
    await page.context().close();
  });

  it("shows the checklist in a selectable text area when the clipboard is blocked", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("blocked", "NotAllowedError")) },
      });
    });
    await pane.getByRole("button", { name: "Checklist kopiëren" }).click();
    const area = pane.getByRole("textbox", { name: "Checklist" });
    await area.waitFor();
    const text = await area.inputValue();
    expect(text).toMatch(/^Profielwijzer – checklist\nProfiel: Key accountmanager\n/);
    expect(text).toContain("FOUTEN (24)");
    await expect(
      area.evaluate((element) => {
        const input = element as HTMLTextAreaElement;
        return (
          element === document.activeElement &&
          input.selectionEnd - input.selectionStart === input.value.length
        );
      }),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it("offers the template skeleton for an empty document and inserts it", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openFile(page, "leeg.docx", fixture("leeg.docx"));
    await pane.getByRole("heading", { name: "Dit document is leeg" }).waitFor();
    await saveScreenshot(page, "light-empty-document");
    await pane.getByRole("button", { name: "Sjabloon invoegen" }).click();
    await notice(pane, /^Gedaan: Sjabloon 'Functieprofiel' invoegen\.$/).waitFor();
    await expect(page.getByRole("main").getByText("Kenmerken van de functie").isVisible()).resolves.toBe(
      true,
    );
    await expect(pane.getByRole("combobox", { name: "Sjabloon" }).isVisible()).resolves.toBe(true);
    await expect(pane.locator("[data-finding]").count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it("says when a document is not a profile and checks it with the template the user chooses", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openFile(page, "brief.docx", fixture("geen-profiel-brief.docx"));
    await pane.getByRole("heading", { name: "Dit lijkt geen functieprofiel" }).waitFor();
    await saveScreenshot(page, "light-not-a-profile");
    await pane.getByRole("combobox", { name: "Controleren met sjabloon" }).selectOption("functieprofiel");
    await finding(pane, "Het onderdeel 'Kenmerken van de functie' ontbreekt").waitFor();
    await expect(pane.getByText("Dit lijkt geen functieprofiel").count()).resolves.toBe(0);
    await page.context().close();
  });

  it("shows the reader's message for a corrupt file instead of a blank pane, and recovers with the sample", async () => {
    const { page, pane, errors } = await openPreview(preview.browser, preview.url);
    await openFile(
      page,
      "kapot.docx",
      new TextEncoder().encode("Dit is geen Word-document maar platte tekst."),
    );
    const alert = pane.getByRole("alert");
    await alert.getByRole("heading", { name: "Het document kon niet worden gelezen" }).waitFor();
    await expect(alert.textContent()).resolves.toContain("Dit is geen Word-document (.docx).");
    await expect(
      page.getByRole("banner").getByRole("button", { name: "Downloaden" }).isDisabled(),
    ).resolves.toBe(true);
    await saveScreenshot(page, "light-corrupt-file");

    await page.getByRole("banner").getByRole("button", { name: "Voorbeeldprofiel" }).click();
    await pane.locator("[data-finding]").first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("makes a template of an open profile in a house style no template knows, and detection uses it", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openFile(page, "acceptant.docx", fixture("house-styles/eigen-verzekeraar-acceptant.pandoc.docx"));
    await finding(pane, "past bij geen enkel sjabloon").waitFor();
    await pane.getByRole("button", { name: "Instellingen" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Sjabloon maken van dit document" }).click();
    await dialog.getByText(/is gemaakt van dit document \(\d+ onderdelen, alle verplicht\)/).waitFor();
    await expect(dialog.getByText(/\(eigen\)$/).count()).resolves.toBeGreaterThan(0);
    await saveScreenshot(page, "light-template-from-document");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("link", { name: "Sjabloon downloaden (JSON)" }).click(),
    ]);
    const template = JSON.parse(readFileSync(await file.path(), "utf8")) as {
      id: string;
      sections: unknown[];
    };
    expect(template.id).toBe("eigen-huisstijl");
    expect(template.sections.length).toBeGreaterThan(3);
    await dialog.getByRole("button", { name: "Sluiten" }).click();
    // The profile now fits its own template: no more "fits no template".
    await expect(finding(pane, "past bij geen enkel sjabloon").count()).resolves.toBe(0);
    await page.context().close();
  });
});
