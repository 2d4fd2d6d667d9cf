import { b, p } from "../../../test/helpers/snapshot";
import { functieprofiel, rijksprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./section-empty";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    { name: "a complete Rijksoverheid profile", snapshot: rijksprofiel() },
  ],
  invalid: [
    {
      name: "Kenmerken with only the template's guidance text",
      snapshot: functieprofiel({
        kenmerken: ["Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie."],
      }),
      findings: [{ messageId: "empty", section: "kenmerken", text: "Kenmerken van de functie" }],
    },
    {
      name: "a competencies heading without competencies",
      snapshot: functieprofiel({ competencies: [] }),
      findings: [{ section: "competenties" }],
    },
    {
      name: "an Opleiding heading with nothing under it",
      snapshot: rijksprofiel({ opleiding: [] }),
      findings: [{ section: "opleiding", text: "Opleiding" }],
    },
    {
      name: "Kenmerken with an empty bold line only",
      snapshot: functieprofiel({ kenmerken: [], extraKenmerken: [b(""), p("")] }),
      findings: [{ section: "kenmerken" }],
    },
  ],
});
