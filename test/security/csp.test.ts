import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./scan-sources";

/**
 * The Content Security Policy of the task pane and the browser preview, parsed directive by directive:
 * scripts only from our own origin (and, in the task pane, Office's script host), no eval in any form,
 * no plugins, no foreign base or form targets. Two documented exceptions: `style-src 'unsafe-inline'`
 * (Fluent UI's CSS-in-JS and office.js insert <style> elements) and data:/blob: images.
 */

const OFFICE_HOST = "https://appsforoffice.microsoft.com";

type Policy = Map<string, string[]>;

/** The policies of every CSP meta tag in an HTML file. */
export function readPolicies(html: string): Policy[] {
  const policies: Policy[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/gis) ?? []) {
    // Built pages are minified: attribute values may go unquoted.
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/is.exec(tag);
    const policy: Policy = new Map();
    for (const directive of (content?.[1] ?? content?.[2] ?? "").split(";")) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name) policy.set(name.toLowerCase(), sources);
    }
    policies.push(policy);
  }
  return policies;
}

/** What each directive may allow; anything else fails. */
function allowedSources(directive: string, officeHost: boolean): Set<string> {
  const base = ["'self'", "'none'"];
  const office = officeHost ? [OFFICE_HOST] : [];
  switch (directive) {
    case "script-src":
    case "connect-src":
    case "frame-src":
      return new Set([...base, ...office]);
    case "style-src":
      return new Set([...base, "'unsafe-inline'"]);
    case "img-src":
      return new Set([...base, "data:", "blob:"]);
    default:
      return new Set(base);
  }
}

/** Every problem with a policy, as readable lines. */
export function checkPolicy(policy: Policy, officeHost: boolean): string[] {
  const problems: string[] = [];
  for (const required of ["default-src", "script-src", "object-src", "base-uri"]) {
    if (!policy.has(required)) problems.push(`${required} is missing`);
  }
  if (policy.get("object-src")?.join(" ") !== "'none'") problems.push("object-src must be 'none'");
  for (const [directive, sources] of policy) {
    if (sources.length === 0) problems.push(`${directive} has no sources`);
    const allowed = allowedSources(directive, officeHost);
    for (const source of sources) {
      if (/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/i.test(source)) {
        problems.push(`${directive} allows ${source}`);
      } else if (!allowed.has(source)) {
        problems.push(`${directive} allows ${source}, which is not ours or Office's`);
      }
    }
  }
  return problems;
}

const PAGES = [
  { file: "src/taskpane/taskpane.html", officeHost: true },
  { file: "src/preview/preview.html", officeHost: false },
  { file: "dist/taskpane.html", officeHost: true },
  { file: "dist/preview.html", officeHost: false },
].filter((page) => page.file.startsWith("src/") || existsSync(join(ROOT, page.file)));

describe("the Content Security Policy", () => {
  it.each(PAGES)(
    "of $file allows only our own origin (and Office's script host where needed), never eval",
    ({ file, officeHost }) => {
      const policies = readPolicies(readFileSync(join(ROOT, file), "utf8"));
      expect(policies).toHaveLength(1);
      expect(checkPolicy(policies[0]!, officeHost)).toEqual([]);
      const scripts = policies[0]!.get("script-src")!;
      expect(scripts).toContain("'self'");
      expect(scripts.includes(OFFICE_HOST)).toBe(officeHost);
    },
  );

  it("of the task pane admits the one external script the page loads: Office's own", () => {
    const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const external = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map(
      (match) => match[1]!,
    );
    expect(external).toEqual([`${OFFICE_HOST}/lib/1/hosted/office.js`]);
  });

  it("check finds what would weaken it", () => {
    const weak = readPolicies(
      `<meta http-equiv="Content-Security-Policy" content="default-src *; script-src 'self' 'unsafe-eval' https://cdn.example.org; style-src 'self' 'unsafe-inline'">`,
    )[0]!;
    expect(checkPolicy(weak, true)).toEqual([
      "object-src is missing",
      "base-uri is missing",
      "object-src must be 'none'",
      "default-src allows *, which is not ours or Office's",
      "script-src allows 'unsafe-eval'",
      "script-src allows https://cdn.example.org, which is not ours or Office's",
    ]);
    const inlineScript = readPolicies(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'">`,
    )[0]!;
    expect(checkPolicy(inlineScript, false)).toEqual([
      "script-src allows 'unsafe-inline', which is not ours or Office's",
    ]);
  });
});
