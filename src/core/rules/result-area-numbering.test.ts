import { COMPLETE_AREAS, functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./result-area-numbering";

const [first, second, third] = COMPLETE_AREAS as [
  (typeof COMPLETE_AREAS)[0],
  (typeof COMPLETE_AREAS)[0],
  (typeof COMPLETE_AREAS)[0],
];

testRule(rule, {
  valid: [
    { name: "areas numbered 1, 2, 3", snapshot: functieprofiel() },
    { name: "areas without numbers at all", snapshot: resultaatprofiel() },
  ],
  invalid: [
    {
      name: "areas numbered 1, 3, 2",
      snapshot: functieprofiel({
        areas: [
          { ...first, number: 1 },
          { ...second, number: 3 },
          { ...third, number: 2 },
        ],
      }),
      findings: [
        { messageId: "wrong", text: "Accountmanagement", message: "nummer 3" },
        { messageId: "wrong", text: "Personeelsbeheer" },
      ],
    },
    {
      name: "one area without a number among numbered ones",
      snapshot: functieprofiel({
        areas: [
          { ...first, number: 1 },
          { ...second, number: null },
        ],
      }),
      findings: [{ messageId: "missing", text: "Accountmanagement" }],
    },
  ],
});
