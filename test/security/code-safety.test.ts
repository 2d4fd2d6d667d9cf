import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, scanSource, scanSourceTree, type Violation } from "./scan-sources";

/**
 * The shipped sources (src/, tests excluded) never evaluate strings as code, never build HTML from text,
 * and never reach the network: the only network access at run time is Office's own script, loaded by
 * taskpane.html (see csp.test.ts). XML is parsed without DTDs or entities: test/hostile/external-entities.test.ts.
 *
 * Exceptions are listed here with file, what and why, and each is pinned down by a test below.
 */
const ALLOWED: readonly (Pick<Violation, "rule" | "file" | "what"> & { reason: string })[] = [
  {
    rule: "network",
    file: "src/preview/open-document.ts",
    what: "fetch(…)",
    // The browser preview (not the Word add-in) loads its built-in sample .docx from its own origin, a
    // relative URL that preview.html's CSP (connect-src 'self') also confines to the same server.
    reason: "the browser preview fetches the bundled sample document from its own origin",
  },
];

function isAllowed(violation: Violation): boolean {
  return ALLOWED.some(
    (entry) =>
      entry.rule === violation.rule && entry.file === violation.file && entry.what === violation.what,
  );
}

const violations = scanSourceTree().filter((violation) => !isAllowed(violation));
const describeAll = (rule: Violation["rule"]) =>
  violations.filter((violation) => violation.rule === rule).map((v) => `${v.file}:${v.line} ${v.what}`);

describe("the shipped sources", () => {
  it("evaluate no strings as code: no eval, no Function constructor, no timer with a string", () => {
    expect(describeAll("eval")).toEqual([]);
  });

  it("build no HTML from text: no dangerouslySetInnerHTML, innerHTML/outerHTML, insertAdjacentHTML, document.write", () => {
    expect(describeAll("html")).toEqual([]);
  });

  it("make no network calls: no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, http(s) modules or remote imports", () => {
    expect(describeAll("network")).toEqual([]);
  });
});

describe("the allowed exceptions", () => {
  it("the preview's one fetch loads the sample by a relative URL from its own origin", () => {
    const source = readFileSync(join(ROOT, "src/preview/open-document.ts"), "utf8");
    const fetches = [...source.matchAll(/\bfetch\(([^)]*)\)/g)].map((match) => match[1]);
    expect(fetches).toEqual(["SAMPLE_URL"]);
    const url = /export const SAMPLE_URL = "([^"]+)"/.exec(source)?.[1];
    expect(url).toMatch(/^[\w-]+(\/[\w.-]+)+$/);
  });
});

describe("the scanner behind these checks", () => {
  const rulesOf = (code: string, file = "voorbeeld.tsx") =>
    scanSource(file, code).map((v) => `${v.rule}: ${v.what}`);

  it.each([
    ["eval('1 + 1')", "eval: eval(…)"],
    ["window.eval(code)", "eval: eval(…)"],
    ["(0, eval)(code)", "eval: eval(…)"],
    ["new Function('return 1')", "eval: new Function(…)"],
    ["globalThis.Function('return 1')()", "eval: Function(…)"],
    ["setTimeout('alert(1)', 10)", "eval: setTimeout(string)"],
    ["const code = `run()`; setInterval(code, 5)", "eval: setInterval(string)"],
    ["setTimeout('a' + b, 0)", "eval: setTimeout(string)"],
  ])("finds string evaluation in %s", (code, expected) => {
    expect(rulesOf(code)).toContain(expected);
  });

  it.each([
    ["element.innerHTML = text", "html: innerHTML ="],
    ["element.innerHTML += text", "html: innerHTML ="],
    ["const html = element.outerHTML", "html: outerHTML"],
    ["element['innerHTML'] = text", 'html: ["innerHTML"]'],
    ["element.insertAdjacentHTML('beforeend', text)", "html: insertAdjacentHTML(…)"],
    ["document.write(text)", "html: document.write(…)"],
    ["const view = <div dangerouslySetInnerHTML={{ __html: text }} />", "html: dangerouslySetInnerHTML"],
    [
      "React.createElement('div', { dangerouslySetInnerHTML: { __html: text } })",
      "html: dangerouslySetInnerHTML",
    ],
  ])("finds HTML built from text in %s", (code, expected) => {
    expect(rulesOf(code)).toContain(expected);
  });

  it.each([
    ["await fetch('https://example.org')", "network: fetch(…)"],
    ["window.fetch(url)", "network: fetch(…)"],
    ["new XMLHttpRequest()", "network: XMLHttpRequest"],
    ["new WebSocket('wss://example.org')", "network: WebSocket"],
    ["new EventSource('/events')", "network: EventSource"],
    ["navigator.sendBeacon('/log', data)", "network: navigator.sendBeacon(…)"],
    ["import http from 'node:http'; http.request(options)", "network: http.request(…)"],
    ["import https from 'https'", 'network: import "https"'],
    ["await import('https://cdn.example.org/x.js')", 'network: import("https://cdn.example.org/x.js")'],
    ["await import(url)", "network: import() of a computed specifier"],
    ["const net = require('node:net')", 'network: require("node:net")'],
  ])("finds network access in %s", (code, expected) => {
    expect(rulesOf(code)).toContain(expected);
  });

  it.each([
    "// eval('x') and fetch('y') in a comment",
    "const text = 'call fetch() or eval() or element.innerHTML = x';",
    "setTimeout(() => refresh(), 200)",
    "const timer = setTimeout(update, 50)",
    "element.textContent = text",
    "const prefetch = (x: number) => x; prefetch(1)",
    "const html = renderReport(results); await writeFile(out, html)",
    "await import('./fix')",
    "const { readFile } = await import('node:fs/promises')",
  ])("stays quiet on safe code: %s", (code) => {
    expect(rulesOf(code, "veilig.ts")).toEqual([]);
  });
});
