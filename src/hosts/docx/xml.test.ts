import fc from "fast-check";
import { SaxesParser } from "saxes";
import { isProfielwijzerError, type ProfielwijzerError } from "../../core/common";
import { parseXmlTree, XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlScanner } from "./xml";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Everything the scanner reports, with adjacent text merged (parsers may split text differently). */
function scan(xml: string): Event[] {
  const scanner = new XmlScanner(xml, "test.xml");
  const events: Event[] = [];
  for (;;) {
    const event = scanner.next();
    if (event === XML_END) return events;
    if (event === XML_OPEN) events.push(["open", scanner.name, Object.fromEntries(scanner.attributes())]);
    else if (event === XML_CLOSE) events.push(["close", scanner.name]);
    else pushText(events, scanner.text());
  }
}

function pushText(events: Event[], text: string): void {
  if (text === "") return;
  const last = events[events.length - 1];
  if (last?.[0] === "text") last[1] += text;
  else events.push(["text", text]);
}

/** The same through saxes (no namespaces, so names are raw like ours when no prefix is remapped). */
function scanWithSaxes(xml: string): Event[] {
  const parser = new SaxesParser({ xmlns: false });
  const events: Event[] = [];
  let depth = 0;
  parser.on("opentag", (tag) => {
    depth++;
    events.push(["open", tag.name, { ...(tag.attributes as Record<string, string>) }]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    events.push(["close", tag.name]);
  });
  parser.on("text", (text) => {
    if (depth > 0) pushText(events, text);
  });
  parser.on("cdata", (text) => pushText(events, text));
  parser.write(xml).close();
  return events;
}

function outcome(parse: (xml: string) => Event[], xml: string): Event[] | "error" {
  try {
    return parse(xml);
  } catch {
    return "error";
  }
}

function errorOf(action: () => unknown): ProfielwijzerError {
  try {
    action();
  } catch (error) {
    if (isProfielwijzerError(error)) return error;
    throw error;
  }
  throw new Error("expected a ProfielwijzerError");
}

describe("XmlScanner", () => {
  it("reports elements, attributes and decoded text in document order", () => {
    expect(scan('<?xml version="1.0"?><a x="1" y=\'t&amp;t\'><b/>één &lt;twee&gt; &#65;&#x42;</a>')).toEqual([
      ["open", "a", { x: "1", y: "t&t" }],
      ["open", "b", {}],
      ["close", "b"],
      ["text", "één <twee> AB"],
      ["close", "a"],
    ]);
  });

  it("gives the exact offsets of open tags, close tags, whole elements and text", () => {
    const xml = '<root><w:t xml:space="preserve">a &amp; b</w:t><e/></root>';
    const scanner = new XmlScanner(xml, "x");
    expect(scanner.next()).toBe(XML_OPEN);
    expect(scanner.next()).toBe(XML_OPEN);
    expect(xml.slice(scanner.start, scanner.end)).toBe('<w:t xml:space="preserve">');
    expect(scanner.next()).toBe(XML_TEXT);
    expect(xml.slice(scanner.start, scanner.end)).toBe("a &amp; b");
    expect(scanner.next()).toBe(XML_CLOSE);
    expect(xml.slice(scanner.start, scanner.end)).toBe("</w:t>");
    expect(xml.slice(scanner.elementStart, scanner.end)).toBe('<w:t xml:space="preserve">a &amp; b</w:t>');
    expect(scanner.next()).toBe(XML_OPEN);
    expect(scanner.selfClosing).toBe(true);
    expect(scanner.next()).toBe(XML_CLOSE);
    expect(xml.slice(scanner.elementStart, scanner.end)).toBe("<e/>");
    expect(scanner.start).toBe(scanner.end);
  });

  it("finds a duplicate among many attributes", () => {
    const attributes = Array.from({ length: 40 }, (_, i) => ` a${i}="${i}"`).join("");
    expect(scan(`<e${attributes}/>`)[0]?.[2]).toHaveProperty("a39", "39");
    expect(errorOf(() => scan(`<e${attributes} a7="x"/>`)).code).toBe("xml-invalid");
  });

  it("reports CDATA sections literally", () => {
    expect(scan("<a><![CDATA[<b> & ]]></a>")).toEqual([
      ["open", "a", {}],
      ["text", "<b> & "],
      ["close", "a"],
    ]);
  });

  it("normalises line ends in text and whitespace in attribute values", () => {
    expect(scan('<a v="x\ty\nz">1\r\n2\r3</a>')).toEqual([
      ["open", "a", { v: "x y z" }],
      ["text", "1\n2\n3"],
      ["close", "a"],
    ]);
  });

  it("skips a whole element, nested content included", () => {
    const scanner = new XmlScanner("<a><skip><x><y/></x>text</skip><after/></a>", "x");
    scanner.next();
    scanner.next();
    scanner.skipElement();
    expect(scanner.next()).toBe(XML_OPEN);
    expect(scanner.name).toBe("after");
  });

  it("maps the prefixes a producer chose onto the canonical OOXML prefixes", () => {
    const xml =
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p x:rsid="1"/></x:document>';
    const scanner = new XmlScanner(xml, "x");
    scanner.next();
    expect(scanner.name).toBe("w:document");
    scanner.next();
    expect(scanner.name).toBe("w:p");
    expect(scanner.attribute("w:rsid")).toBe("1");
  });

  it("reads the default namespace and strict OOXML as the w namespace", () => {
    const xml = '<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body/></document>';
    expect(
      scan(xml)
        .filter((event) => event[0] === "open")
        .map((event) => event[1]),
    ).toEqual(["w:document", "w:body"]);
  });

  it("does not take a 'w' prefix bound to another namespace for WordprocessingML", () => {
    const xml = '<w:document xmlns:w="urn:something-else"><w:p/></w:document>';
    const scanner = new XmlScanner(xml, "x");
    scanner.next();
    expect(scanner.name).not.toBe("w:document");
  });

  it("refuses any DOCTYPE with xml-doctype and never expands entities", () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>';
    const error = errorOf(() => scan(xml));
    expect(error.code).toBe("xml-doctype");
    expect(error.text.nl).toContain("test.xml");
  });

  it.each([
    ["an unclosed element", "<a><b></a>"],
    ["a crossed close tag", "<a><b></a></b>"],
    ["text after the root", "<a/>x"],
    ["a second root", "<a/><b/>"],
    ["no root", "  "],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["an entity without semicolon", "<a>&amp</a>"],
    ["a reference to a non-XML character", "<a>&#0;</a>"],
    ["a control character", "<a>\u0001</a>"],
    ["an unquoted attribute", "<a x=1/>"],
    ["a duplicate attribute", '<a x="1" x="2"/>'],
    ["'<' in an attribute value", '<a x="<"/>'],
    ["attributes without space between them", '<a x="1"y="2"/>'],
    ["']]>' in text", "<a>]]></a>"],
    ["'--' in a comment", "<a><!-- a -- b --></a>"],
    ["an XML declaration that is not first", '<a/><?xml version="1.0"?>'],
    ["a truncated tag", '<a><b x="1"'],
  ])("refuses %s with xml-invalid and says where", (_, xml) => {
    const error = errorOf(() => scan(xml));
    expect(error.code).toBe("xml-invalid");
    expect(error.text.nl).toMatch(/test\.xml.*regel \d+, kolom \d+/);
    expect(error.text.en).toMatch(/test\.xml.*line \d+, column \d+/);
  });

  it("accepts and rejects the same inputs as saxes, and reports the same events", () => {
    const fragment = fc.constantFrom(
      "<a>",
      "</a>",
      "<b x='1'>",
      "</b>",
      '<c y="&quot;&amp;" z="v"/>',
      "<w:t>",
      "</w:t>",
      "text",
      " ",
      "\n",
      "&amp;",
      "&lt;",
      "&#233;",
      "&#x1F600;",
      "&bogus;",
      "&",
      "<![CDATA[x<y]]>",
      "<!-- note -->",
      "<?pi data?>",
      "]]>",
      "é",
      ">",
      "<",
      '<d a="1" a="2"/>',
      '<e a="x>y"/>',
      "<f/>",
      "<1/>",
      "\u0007",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (parts) => {
        const xml = `<root>${parts.join("")}</root>`;
        expect(outcome(scan, xml)).toEqual(outcome(scanWithSaxes, xml));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("XmlScanner on well-formed documents", () => {
  const name = fc.constantFrom("a", "w:p", "w:t", "x-y", "é", "_z.1");
  const attributeValue = fc.constantFrom(
    "",
    "1",
    "a b",
    "&amp;",
    "&quot;x&apos;",
    "&#x20AC;",
    "tab\there",
    ">",
  );
  const text = fc.constantFrom(
    "",
    "tekst",
    " ",
    "a &amp; b",
    "&lt;p&gt;",
    "&#8364;",
    "\r\n",
    "]]",
    "<![CDATA[&]]>",
    "<!-- c -->",
  );
  const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc
      .tuple(
        name,
        fc.uniqueArray(fc.constantFrom("x", "y", "w:val", "xml:space"), { maxLength: 3 }),
        fc.array(attributeValue, { minLength: 3, maxLength: 3 }),
        fc.array(fc.oneof({ depthSize: "small" }, text, tie("node")), { maxLength: 4 }),
      )
      .map(([tag, keys, values, children]) => {
        const attributes = keys.map((key, i) => ` ${key}="${values[i]}"`).join("");
        return children.length === 0
          ? `<${tag}${attributes}/>`
          : `<${tag}${attributes}>${children.join("")}</${tag}>`;
      }),
  })).node;

  it("reports exactly the events saxes reports", () => {
    fc.assert(
      fc.property(element, (xml) => {
        expect(scan(xml)).toEqual(scanWithSaxes(xml));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseXmlTree", () => {
  it("builds the element tree of a small part with canonical names", () => {
    const root = parseXmlTree(
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="Kop1"><w:name w:val="heading 1"/></w:style></w:styles>',
      "word/styles.xml",
    );
    expect(root.name).toBe("w:styles");
    expect(root.children[0]?.attributes.get("w:styleId")).toBe("Kop1");
    expect(root.children[0]?.children[0]?.attributes.get("w:val")).toBe("heading 1");
  });
});
