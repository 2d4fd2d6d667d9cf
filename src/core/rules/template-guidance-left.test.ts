import { functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { BUILT_IN_TEMPLATES } from "../../data/templates";
import { applyToSnapshot } from "../../taskpane/testing/apply-to-snapshot";
import { analyse } from "../analyse";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./template-guidance-left";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    {
      name: "text that merely mentions context information",
      snapshot: functieprofiel({ kenmerken: ["Neemt context informatie op in de rapportage aan de klant."] }),
    },
  ],
  invalid: [
    {
      name: "the kenmerken guidance left in place",
      snapshot: functieprofiel({
        kenmerken: [
          "Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie. Hierbij kunt u denken aan …",
          "De key accountmanager is gericht op omzet.",
        ],
      }),
      findings: [{ messageId: "guidance", section: "kenmerken", fix: null }],
    },
    {
      name: "the template's traffic-risk suggestion left as inserted, with a plan that removes the line",
      snapshot: functieprofiel({
        conditions: [
          "Kans op letsel door verkeersongevallen als gevolg van verkeersdeelname.",
          "Beeldschermwerk.",
        ],
      }),
      findings: [
        {
          messageId: "tailor",
          message: "past niet bij elke functie: 'Kans op letsel door verkeersongevallen",
          section: "bezwarende-omstandigheden",
          fix: "plan",
        },
      ],
    },
    {
      name: "a suggestion of a resultaatprofiel, in a profile of that template",
      snapshot: resultaatprofiel({
        conditions: ["Kans op letsel als gevolg van deelname aan het wegverkeer."],
      }),
      findings: [{ messageId: "tailor", section: "bezwarende-omstandigheden" }],
    },
  ],
});

describe("a standard text that must be tailored", () => {
  it("is no longer reported once the writer has changed it", () => {
    const tailored = functieprofiel({
      conditions: ["Kans op letsel door verkeersongevallen bij het dagelijks bezoeken van winkels."],
    });
    const findings = analyse(tailored, { templates: BUILT_IN_TEMPLATES, rules: [rule] }).value.findings;
    expect(findings).toEqual([]);
  });

  it("is offered as 'Verwijder deze regel', a plan that removes exactly that line and is not a bulk fix", () => {
    const document = functieprofiel({
      conditions: [
        "Kans op letsel door verkeersongevallen als gevolg van verkeersdeelname.",
        "Beeldschermwerk.",
      ],
    });
    const [finding] = analyse(document, { templates: BUILT_IN_TEMPLATES, rules: [rule] }).value.findings;
    expect(finding?.fix).toMatchObject({ kind: "plan", safe: false, title: { nl: "Verwijder deze regel" } });
    const plan = finding!.fix!.kind === "plan" ? finding!.fix!.plan : null;
    const after = applyToSnapshot(document, plan!).snapshot;
    expect(after.blocks.map((block) => block.text)).toEqual(
      document.blocks.map((block) => block.text).filter((text) => !text.includes("verkeersdeelname")),
    );
  });
});
