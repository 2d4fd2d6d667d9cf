import { analyse } from "../analyse";
import { BUILT_IN_TEMPLATES } from "../../data/templates";
import { p, snapshot } from "../../../test/helpers/snapshot";
import { functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./template-unknown";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    { name: "a complete resultaatprofiel", snapshot: resultaatprofiel() },
  ],
  invalid: [
    {
      name: "a business letter",
      snapshot: snapshot(
        p("Geachte mevrouw De Boer,"),
        p("Hierbij ontvangt u de offerte voor het onderhoud van de installatie."),
        p("Met vriendelijke groet,"),
      ),
      findings: [{ messageId: "unknown", section: null, location: { start: 0, end: 0 } }],
    },
  ],
});

describe("template-unknown's wording", () => {
  it("names the closest templates as a person knows them, with the share of their features found", () => {
    const letter = snapshot(p("Geachte mevrouw De Boer,"), p("Met vriendelijke groet,"));
    const [finding] = analyse(letter, { templates: BUILT_IN_TEMPLATES, rules: [rule] }).value.findings;
    const names = BUILT_IN_TEMPLATES.map((template) => template.name.nl).join("|");
    const match = `(?:${names.replace(/[()]/g, "\\$&")}) \\(\\d+% van de kenmerken gevonden\\)`;
    expect(finding!.message.nl).toMatch(
      new RegExp(`Lijkt het meest op ${match}; daarna ${match}, ${match}\\.`),
    );
    expect(finding!.message.en).toMatch(/Closest to .+ \(\d+% of its features found\); then /);
    expect(finding!.message.nl).not.toMatch(/\brijksoverheid\b|\bhr21\b|\bufo\b|zekerheid/);
  });
});
