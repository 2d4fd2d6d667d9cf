/**
 * A tiny element builder for the HTML report: every text and attribute value is escaped, and there is
 * no way to pass raw markup in. Document text can never become HTML.
 */
export type Child = Element | string | number | null | undefined | false | Child[];

export interface Element {
  readonly tag: string;
  readonly attributes: Record<string, string>;
  readonly children: Child[];
}

const VOID = new Set(["meta", "br", "hr"]);

export function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): Element {
  return { tag, attributes, children };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function render(node: Child): string {
  if (node === null || node === undefined || node === false) return "";
  if (Array.isArray(node)) return node.map(render).join("");
  if (typeof node === "string" || typeof node === "number") return escapeHtml(String(node));
  if (!/^[a-z][a-z0-9]*$/.test(node.tag)) throw new Error(`Invalid tag ${node.tag}`);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Invalid attribute ${name}`);
      return ` ${name}="${escapeHtml(value)}"`;
    })
    .join("");
  if (VOID.has(node.tag)) return `<${node.tag}${attributes}>`;
  return `<${node.tag}${attributes}>${render(node.children)}</${node.tag}>`;
}
