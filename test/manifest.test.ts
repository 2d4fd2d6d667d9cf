/**
 * The add-in manifest, checked offline (`office-addin-manifest validate` needs Microsoft's online service):
 * well-formed, schema element order, required elements, resources, URLs, icons, permissions, requirements.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";

const root = path.resolve(__dirname, "..");
const manifestXml = readFileSync(path.join(root, "manifest.xml"), "utf8");

// CommonJS modules of the build tooling; typed here only as far as the tests use them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeIcons = require("../scripts/make-icons.js") as {
  ICON_SIZES: number[];
  renderIconPng: (size: number) => Buffer;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as {
  createConfig: (env: object, argv: { mode: string }) => { plugins: unknown[] };
};

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

interface XmlElement {
  name: string;
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  let rootElement: XmlElement | null = null;
  const stack: XmlElement[] = [];
  parser.on("doctype", () => {
    throw new Error("the manifest must not declare a DTD");
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const parent = stack.at(-1) ?? null;
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: "",
      parent,
    };
    if (parent) parent.children.push(element);
    else rootElement = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (!rootElement) throw new Error("no root element");
  return rootElement;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function child(element: XmlElement, local: string): XmlElement {
  const found = element.children.find((c) => c.local === local);
  if (!found) throw new Error(`<${element.local}> has no <${local}>`);
  return found;
}

function pathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | null = element; e; e = e.parent) names.unshift(e.local);
  return names.join("/");
}

function readPngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifest = parseXml(manifestXml);
const versionOverrides = child(manifest, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
const DEV_BASE = "https://localhost:3000/";

/** Resource id → element, per resource kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function readResources(kind: string): Map<string, XmlElement> {
  return new Map(child(resources, kind).children.map((resource) => [resource.attributes.id ?? "", resource]));
}

/**
 * Child order from the schema's xs:sequence (TaskPaneAppVersionOverridesV1_0.xsd and the 1.1 manifest schema).
 * Only the elements we use or might use; an element not listed here fails the test, so a new one gets looked up.
 */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "WebApplicationInfo",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  "OfficeApp/Requirements": ["Sets", "Methods"],
  "OfficeApp/DefaultSettings": ["SourceLocation"],
  "OfficeApp/VersionOverrides": [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  "OfficeApp/VersionOverrides/Requirements": ["Sets"],
  "OfficeApp/VersionOverrides/Hosts/Host": [
    "Runtimes",
    "AllFormFactors",
    "DesktopFormFactor",
    "MobileFormFactor",
  ],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor": ["GetStarted", "FunctionFile", "ExtensionPoint"],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/GetStarted": [
    "Title",
    "Description",
    "LearnMoreUrl",
  ],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group": [
    "Label",
    "Icon",
    "Control",
  ],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control": [
    "Label",
    "Supertip",
    "Icon",
    "Action",
  ],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Supertip": [
    "Title",
    "Description",
  ],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Action": [
    "TaskpaneId",
    "SourceLocation",
    "Title",
  ],
  "OfficeApp/VersionOverrides/Resources": ["Images", "Urls", "ShortStrings", "LongStrings"],
};

