import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { ROOT } from "./build";

export const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const AXE_SOURCE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface PreviewPage {
  page: Page;
  /** The task pane (the preview's complementary region). */
  pane: Locator;
  /** The document beside it. */
  document: Locator;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and page errors (uncaught exceptions, CSP refusals). */
  errors: string[];
}

export interface OpenOptions {
  theme?: "light" | "dark" | "highContrast";
  lang?: "nl" | "en";
  width?: number;
  height?: number;
}

/**
 * Opens preview.html from the server in a fresh context and waits until the pane shows its first findings.
 * The page records when the first finding entered the DOM (`window.__findingsShownAt`, ms since navigation).
 */
export async function openPreview(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<PreviewPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    acceptDownloads: true,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  await page.addInitScript(() => {
    const record = () => {
      if (!document.querySelector("[data-finding]")) return false;
      (window as unknown as { __findingsShownAt: number }).__findingsShownAt = performance.now();
      return true;
    };
    new MutationObserver((_changes, observer) => {
      if (record()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const query = new URLSearchParams({ theme: options.theme ?? "light", lang: options.lang ?? "nl" });
  await page.goto(`${baseUrl}preview.html?${query.toString()}`);
  const pane = page.getByRole("complementary");
  await pane.locator("[data-finding]").first().waitFor({ timeout: 20_000 });
  return { page, pane, document: page.getByRole("main"), requests, errors };
}

/** Milliseconds from navigation to the first finding in the DOM. */
export function timeToFindings(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __findingsShownAt: number }).__findingsShownAt);
}

/** Opens a .docx through the preview's own file input, as a user would. */
export async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"][accept^=".docx"]').setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(bytes),
  });
}

/** The finding list item whose text matches. */
export function finding(pane: Locator, text: string | RegExp): Locator {
  return pane.locator("[data-finding]").filter({ hasText: text });
}

/** A notice the pane shows about what just happened (inserted, refused, comments added). */
export function notice(pane: Locator, text: string | RegExp): Locator {
  return pane.getByRole("region", { name: "Meldingen" }).getByText(text);
}

/**
 * What axe-core finds, serious and critical only, with the elements it points at.
 *
 * One kind of node is left out: tabster's focus "bumpers" (`<i data-tabster-dummy tabindex="0"
 * aria-hidden="true">`) that Fluent's TabList puts around its tabs. They are focusable on purpose and hand focus
 * on at once; Fluent closed the report as by design (microsoft/fluentui#27517, microsoft/tabster#288) and
 * Accessibility Insights suppresses exactly these nodes for `aria-hidden-focus`. Any other node still counts.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's CSP (script-src 'self') need not allow it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeNode {
      target: string[];
      html: string;
    }
    interface Violation {
      id: string;
      impact: string | null;
      help: string;
      nodes: AxeNode[];
    }
    const axe = (
      window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } }
    ).axe;
    const { violations } = await axe.run(document);
    const isTabsterBumper = (violation: Violation, node: AxeNode) =>
      violation.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(node.html);
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        ...violation,
        nodes: violation.nodes.filter((node) => !isTabsterBumper(violation, node)),
      }))
      .filter((violation) => violation.nodes.length > 0)
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(", ")}`,
      );
  });
}

/** True when the focused element shows a focus indicator (an outline, or Fluent's ::after ring). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const own = getComputedStyle(element);
    if (own.outlineStyle !== "none" && parseFloat(own.outlineWidth) > 0) return true;
    const after = getComputedStyle(element, "::after");
    const ring = after.content !== "none" && (after.borderStyle !== "none" || after.outlineStyle !== "none");
    return element.hasAttribute("data-fui-focus-visible") && ring;
  });
}

/** Describes the focused element: its role or tag and its accessible text. */
export function describeFocus(page: Page): Promise<{ role: string; name: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      role: element?.getAttribute("role") ?? element?.tagName.toLowerCase() ?? "",
      name: (element?.getAttribute("aria-label") ?? element?.textContent ?? "").trim(),
    };
  });
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
