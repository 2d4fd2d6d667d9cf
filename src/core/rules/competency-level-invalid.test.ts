import { COMPLETE_COMPETENCIES, functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./competency-level-invalid";

const withLevel = (level: string) =>
  functieprofiel({ competencies: [{ ...COMPLETE_COMPETENCIES[0]!, level }] });

testRule(rule, {
  valid: [
    { name: "levels 5 and 4/5", snapshot: functieprofiel() },
    { name: "level 1", snapshot: withLevel("1") },
  ],
  invalid: [
    {
      name: "level 7 on a 1–5 scale",
      snapshot: withLevel("7"),
      findings: [{ messageId: "scale", text: "Aansturen" }],
    },
    { name: "a descending range 5/4", snapshot: withLevel("5/4"), findings: [{ messageId: "order" }] },
    {
      name: "a range reaching past the scale",
      snapshot: withLevel("5/6"),
      findings: [{ messageId: "scale" }],
    },
  ],
});
