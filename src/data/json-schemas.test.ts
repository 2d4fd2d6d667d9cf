import { readFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "./json-schemas";

describe("the JSON Schema files for the data formats", () => {
  it.each(Object.entries(jsonSchemas()))(
    "%s is current (run npm run schemas after changing a schema)",
    (name, schema) => {
      const committed = JSON.parse(readFileSync(join(__dirname, "schemas", name), "utf8"));
      expect(committed).toEqual(schema);
    },
  );

  it("describes the built-in templates' keys, so a misspelt key in an editor is flagged", () => {
    const template = jsonSchemas()["template.schema.json"] as {
      additionalProperties?: boolean;
      required?: string[];
    };
    expect(template.additionalProperties).toBe(false);
    expect(template.required).toEqual(expect.arrayContaining(["id", "version", "sections"]));
  });
});
