/**
 * Writes JSON Schema files for the data formats, so an organisation editing its own template or
 * library in an editor (VS Code, …) gets validation and completion. `npm run schemas`; a test checks
 * that the committed files are current.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../src/data/json-schemas";

const folder = join(__dirname, "..", "src", "data", "schemas");
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(folder, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schreef ${join("src/data/schemas", name)}`);
}
