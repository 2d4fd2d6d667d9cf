/**
 * Writes JSON Schema files for the data formats, so an organisation editing its own template or
 * library in an editor (VS Code, …) gets validation and completion. `npm run schemas`; a test checks
 * that the committed files are current.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { jsonSchemas } from "../src/data/json-schemas";

async function main() {
  const folder = join(__dirname, "..", "src", "data", "schemas");
  mkdirSync(folder, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    // Written as the repository's formatter writes JSON, so `npm run lint` passes right after.
    const path = join(folder, name);
    const options = (await resolveConfig(path)) ?? {};
    writeFileSync(path, await format(JSON.stringify(schema), { ...options, filepath: path }));
    console.log(`schreef ${join("src/data/schemas", name)}`);
  }
}

void main();
