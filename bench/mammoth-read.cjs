// The comparison baseline for the CLI benchmark: mammoth merely extracting the raw text of every .docx in a
// folder, in a process of its own (as the CLI runs in one). With `--count-only` it loads mammoth and stops,
// which measures its start-up. Prints one JSON line: files read and characters extracted.
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const mammoth = require("mammoth");

async function readAll(folder) {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".docx"))
    .sort();
  let characters = 0;
  for (const name of files) {
    const result = await mammoth.extractRawText({ buffer: readFileSync(join(folder, name)) });
    characters += result.value.length;
  }
  return { files: files.length, characters };
}

const [folder, flag] = process.argv.slice(2);
if (flag === "--count-only" || !folder) {
  process.stdout.write(`${JSON.stringify({ files: 0, characters: 0 })}\n`);
} else {
  readAll(folder).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
