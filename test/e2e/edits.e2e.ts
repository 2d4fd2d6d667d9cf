/**
 * Changing documents through the preview, in Chromium: a missing section inserted with Herstel, a placeholder
 * replaced, a finding ignored and restored, a competency from the library inserted and read back from the
 * downloaded file, comments, the checklist, and the states for an empty document, a letter and a broken file.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
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

/** Waits for something the page does not show (a browser dialog seen by the test). */
async function waitUntil(condition: () => boolean, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks Downloaden and returns the file the browser received. */
async function download(page: Page): Promise<Uint8Array> {
  return (await downloadWithName(page)).bytes;
}

/** Clicks Downloaden (or Download) and returns the file and the name the browser suggests for it. */
async function downloadWithName(
  page: Page,
  label = "Downloaden",
): Promise<{ bytes: Uint8Array; name: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("banner").getByRole("button", { name: label }).click(),
  ]);
  return { bytes: new Uint8Array(readFileSync(await file.path())), name: file.suggestedFilename() };
}

/** A copy of leeg.docx whose body has no paragraph at all (only its section properties). */
function withoutParagraphs(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries["word/document.xml"]!);
  entries["word/document.xml"] = strToU8(xml.replace(/<w:p\/>|<w:p>.*?<\/w:p>/g, ""));
  return zipSync(entries);
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
    // The inserted section has an 'xxx.' and a standard line to tailor: the rise in findings is explained.
    await notice(
      pane,
      /^2 nieuwe punten om in te vullen: de ingevoegde tekst heeft eigen invulplekken/,
    ).waitFor();
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

  it("removes a '- xxx.' line with Verwijder deze regel, and says which part of the area each placeholder is in", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const tasks = () => finding(pane, "in 'Resultaatgebieden › Jaarplan account(s) › Taken'");
    await expect(
      finding(pane, "in 'Resultaatgebieden › Jaarplan account(s) › Resultaatindicatoren'").count(),
    ).resolves.toBe(1);
    await expect(tasks().count()).resolves.toBe(1);
    const lines = async () => (await page.getByRole("main").innerText()).match(/xxx\./g)?.length ?? 0;
    const before = await lines();

    await tasks().getByRole("button", { name: "Herstel" }).click();
    await expect(tasks().getByRole("button", { name: "Vervangen" }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "light-remove-line");
    await tasks().getByRole("button", { name: "Verwijder deze regel" }).click();

    await notice(pane, /^Gedaan: Regel verwijderen\.$/).waitFor();
    await expect(tasks().count()).resolves.toBe(0);
    await expect(lines()).resolves.toBe(before - 1);
    const saved = analyseDocx(await download(page));
    expect(saved.profile.resultAreas[0]!.tasks.some((task) => task.placeholder)).toBe(false);
    await page.context().close();
  });

  it("hides a finding with Negeer, keeps it in the file, and brings it back with Terugzetten", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const guidance = () => finding(pane, "Neem op deze plaats");
    await expect(pane.getByRole("button", { name: /^Waarschuwingen\s*3$/ }).isVisible()).resolves.toBe(true);

    await guidance().getByRole("button", { name: "Negeer" }).click();
    // Negeer asks why first; the default reason (niet van toepassing) will do.
    await guidance().getByRole("button", { name: "Negeren" }).click();
    await pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).waitFor();
    await expect(guidance().count()).resolves.toBe(0);

    const saved = await download(page);
    expect(documentXmlOf(saved).length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(saved).includes("docProps/custom.xml")).toBe(true);

    await pane.getByRole("button", { name: "Genegeerde bevindingen tonen (1)" }).click();
    await expect(guidance().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "light-ignored");
    await guidance().getByRole("button", { name: "Terugzetten" }).click();
    await pane.getByRole("button", { name: /^Waarschuwingen\s*3$/ }).waitFor();
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

  it("gives a document without a single paragraph the template, and counts nothing it does not show", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openFile(page, "niets.docx", withoutParagraphs(fixture("leeg.docx")));
    await pane.getByRole("heading", { level: 2, name: "Leeg document" }).waitFor();
    const status = pane.getByRole("status").filter({ hasText: "Gecontroleerd" });
    await expect(status.textContent()).resolves.toBe(
      "Gecontroleerd: dit document is leeg. Voeg het sjabloon in om te beginnen.",
    );
    await expect(pane.getByRole("tab", { name: /^Controle/ }).textContent()).resolves.toBe("Controle");
    await expect(pane.getByText("Geen sjabloon", { exact: true }).count()).resolves.toBe(0);
    await saveScreenshot(page, "light-document-without-paragraphs");

    const insert = pane.getByRole("button", { name: "Sjabloon invoegen" }).first();
    await expect(insert.getAttribute("aria-disabled")).resolves.not.toBe("true");
    await insert.click();
    await notice(pane, /^Gedaan: Sjabloon 'Functieprofiel' invoegen\.$/).waitFor();
    await expect(page.getByRole("main").getByText("Kenmerken van de functie").isVisible()).resolves.toBe(
      true,
    );
    const saved = await download(page);
    expect(analyseDocx(saved).profile.sections.some((section) => section.id === "kenmerken")).toBe(true);
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

  it.each([
    ["not a .docx at all", () => new TextEncoder().encode("Dit is geen Word-document maar platte tekst.")],
    ["a .docx cut off halfway", () => readFixture(SEED_000).slice(0, 7_000)],
  ])(
    "keeps the open document exactly as it was when the user opens a broken file (%s), and says so",
    async (_case, broken) => {
      const { page, pane, errors } = await openPreview(preview.browser, preview.url);
      // An edit first: that is what must not be lost.
      await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeer" }).click();
      // Negeer asks why first; the default reason (niet van toepassing) will do.
      await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeren" }).click();
      await pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).waitFor();
      const documentText = await page.getByRole("main").innerText();

      await openFile(page, "kapot.docx", broken());
      const alert = page.getByRole("alert").filter({ hasText: "'kapot.docx' kon niet worden geopend" });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain(
        "seed-000-functieprofiel.docx is nog open, precies zoals het was.",
      );
      await saveScreenshot(page, "light-broken-file-kept");

      // The same document, with its edit, in the pane and beside it; the download still works and holds it.
      await expect(
        page
          .getByRole("banner")
          .getByText(/^Document: seed-000-functieprofiel\.docx/)
          .count(),
      ).resolves.toBe(1);
      await expect(page.getByRole("main").innerText()).resolves.toBe(documentText);
      await expect(
        pane.getByRole("heading", { level: 2, name: "Key accountmanager" }).isVisible(),
      ).resolves.toBe(true);
      await expect(pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).isVisible()).resolves.toBe(
        true,
      );
      await expect(
        pane.getByRole("button", { name: "Genegeerde bevindingen tonen (1)" }).isVisible(),
      ).resolves.toBe(true);
      const saved = await download(page);
      expect(new TextDecoder().decode(saved).includes("docProps/custom.xml")).toBe(true);

      // The pane goes on working on it.
      await finding(pane, "in 'Datum'").getByRole("button", { name: "Ga naar" }).click();
      await expect(page.getByRole("main").locator("[data-revealed]").count()).resolves.toBe(1);
      await alert.getByRole("button", { name: "Sluiten" }).click();
      await expect(alert.count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it("says which file could not be opened when no document was open before", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await openFile(page, "leeg.docx", fixture("leeg.docx"));
    await pane.getByRole("heading", { name: "Dit document is leeg" }).first().waitFor();
    await openFile(page, "notities.docx", new TextEncoder().encode("platte tekst"));
    const alert = page.getByRole("alert").filter({ hasText: "'notities.docx' kon niet worden geopend" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("Dit is geen Word-document (.docx).");
    await expect(alert.textContent()).resolves.toContain("leeg.docx is nog open, precies zoals het was.");
    await page.context().close();
  });

  it("suggests '<name> (bewerkt).docx' for an edited file, and the file's own name for an unchanged one", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await expect(downloadWithName(page).then((file) => file.name)).resolves.toBe(
      "seed-000-functieprofiel.docx",
    );

    await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeer" }).click();
    // Negeer asks why first; the default reason (niet van toepassing) will do.
    await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeren" }).click();
    await page.getByRole("banner").getByText("wijzigingen nog niet gedownload", { exact: false }).waitFor();
    const edited = await downloadWithName(page);
    expect(edited.name).toBe("seed-000-functieprofiel (bewerkt).docx");
    await expect(
      page.getByRole("banner").getByText("wijzigingen nog niet gedownload", { exact: false }).count(),
    ).resolves.toBe(0);

    // The downloaded file, opened again and edited again, keeps one suffix; in English it says so in English.
    await openFile(page, edited.name, edited.bytes);
    await page.getByRole("banner").getByText(`Document: ${edited.name}`).waitFor();
    await page.getByRole("banner").getByRole("combobox", { name: "Taal" }).selectOption("en");
    // (The first edit, an ignored finding, travels with the file; this is another.)
    await finding(pane, "naam direct leidinggevende").getByRole("button", { name: "Ignore" }).click();
    await finding(pane, "naam direct leidinggevende")
      .getByRole("button", { name: /^Ignore( this error anyway)?$/ })
      .last()
      .click();
    await page.getByRole("banner").getByText("changes not downloaded yet", { exact: false }).waitFor();
    await expect(downloadWithName(page, "Download").then((file) => file.name)).resolves.toBe(
      "seed-000-functieprofiel (bewerkt) (edited).docx",
    );
    await page.context().close();
  });

  it("asks before a reload or close would lose edits that were not downloaded, and only then", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    // The user has clicked around (browsers only ask after an interaction), but changed nothing.
    await pane.getByRole("tab", { name: "Structuur" }).click();
    await pane.getByRole("tab", { name: /^Controle/ }).click();
    await expect(
      page.evaluate(() => dispatchEvent(new Event("beforeunload", { cancelable: true }))),
    ).resolves.toBe(true);

    await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeer" }).click();
    // Negeer asks why first; the default reason (niet van toepassing) will do.
    await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeren" }).click();
    await pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).waitFor();
    // The page now asks (what the browser shows is its own question, not ours).
    await expect(
      page.evaluate(() => dispatchEvent(new Event("beforeunload", { cancelable: true }))),
    ).resolves.toBe(false);
    await page.close({ runBeforeUnload: true });
    await waitUntil(() => dialogs.length > 0);
    expect(dialogs).toEqual(["beforeunload"]);
    // Dismissed: the page and the edit are still there.
    expect(page.isClosed()).toBe(false);
    await expect(pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).isVisible()).resolves.toBe(true);

    // Downloaded: nothing to lose, so the page closes without asking.
    await download(page);
    const closed = new Promise<void>((resolve) => page.once("close", () => resolve()));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(["beforeunload"]);
    await page.context().close();
  });

  it("asks before another document replaces edits that were not downloaded", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeer" }).click();
    // Negeer asks why first; the default reason (niet van toepassing) will do.
    await finding(pane, "Neem op deze plaats").getByRole("button", { name: "Negeren" }).click();
    await pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).waitFor();
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await openFile(page, "leeg.docx", fixture("leeg.docx"));
    await waitUntil(() => asked.length > 0);
    expect(asked).toEqual([
      "De wijzigingen in seed-000-functieprofiel.docx zijn nog niet gedownload en gaan verloren. Toch een ander document openen?",
    ]);
    // Kept: the user said no.
    await expect(pane.getByRole("button", { name: /^Waarschuwingen\s*2$/ }).isVisible()).resolves.toBe(true);
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