describe("manifest.xml structure", () => {
  it("is well-formed XML without a DTD, rooted in a TaskPaneApp OfficeApp", () => {
    expect(manifest.local).toBe("OfficeApp");
    expect(manifest.uri).toBe(NS.app);
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(versionOverrides.uri).toBe(NS.overrides);
    expect(versionOverrides.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  it("has every element the add-in needs at the top level", () => {
    const names = manifest.children.map((c) => c.local);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
  });

  it("puts the children of every element in the schema's order", () => {
    for (const element of walk(manifest)) {
      const sequence = SEQUENCES[pathOf(element)];
      if (!sequence) continue;
      const positions = element.children.map((c) => {
        const position = sequence.indexOf(c.local);
        if (position < 0) throw new Error(`<${c.local}> is not a known child of ${pathOf(element)}`);
        return position;
      });
      const sorted = [...positions].sort((a, b) => a - b);
      expect({ at: pathOf(element), order: element.children.map((c) => c.local) }).toEqual({
        at: pathOf(element),
        order: sorted.map((position) => sequence[position]),
      });
    }
  });

  it("has a valid, fixed GUID of its own and a four-part version", () => {
    const id = child(manifest, "Id").text.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    // Not the yo office template's id: two add-ins with one id overwrite each other when sideloaded.
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
    expect(child(manifest, "Version").text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("is provided by Profielwijzer, in Dutch by default, for Word documents only", () => {
    expect(child(manifest, "ProviderName").text.trim()).toBe("Profielwijzer");
    expect(child(manifest, "DefaultLocale").text.trim()).toBe("nl-NL");
    const hosts = child(manifest, "Hosts").children;
    expect(hosts.map((h) => h.attributes.Name)).toEqual(["Document"]);
    const overrideHosts = child(versionOverrides, "Hosts").children;
    expect(overrideHosts.map((h) => h.attributes["xsi:type"])).toEqual(["Document"]);
  });

  it("asks to read and write the document", () => {
    expect(child(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  it("requires WordApi 1.3 as the minimum, in the base manifest and in the version overrides alike", () => {
    for (const requirements of [child(manifest, "Requirements"), child(versionOverrides, "Requirements")]) {
      const sets = child(requirements, "Sets");
      expect(sets.attributes.DefaultMinVersion).toBe("1.3");
      expect(sets.children.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([
        ["WordApi", "1.3"],
      ]);
    }
  });

  it("opens the task pane from taskpane.html", () => {
    const source = child(child(manifest, "DefaultSettings"), "SourceLocation");
    expect(source.attributes.DefaultValue).toBe(`${DEV_BASE}taskpane.html`);
  });
});

describe("manifest.xml texts", () => {
  it.each(["DisplayName", "Description"])("%s has Dutch default text and an English override", (name) => {
    const element = child(manifest, name);
    const dutch = element.attributes.DefaultValue ?? "";
    expect(dutch.trim()).not.toBe("");
    const overrides = element.children.filter((c) => c.local === "Override");
    expect(overrides.map((o) => o.attributes.Locale)).toEqual(["en-US"]);
    const english = overrides[0]?.attributes.Value ?? "";
    expect(english.trim()).not.toBe("");
    expect(english).not.toBe(dutch);
    expect(dutch.length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 4000);
  });

  it("gives every ribbon string a Dutch default and an English override within the schema's length", () => {
    for (const [kind, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const [id, resource] of readResources(kind)) {
        const dutch = resource.attributes.DefaultValue ?? "";
        const english = resource.children.find(
          (c) => c.local === "Override" && c.attributes.Locale === "en-US",
        );
        expect({
          id,
          dutch: dutch.trim() !== "",
          english: (english?.attributes.Value ?? "").trim() !== "",
        }).toEqual({
          id,
          dutch: true,
          english: true,
        });
        expect({
          id,
          length: Math.max(dutch.length, english?.attributes.Value?.length ?? 0) <= limit,
        }).toEqual({
          id,
          length: true,
        });
      }
    }
  });

  it("puts a Controleer profiel button in a Profielwijzer group on the Home tab that opens the task pane", () => {
    const shortStrings = readResources("ShortStrings");
    const label = (element: XmlElement) =>
      shortStrings.get(child(element, "Label").attributes.resid ?? "")?.attributes.DefaultValue;
    const tab = [...walk(versionOverrides)].find((e) => e.local === "OfficeTab");
    expect(tab?.attributes.id).toBe("TabHome");
    const group = child(tab!, "Group");
    expect(label(group)).toBe("Profielwijzer");
    const button = child(group, "Control");
    expect(button.attributes["xsi:type"]).toBe("Button");
    expect(label(button)).toBe("Controleer profiel");
    const action = child(button, "Action");
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    const urls = readResources("Urls");
    expect(urls.get(child(action, "SourceLocation").attributes.resid ?? "")?.attributes.DefaultValue).toBe(
      `${DEV_BASE}taskpane.html`,
    );
  });
});

describe("manifest.xml resources and URLs", () => {
  const kindOfReference = (element: XmlElement): string => {
    if (element.local === "Image") return "Images";
    if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.local)) return "Urls";
    if (element.local === "Description") return "LongStrings";
    return "ShortStrings"; // Label, Title
  };

  it("resolves every resid to a resource of the right kind, and every resource is used", () => {
    const used = new Set<string>();
    for (const element of walk(versionOverrides)) {
      const resid = element.attributes.resid;
      if (!resid) continue;
      const kind = kindOfReference(element);
      expect({ resid, kind, found: readResources(kind).has(resid) }).toEqual({ resid, kind, found: true });
      used.add(`${kind}:${resid}`);
    }
    for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
      for (const id of readResources(kind).keys()) expect(used).toContain(`${kind}:${id}`);
    }
  });

  it("points every URL at https://localhost:3000 (a production build rewrites them)", () => {
    const urls: string[] = [];
    for (const element of walk(manifest)) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (["DefaultValue", "Value"].includes(name) && /^\w+:\/\//.test(value)) urls.push(value);
      }
      if (element.local === "AppDomain") urls.push(element.text.trim());
    }
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000")).toBe(true);
    expect(manifestXml).not.toMatch(/contoso/i);
    expect(child(child(manifest, "AppDomains"), "AppDomain").text.trim()).toBe("https://localhost:3000");
  });

  it("only links to files the build produces", () => {
    const htmlOutputs = new Set(
      webpackConfig.createConfig({}, { mode: "production" }).plugins.flatMap((plugin) => {
        const options = (plugin as { userOptions?: { filename?: string } }).userOptions;
        return plugin?.constructor?.name === "HtmlWebpackPlugin" && options?.filename
          ? [options.filename]
          : [];
      }),
    );
    expect([...htmlOutputs].sort()).toEqual(["commands.html", "preview.html", "taskpane.html"]);
    const linked = new Set<string>();
    for (const element of walk(manifest)) {
      for (const value of Object.values(element.attributes)) {
        if (value.startsWith(DEV_BASE)) linked.add(value.slice(DEV_BASE.length));
      }
    }
    for (const file of linked) {
      const produced = file.startsWith("assets/") ? existsSync(path.join(root, file)) : htmlOutputs.has(file);
      expect({ file, produced }).toEqual({ file, produced: true });
    }
  });
});

describe("icons", () => {
  const iconFile = (url: string) => path.join(root, url.slice(DEV_BASE.length));

  it("IconUrl is a 32×32 PNG and HighResolutionIconUrl a 64×64 PNG", () => {
    expect(readPngSize(iconFile(child(manifest, "IconUrl").attributes.DefaultValue ?? ""))).toEqual({
      width: 32,
      height: 32,
    });
    expect(
      readPngSize(iconFile(child(manifest, "HighResolutionIconUrl").attributes.DefaultValue ?? "")),
    ).toEqual({
      width: 64,
      height: 64,
    });
  });

  it("every ribbon image is a PNG of exactly the size it is used at", () => {
    const images = readResources("Images");
    const uses = [...walk(versionOverrides)].filter((e) => e.local === "Image" && e.attributes.resid);
    expect(uses.length).toBeGreaterThanOrEqual(6);
    for (const use of uses) {
      const size = Number(use.attributes.size);
      const url = images.get(use.attributes.resid ?? "")?.attributes.DefaultValue ?? "";
      expect({ url, ...readPngSize(iconFile(url)) }).toEqual({ url, width: size, height: size });
    }
  });

  it("ships the icon set at 16, 32, 64, 80 and 128 px", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(readPngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("are exactly what scripts/make-icons.js draws, so they can be regenerated", () => {
    expect(makeIcons.ICON_SIZES).toEqual([16, 32, 64, 80, 128]);
    for (const size of makeIcons.ICON_SIZES) {
      expect(
        makeIcons.renderIconPng(size).equals(readFileSync(path.join(root, "assets", `icon-${size}.png`))),
      ).toBe(true);
    }
  });
});
