import { COMPLETE_COMPETENCIES, functieprofiel, rijksprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { seed000 } from "../../../test/helpers/seed-snapshots";
import rule from "./competency-count";

const many = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    ...COMPLETE_COMPETENCIES[index % 3]!,
    name: `Competentie ${String.fromCharCode(65 + index)}`,
  }));

testRule(rule, {
  valid: [
    { name: "three competencies", snapshot: functieprofiel() },
    { name: "exactly five", snapshot: functieprofiel({ competencies: many(5) }) },
    { name: "a Rijksoverheid profile with two", snapshot: rijksprofiel() },
  ],
  invalid: [
    {
      name: "seed 000's six competencies",
      snapshot: seed000(),
      findings: [{ messageId: "tooMany", message: "6 competenties", section: "competenties" }],
    },
    {
      name: "seven competencies",
      snapshot: functieprofiel({ competencies: many(7) }),
      findings: [{ message: "7 competenties; het sjabloon adviseert er hoogstens 5" }],
    },
  ],
});
