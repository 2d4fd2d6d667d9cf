import { COMPLETE_COMPETENCIES, functieprofiel, rijksprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./competency-level-missing";

testRule(rule, {
  valid: [
    { name: "every competency has a level", snapshot: functieprofiel() },
    { name: "the Rijksoverheid template does not ask for levels", snapshot: rijksprofiel() },
  ],
  invalid: [
    {
      name: "a competency line without level",
      snapshot: functieprofiel({
        competencies: [COMPLETE_COMPETENCIES[0]!, { ...COMPLETE_COMPETENCIES[1]!, level: null }],
      }),
      findings: [{ messageId: "missing", text: "Kwaliteit leveren", section: "competenties" }],
    },
  ],
});
