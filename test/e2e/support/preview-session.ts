import { afterAll, beforeAll } from "@jest/globals";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { DIST, ensureBuild } from "./build";
import { serveFolder, type StaticServer } from "./static-server";

export interface PreviewSession {
  readonly browser: Browser;
  readonly url: string;
}

/** The built preview served from dist/ and one Chromium, shared by the tests of a suite. */
export function servePreview(): PreviewSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureBuild();
    server = await serveFolder(DIST);
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the preview session has not started (beforeAll failed)");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
