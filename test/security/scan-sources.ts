import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * Scans TypeScript sources by their syntax tree (not by text, so comments, strings and names such as
 * `prefetch` never count) for code that runs strings, builds HTML, or reaches the network.
 */

export type RuleId = "eval" | "html" | "network";

export interface Violation {
  rule: RuleId;
  file: string;
  line: number;
  what: string;
}

/** Modules that open network connections. */
const NETWORK_MODULES =
  /^(node:)?(http|https|http2|net|tls|dgram|dns)$|^(undici|axios|node-fetch|got|superagent|ws|socket\.io-client)$/;
const NETWORK_CONSTRUCTORS = new Set([
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "RTCPeerConnection",
  "WebTransport",
]);
const TIMER_FUNCTIONS = new Set(["setTimeout", "setInterval", "setImmediate", "execScript"]);
const HTML_PROPERTIES = new Set(["innerHTML", "outerHTML"]);
const HTML_METHODS = new Set(["insertAdjacentHTML", "createContextualFragment"]);
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self", "global"]);

/** `fetch`, `window.fetch`, `globalThis.fetch`: the name called, or null for other callees. */
function globalName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (
    ts.isPropertyAccessExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    GLOBAL_OBJECTS.has(expression.expression.text)
  ) {
    return expression.name.text;
  }
  return null;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  // `(0, eval)(…)`: an indirect call is still eval.
  if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.CommaToken)
    return unwrap(current.right);
  return current;
}

/** True when an argument is (or, within the file, is declared as) text rather than a function. */
function isStringy(argument: ts.Expression, file: ts.SourceFile): boolean {
  const node = unwrap(argument);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isStringy(node.left, file) || isStringy(node.right, file);
  }
  if (ts.isIdentifier(node)) {
    let found = false;
    const visit = (candidate: ts.Node) => {
      if (
        ts.isVariableDeclaration(candidate) &&
        ts.isIdentifier(candidate.name) &&
        candidate.name.text === node.text &&
        candidate.initializer &&
        !ts.isIdentifier(unwrap(candidate.initializer)) &&
        isStringy(candidate.initializer, file)
      ) {
        found = true;
      }
      if (!found) ts.forEachChild(candidate, visit);
    };
    visit(file);
    return found;
  }
  return false;
}

export function scanSource(fileName: string, text: string): Violation[] {
  const kind = fileName.endsWith(".tsx")
    ? ts.ScriptKind.TSX
    : fileName.endsWith(".ts")
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const violations: Violation[] = [];
  const report = (rule: RuleId, node: ts.Node, what: string) =>
    violations.push({
      rule,
      file: fileName,
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      what,
    });

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = unwrap(node.expression);
      const name = globalName(callee);
      const first = node.arguments?.[0];
      if (name === "eval") report("eval", node, "eval(…)");
      if (name === "Function")
        report("eval", node, ts.isNewExpression(node) ? "new Function(…)" : "Function(…)");
      if (name && TIMER_FUNCTIONS.has(name) && first && isStringy(first, file))
        report("eval", node, `${name}(string)`);
      if (name === "fetch") report("network", node, "fetch(…)");
      if (name && NETWORK_CONSTRUCTORS.has(name)) report("network", node, name);
      if (name === "importScripts") report("network", node, "importScripts(…)");
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const owner = unwrap(callee.expression);
        if (HTML_METHODS.has(method)) report("html", node, `${method}(…)`);
        if (
          (method === "write" || method === "writeln") &&
          ts.isIdentifier(owner) &&
          owner.text === "document"
        ) {
          report("html", node, `document.${method}(…)`);
        }
        if (method === "sendBeacon") report("network", node, "navigator.sendBeacon(…)");
        if (
          ["request", "get"].includes(method) &&
          ts.isIdentifier(owner) &&
          /^(http|https|http2)$/.test(owner.text)
        ) {
          report("network", node, `${owner.text}.${method}(…)`);
        }
      }
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first) {
        const target = unwrap(first);
        if (!ts.isStringLiteral(target) && !ts.isNoSubstitutionTemplateLiteral(target)) {
          report("network", node, "import() of a computed specifier");
        } else if (/^(https?:|\/\/)/.test(target.text) || NETWORK_MODULES.test(target.text)) {
          report("network", node, `import("${target.text}")`);
        }
      }
      if (
        name === "require" &&
        first &&
        ts.isStringLiteral(unwrap(first)) &&
        NETWORK_MODULES.test((unwrap(first) as ts.StringLiteral).text)
      ) {
        report("network", node, `require("${(unwrap(first) as ts.StringLiteral).text}")`);
      }
    }
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const specifier = node.moduleSpecifier.text;
      if (NETWORK_MODULES.test(specifier) || /^(https?:|\/\/)/.test(specifier))
        report("network", node, `import "${specifier}"`);
    }
    if (ts.isPropertyAccessExpression(node) && HTML_PROPERTIES.has(node.name.text)) {
      const parent = node.parent;
      const assigned =
        ts.isBinaryExpression(parent) &&
        parent.left === node &&
        parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
      if (assigned || node.name.text === "outerHTML")
        report("html", node, `${node.name.text}${assigned ? " =" : ""}`);
    }
    if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteral(node.argumentExpression) &&
      HTML_PROPERTIES.has(node.argumentExpression.text)
    ) {
      report("html", node, `["${node.argumentExpression.text}"]`);
    }
    if (
      ts.isJsxAttribute(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === "dangerouslySetInnerHTML"
    ) {
      report("html", node, "dangerouslySetInnerHTML");
    }
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isIdentifier(node.name) &&
      node.name.text === "dangerouslySetInnerHTML"
    ) {
      report("html", node, "dangerouslySetInnerHTML");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return violations;
}

export const ROOT = join(__dirname, "..", "..");
const SOURCE_ROOT = join(ROOT, "src");

/** Every TypeScript/JavaScript file under src/ that ships (tests excluded: they never reach users). */
export function listSourceFiles(folder = SOURCE_ROOT): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listSourceFiles(path));
    else if (/\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

export function scanSourceTree(): Violation[] {
  return listSourceFiles().flatMap((path) => scanSource(relative(ROOT, path), readFileSync(path, "utf8")));
}
