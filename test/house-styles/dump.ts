/** Prints what the reader reads from one .docx: sections, areas, competencies (a debugging aid). */
import { readFixture } from "./expected";
const analysis = readFixture(process.argv[2]!);
const p = analysis.profile;
console.log("template", p.template.id, "title", p.title?.text);
for (const s of p.sections)
  console.log(
    "S",
    s.id,
    JSON.stringify(s.heading?.text ?? null),
    s.range ? `${s.range.start}-${s.range.end}` : "",
  );
for (const a of p.resultAreas)
  console.log(
    "A",
    JSON.stringify(a.title),
    a.tasks.length,
    a.indicators.length,
    a.tasks.map((t) => t.text.slice(0, 30)).join(" | "),
  );
for (const c of p.competencies) console.log("C", JSON.stringify(c.name), c.level, c.behaviours.length);
