import { functieprofiel, rijksprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./result-area-standard-missing";

testRule(rule, {
  valid: [
    { name: "all four Rijksoverheid areas", snapshot: rijksprofiel() },
    { name: "a functieprofiel (no standard areas)", snapshot: functieprofiel() },
  ],
  invalid: [
    {
      name: "a Rijksoverheid profile without Bedrijfsvoering",
      snapshot: rijksprofiel({
        areas: ["Opdracht(gever)", "Omgeving", "Vernieuwen en verbeteren"].map((title) => ({
          title,
          tasks: [],
          indicators: ["Bereikt."],
        })),
      }),
      findings: [
        { messageId: "missing", text: "Bedrijfsvoering", section: "resultaatgebieden", fix: "plan" },
      ],
    },
  ],
});
