import { isProfielwijzerError, message, type Message } from "../../core/common";
import {
  ignoredListDamaged,
  parseIgnores,
  serialiseIgnores,
  type StoredIgnores,
} from "../../core/findings/ignored";
import type { Ignore } from "../../core/findings/schema";
import type { DocxDocument } from "./read-docx";
import { appendToRoot, PackageEditor } from "./write-package";
import { escapeXmlAttribute, escapeXmlText } from "./write-xml";
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlScanner } from "./xml";

/**
 * The ids of ignored findings live in the .docx itself, as the custom document property
 * `profielwijzer.ignored` (JSON text) in docProps/custom.xml: Word shows it under File > Properties and
 * keeps it when the document is saved. A damaged value reads as "nothing ignored" with a message.
 */

export const IGNORED_PROPERTY = "profielwijzer.ignored";
const CUSTOM_PROPERTIES_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VARIANT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const CUSTOM_PROPERTIES_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
/** The format id Office gives user-defined properties. */
const USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const TEXT_TYPES = new Set(["lpwstr", "lpstr", "bstr"]);

interface CustomProperties {
  part: string;
  text: string;
  /** The property element of our name, with its value, if present. */
  ours: { start: number; end: number; pid: string | null; value: string | null } | null;
  highestPid: number;
  /** The prefix the root binds to the variant types namespace ("vt"), if any. */
  variantPrefix: string | null;
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

function findCustomPart(editor: PackageEditor): string | null {
  return (
    editor.findRelated(null, "custom-properties") ??
    (editor.has("docProps/custom.xml") ? "docProps/custom.xml" : null)
  );
}

/** Reads the custom properties part; throws `xml-invalid` when it is not well-formed XML. */
function readCustomProperties(editor: PackageEditor, part: string): CustomProperties {
  const text = editor.readText(part)!.text;
  const scanner = new XmlScanner(text, part);
  let ours: CustomProperties["ours"] = null;
  let highestPid = 1;
  let variantPrefix: string | null = null;
  let inOurs: { start: number; pid: string | null; depth: number } | null = null;
  let value: string[] | null = null;
  let valueText: string | null = null;
  for (;;) {
    const event = scanner.next();
    if (event === XML_END) break;
    if (event === XML_OPEN) {
      if (scanner.depth === 1) {
        for (const [name, uri] of scanner.attributes())
          if (name.startsWith("xmlns:") && uri === VARIANT_TYPES_NAMESPACE) variantPrefix = name.slice(6);
      } else if (scanner.depth === 2 && localName(scanner.name) === "property") {
        const pid = scanner.attribute("pid");
        const number = Number.parseInt(pid ?? "", 10);
        if (Number.isFinite(number)) highestPid = Math.max(highestPid, number);
        if (scanner.attribute("name") === IGNORED_PROPERTY && ours === null && inOurs === null)
          inOurs = { start: scanner.start, pid, depth: scanner.depth };
      } else if (inOurs && scanner.depth === inOurs.depth + 1 && value === null && valueText === null) {
        value = TEXT_TYPES.has(localName(scanner.name)) ? [] : null;
        if (value === null) valueText = "";
      }
    } else if (event === XML_TEXT) {
      if (value !== null) value.push(scanner.text());
    } else if (event === XML_CLOSE) {
      if (inOurs && scanner.depth === inOurs.depth && value !== null) {
        valueText = value.join("");
        value = null;
      }
      if (inOurs && scanner.depth === inOurs.depth - 1) {
        // A value of another type (a number, a date) reads as "", which is no list of ids: damaged.
        ours = { start: inOurs.start, end: scanner.end, pid: inOurs.pid, value: valueText };
        inOurs = null;
      }
    }
  }
  return { part, text, ours, highestPid, variantPrefix };
}

/** The ignored findings kept in the document; damaged values give [] and a message, never an error. */
export function readIgnores(document: DocxDocument): StoredIgnores {
  const editor = new PackageEditor(document.parts);
  const part = findCustomPart(editor);
  if (part === null) return { ignores: [], messages: [] };
  let properties: CustomProperties;
  try {
    properties = readCustomProperties(editor, part);
  } catch (error) {
    if (!isProfielwijzerError(error)) throw error;
    return ignoredListDamaged();
  }
  const raw = properties.ours?.value;
  if (raw === undefined) return { ignores: [], messages: [] };
  // A value of another type reads as "" (see above): damaged, not empty.
  if (raw === null || raw === "") return ignoredListDamaged();
  return parseIgnores(raw);
}

/** Stores the ignored findings in the document and returns the new file. */
export function writeIgnores(
  document: DocxDocument,
  ignores: readonly Ignore[],
): { bytes: Uint8Array<ArrayBuffer>; messages: Message[] } {
  const editor = new PackageEditor(document.parts);
  const json = serialiseIgnores(ignores);
  const messages: Message[] = [];
  const part = findCustomPart(editor);
  let properties: CustomProperties | null = null;
  if (part !== null) {
    try {
      properties = readCustomProperties(editor, part);
    } catch (error) {
      if (!isProfielwijzerError(error)) throw error;
      messages.push(
        message(
          "warning",
          "custom-properties-replaced",
          "De aangepaste documenteigenschappen van dit document waren beschadigd en zijn vervangen door een nieuwe lijst met alleen de genegeerde bevindingen.",
          "The document's custom properties were damaged and have been replaced by a new list holding only the ignored findings.",
        ),
      );
    }
  }
  const property = (pid: number | string, prefix: string, variantPrefix: string | null) => {
    const vt = variantPrefix ?? "vt";
    const declare = variantPrefix === null ? ` xmlns:${vt}="${VARIANT_TYPES_NAMESPACE}"` : "";
    return (
      `<${prefix}property${declare} fmtid="${USER_DEFINED_FMTID}" pid="${escapeXmlAttribute(String(pid))}" name="${IGNORED_PROPERTY}">` +
      `<${vt}:lpwstr>${escapeXmlText(json)}</${vt}:lpwstr></${prefix}property>`
    );
  };
  if (properties) {
    const current = properties;
    if (current.ours) {
      const rawName = /^<([^\s/>]+)/.exec(current.text.slice(current.ours.start))?.[1] ?? "property";
      const prefix = rawName.includes(":") ? rawName.slice(0, rawName.indexOf(":") + 1) : "";
      const replacement = property(current.ours.pid ?? current.highestPid + 1, prefix, current.variantPrefix);
      editor.writeText(
        current.part,
        current.text.slice(0, current.ours.start) + replacement + current.text.slice(current.ours.end),
      );
    } else {
      editor.writeText(
        current.part,
        appendToRoot(current.text, current.part, (prefix) =>
          property(current.highestPid + 1, prefix, current.variantPrefix),
        ),
      );
    }
  } else if (part !== null) {
    editor.writeText(part, freshPart(property(2, "", "vt")));
  } else {
    const name = editor.freePartName("docProps/", "custom", "xml");
    editor.writeText(name, freshPart(property(2, "", "vt")));
    editor.addRelationship(null, CUSTOM_PROPERTIES_RELATIONSHIP, name);
    editor.addContentType(name, CUSTOM_PROPERTIES_TYPE);
  }
  return { bytes: editor.toBytes(), messages };
}

function freshPart(property: string): string {
  return (
    `${DECLARATION}<Properties xmlns="${CUSTOM_PROPERTIES_NAMESPACE}" xmlns:vt="${VARIANT_TYPES_NAMESPACE}">` +
    `${property.replace(` xmlns:vt="${VARIANT_TYPES_NAMESPACE}"`, "")}</Properties>`
  );
}
