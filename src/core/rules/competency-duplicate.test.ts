import { COMPLETE_COMPETENCIES, functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { TEST_LIBRARY } from "../../../test/helpers/library";
import rule from "./competency-duplicate";

const [first] = COMPLETE_COMPETENCIES as [(typeof COMPLETE_COMPETENCIES)[0]];

testRule(rule, {
  valid: [{ name: "three different competencies", snapshot: functieprofiel() }],
  invalid: [
    {
      name: "the same name twice, in other case",
      snapshot: functieprofiel({ competencies: [first, { ...first, name: "AANSTUREN" }] }),
      findings: [{ messageId: "duplicate", text: "AANSTUREN" }],
    },
    {
      name: "an alias of a competency already there",
      library: TEST_LIBRARY,
      snapshot: functieprofiel({
        competencies: [
          { name: "Klantgerichtheid", level: "4", behaviours: ["vraagt door."] },
          { name: "Klantgericht", level: "4", behaviours: ["denkt mee."] },
        ],
      }),
      findings: [{ text: "Klantgericht", message: "'Klantgerichtheid'" }],
    },
  ],
});
