/**
 * The browser preview in Chromium: the real task pane on the built-in sample (seed 000) — what it shows, how
 * fast, where "Ga naar" goes, keyboard-only use, accessibility (axe) in every theme, the network it touches,
 * and screenshots of every tab in every theme for a person to look at (test-results/screenshots/).
 */
import { describe, expect, it, jest } from "@jest/globals";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromiumAvailability } from "./support/browser";
import {
  describeFocus,
  finding,
  focusIsVisible,
  openPreview,
  saveScreenshot,
  SCREENSHOTS,
  seriousAxeViolations,
  timeToFindings,
} from "./support/preview-page";
import { servePreview } from "./support/preview-session";

// A browser test opens pages and waits for them; the default 5 s is for unit tests.
jest.setTimeout(90_000);

const availability = chromiumAvailability();
const suite = availability.available ? describe : describe.skip;
if (!availability.available) console.warn(availability.reason);

const THEMES = ["light", "dark", "highContrast"] as const;
const TABS = [
  ["check", "Controle"],
  ["structure", "Structuur"],
  ["insert", "Invoegen"],
] as const;

suite("the browser preview on the sample profile", () => {
  const preview = servePreview();

  it("opens the sample and shows its findings by severity, with its header and readiness", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const shownAt = await timeToFindings(page);
    console.log(`[e2e] preview: findings shown ${Math.round(shownAt)} ms after navigation (goal ≤ 1500 ms)`);

    await expect(
      pane.getByRole("heading", { level: 2, name: "Key accountmanager" }).isVisible(),
    ).resolves.toBe(true);
    await expect(pane.getByText("Nog niet compleet", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(pane.getByRole("combobox", { name: "Sjabloon" }).inputValue()).resolves.toBe("");
    await expect(
      pane.getByText("Lijkt het meest op Functieprofiel (100% van de kenmerken gevonden).").isVisible(),
    ).resolves.toBe(true);
    await expect(
      pane.getByRole("button", { name: /^Fouten\s*24$/ }).getAttribute("aria-expanded"),
    ).resolves.toBe("true");
    await expect(pane.getByRole("button", { name: /^Waarschuwingen\s*3$/ }).isVisible()).resolves.toBe(true);
    await expect(pane.locator("[data-finding]").count()).resolves.toBe(27);
    await expect(finding(pane, "Dit profiel heeft 6 competenties").isVisible()).resolves.toBe(true);
    // The document beside the pane is the same file, read from the same snapshot.
    await expect(page.getByRole("main").getByText("Kenmerken van de functie").isVisible()).resolves.toBe(
      true,
    );
    await page.context().close();
  });

  it("asks for nothing but its own files, and breaks no rule of its Content-Security-Policy", async () => {
    const { page, pane, requests, errors } = await openPreview(preview.browser, preview.url);
    for (const [, name] of TABS) {
      await pane.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
    }
    await pane.getByRole("button", { name: "Instellingen" }).click();
    await page.getByRole("dialog").waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Sluiten" }).click();

    const foreign = requests.filter((url) => !url.startsWith(preview.url) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.endsWith("samples/seed-000-functieprofiel.docx"))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Ga naar scrolls to and marks the paragraph a finding is about", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const item = finding(pane, "(“naam direct leidinggevende”)");
    await item.getByRole("button", { name: "Ga naar" }).click();

    const marked = page.getByRole("main").locator("[data-revealed]");
    await expect(marked.count()).resolves.toBe(1);
    await expect(marked.textContent()).resolves.toContain("Direct leidinggevende");
    await expect(marked.textContent()).resolves.toContain("(“naam direct leidinggevende”)");
    await expect(
      marked.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).resolves.toBe(true);

    // The finding about too many competencies points at the one over the limit.
    await pane
      .locator("[data-finding]")
      .filter({ hasText: "Dit profiel heeft 6 competenties" })
      .getByRole("button", { name: "Ga naar" })
      .click();
    await expect(page.getByRole("main").locator("[data-revealed]").first().textContent()).resolves.toBe(
      "Relaties bouwen en netwerken (5):",
    );
    await page.context().close();
  });

  it("highlights in Structuur the part of the profile the user selects in the document", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    await pane.getByRole("tab", { name: "Structuur" }).click();
    const tree = pane.getByRole("tree", { name: "Opbouw van het profiel" });
    await tree.waitFor();

    await page.getByRole("main").getByText("Relaties bouwen en netwerken (5):").click();
    const current = tree.locator('[aria-current="location"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.getAttribute("aria-level")).resolves.toBe("2");
    await expect(current.textContent()).resolves.toMatch(/^Relaties bouwen en netwerken/);

    // A behaviour example two levels down: its branch opens so the node can be seen.
    await page
      .getByRole("main")
      .getByText("creëert een vertrouwensband met de gesprekspartner", { exact: false })
      .click();
    await expect(tree.locator('[aria-current="location"]').textContent()).resolves.toMatch(
      /^creëert een vertrouwensband/,
    );
    await expect(tree.locator('[aria-current="location"]').isVisible()).resolves.toBe(true);

    // And the other way: choosing a node selects its place in the document.
    await tree.getByRole("treeitem", { name: /^2\. Accountmanagement/ }).click();
    await expect(page.getByRole("main").locator("[data-revealed]").first().textContent()).resolves.toMatch(
      /Accountmanagement/,
    );
    await page.context().close();
  });

  it("works by keyboard alone: tabs with arrows, findings and their buttons, each focus visible", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const tabList = pane.getByRole("tablist");
    // Tab from the top of the page until the selected tab has focus.
    let steps = 0;
    while (steps < 40) {
      await page.keyboard.press("Tab");
      steps++;
      const focus = await describeFocus(page);
      if (focus.role === "tab") break;
      expect(await focusIsVisible(page)).toBe(true);
    }
    await expect(describeFocus(page)).resolves.toMatchObject({ role: "tab" });
    await expect(focusIsVisible(page)).resolves.toBe(true);
    await expect(
      tabList.getByRole("tab", { name: /^Controle/ }).evaluate((tab) => tab === document.activeElement),
    ).resolves.toBe(true);

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(tabList.getByRole("tab", { name: "Structuur" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    await pane.getByRole("tree").waitFor();
    // Into the panel and the tree; arrows move through it, Enter goes to the node's place.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(describeFocus(page)).resolves.toMatchObject({ role: "treeitem" });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").locator("[data-revealed]").count()).resolves.toBeGreaterThan(0);

    // Back to Controle, then Tab to the first finding's "Ga naar" and use it.
    await tabList.getByRole("tab", { name: "Structuur" }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await expect(tabList.getByRole("tab", { name: /^Controle/ }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    let reached = false;
    for (let step = 0; step < 12 && !reached; step++) {
      await page.keyboard.press("Tab");
      expect(await focusIsVisible(page)).toBe(true);
      reached = (await describeFocus(page)).name === "Ga naar";
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").locator("[data-revealed]").textContent()).resolves.toContain(
      "Bedrijfsnaam",
    );

    // Herstel on a placeholder by keyboard: the field gets focus, Enter replaces.
    await page.keyboard.press("Tab");
    await expect(describeFocus(page)).resolves.toMatchObject({ name: "Herstel" });
    await page.keyboard.press("Enter");
    await expect(describeFocus(page)).resolves.toMatchObject({ role: "input" });
    await page.keyboard.type("Bakkerij De Korenschoof / Verkoop");
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("main").getByText("Bakkerij De Korenschoof / Verkoop").isVisible(),
    ).resolves.toBe(true);
    await expect(focusIsVisible(page)).resolves.toBe(true);
    await page.context().close();
  });

  it("switches language and theme from its toolbar and keeps them in the address", async () => {
    const { page, pane } = await openPreview(preview.browser, preview.url);
    const background = () =>
      pane.evaluate(
        (element) => getComputedStyle(element.querySelector(".fui-FluentProvider")!).backgroundColor,
      );
    const light = await background();
    await page.getByRole("banner").getByRole("combobox", { name: "Taal" }).selectOption("en");
    await pane.getByRole("tab", { name: /^Check/ }).waitFor();
    await expect(pane.getByText("Not yet complete", { exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole("banner").getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(background()).resolves.not.toBe(light);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await page.context().close();
  });

  for (const theme of THEMES) {
    it(`has no serious or critical axe violations in the ${theme} theme, on every tab`, async () => {
      const { page, pane } = await openPreview(preview.browser, preview.url, { theme });
      const found: string[] = [];
      for (const [, name] of TABS) {
        await pane.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
        if (name === "Invoegen") {
          await pane
            .getByRole("radio", { name: /Samenwerken/ })
            .first()
            .click();
        }
        if (name === "Structuur") await pane.getByRole("tree").waitFor();
        found.push(...(await seriousAxeViolations(page)).map((violation) => `${name}: ${violation}`));
      }
      expect(found).toEqual([]);
      await page.context().close();
    });
  }

  it("saves a screenshot of every tab in every theme, of the page and of the pane at its full height", async () => {
    for (const theme of THEMES) {
      const { page, pane } = await openPreview(preview.browser, preview.url, { theme, height: 1500 });
      for (const [tab, name] of TABS) {
        await pane.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
        if (tab === "structure") await pane.getByRole("tree").waitFor();
        if (tab === "insert")
          await pane
            .getByRole("radio", { name: /Samenwerken/ })
            .first()
            .click();
        await page.mouse.move(0, 0);
        await saveScreenshot(page, `${theme}-${tab}`);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await pane.screenshot({ path: path.join(SCREENSHOTS, `${theme}-${tab}-pane.png`) });
      }
      await page.context().close();
    }
  }, 120_000);
});
