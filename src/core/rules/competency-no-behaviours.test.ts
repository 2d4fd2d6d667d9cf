import { COMPLETE_COMPETENCIES, functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { TEST_LIBRARY } from "../../../test/helpers/library";
import rule from "./competency-no-behaviours";

const bare = functieprofiel({
  competencies: [COMPLETE_COMPETENCIES[0]!, { name: "Samenwerken", level: "3", behaviours: [] }],
});

testRule(rule, {
  valid: [{ name: "every competency has examples", snapshot: functieprofiel() }],
  invalid: [
    {
      name: "a competency line with nothing under it",
      snapshot: bare,
      findings: [{ messageId: "none", text: "Samenwerken", fix: null }],
    },
    {
      name: "the library knows it: a fix inserts its examples",
      snapshot: bare,
      library: TEST_LIBRARY,
      findings: [{ text: "Samenwerken", fix: "plan" }],
    },
  ],
});
