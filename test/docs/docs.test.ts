import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { FOLDER_RULES } from "../../src/core/folder/check-folder";
import { FolderReportEntrySchema, ReportEntrySchema } from "../../src/core/report/schema";
import { RULES } from "../../src/core/rules";
import { LibrarySchema, StandardTextsSchema } from "../../src/data/library-schema";
import { TemplateExtensionSchema, TemplateSchema } from "../../src/data/template-schema";

/** The contracts the project relies on live in docs/; these tests keep the docs true to the code. */
const root = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");

type Schema = z.ZodType;

/** The object inside optional, nullable, default and array wrappers, or null when there is none. */
function objectOf(schema: Schema): z.ZodObject | null {
  let current: Schema | undefined = schema;
  while (current) {
    if ("shape" in current) return current as unknown as z.ZodObject;
    const def: { innerType?: Schema; element?: Schema } = (
      current as unknown as { _zod: { def: { innerType?: Schema; element?: Schema } } }
    )._zod.def;
    current = def.innerType ?? def.element;
  }
  return null;
}

/** Every key of an object schema and of the objects nested in it, depth first. */
function keysOf(schema: Schema): string[] {
  const object = objectOf(schema);
  if (!object) return [];
  return Object.entries(object.shape as Record<string, Schema>).flatMap(([key, value]) => [
    key,
    ...keysOf(value),
  ]);
}

/** The words a doc writes as code: `key`, `{ rule, severity }`, `folder.files`. */
const named = (doc: string) =>
  new Set([...doc.matchAll(/`([^`\n]+)`/g)].flatMap((span) => span[1]!.match(/[$\w-]+/g) ?? []));

describe("docs/rules.md", () => {
  const doc = read("docs/rules.md");
  const rows = new Map(
    [...doc.matchAll(/^\| `([a-z-]+)` +\| (error|warning|info) +\|/gm)].map((match) => [match[1], match[2]]),
  );

  it("lists every registered rule with its default severity", () => {
    const expected = RULES.map((rule) => [rule.meta.id, rule.meta.severity]);
    expect(expected.filter(([id, severity]) => rows.get(id!) !== severity)).toEqual([]);
  });

  it("lists every folder rule", () => {
    expect(FOLDER_RULES.filter((id) => !rows.has(id))).toEqual([]);
  });

  it("lists no rule that does not exist", () => {
    const known = new Set<string>([...RULES.map((rule) => rule.meta.id), ...FOLDER_RULES]);
    expect([...rows.keys()].filter((id) => !known.has(id!))).toEqual([]);
  });
});

describe("docs/cli.md", () => {
  it("describes every field of the JSON report, the folder entry, the verdict and the ignores included", () => {
    const names = named(read("docs/cli.md"));
    const fields = [...keysOf(ReportEntrySchema), ...keysOf(FolderReportEntrySchema)];
    expect(fields.filter((field) => !names.has(field))).toEqual([]);
  });
});

describe("docs/templates.md", () => {
  it("describes every key of the template, extension, library and standard-text formats", () => {
    const names = named(read("docs/templates.md"));
    const keys = [TemplateSchema, TemplateExtensionSchema, LibrarySchema, StandardTextsSchema].flatMap(
      keysOf,
    );
    expect([...new Set(keys)].filter((key) => !names.has(key))).toEqual([]);
  });
});

describe("references", () => {
  it("cite the repository's own docs, never a specification outside it", () => {
    const files = [
      "README.md",
      ...["src", "test", "scripts", "docs"].flatMap((folder) =>
        readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
          .filter((file) => /\.(tsx?|js|md)$/.test(file) && !file.includes("fixtures"))
          .map((file) => join(folder, file)),
      ),
    ];
    const citing = files.filter(
      (file) => /SPEC §/.test(read(file)) && file !== join("test", "docs", "docs.test.ts"),
    );
    expect(citing).toEqual([]);
  });
});
