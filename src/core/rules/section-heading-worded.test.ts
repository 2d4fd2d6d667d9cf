import { b, p, snapshot } from "../../../test/helpers/snapshot";
import { functieprofiel, rijksprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./section-heading-worded";

const bullet = (text: string) => p(text, { list: { level: 0, ordered: false, label: "•", listId: "4" } });

/** An FGR profile as the Functiegebouw publishes it: `Resultaten`, not `Resultaatgebieden`. */
const resultaten = snapshot(
  p("Beleidsmedewerker", { style: "Title" }),
  p("Doel van de functie", { style: "Heading1" }),
  p("Levert beleidsvoorstellen voor het ministerie."),
  p("Resultaten", { style: "Heading1" }),
  p("Opdracht(gever) (ambtelijk)", { style: "Heading2" }),
  bullet("Beleidsvoorstellen zijn opgesteld en afgestemd."),
  p("Omgeving", { style: "Heading2" }),
  bullet("Het netwerk is onderhouden."),
  p("Competenties", { style: "Heading1" }),
  b("Samenwerken"),
  bullet("Werkt mee aan gezamenlijke doelen."),
  p("Opleiding", { style: "Heading1" }),
  bullet("Wo-niveau."),
  p("Werkervaring", { style: "Heading1" }),
  bullet("Drie jaar."),
);

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel in the template's own words", snapshot: functieprofiel() },
    { name: "a complete Rijksoverheid profile", snapshot: rijksprofiel() },
    {
      name: "an FGR profile whose areas stand under 'Resultaten' (a heading the FGR template lists)",
      snapshot: resultaten,
      templateId: "rijksoverheid",
    },
  ],
  invalid: [
    {
      name: "the same profile checked as a functieprofiel: its areas are there, under another heading",
      snapshot: resultaten,
      templateId: "functieprofiel",
      findings: [{ messageId: "worded", section: "resultaatgebieden" }],
    },
  ],
});
