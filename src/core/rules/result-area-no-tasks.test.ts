import { COMPLETE_AREAS, functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./result-area-no-tasks";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    { name: "a resultaatprofiel (its results have no tasks by design)", snapshot: resultaatprofiel() },
    {
      name: "a task that is still xxx (the placeholder rule reports it)",
      snapshot: functieprofiel({ areas: [{ ...COMPLETE_AREAS[0]!, tasks: ["xxx."] }] }),
    },
  ],
  invalid: [
    {
      name: "an area with an empty task cell",
      snapshot: functieprofiel({ areas: [COMPLETE_AREAS[0]!, { ...COMPLETE_AREAS[1]!, tasks: [] }] }),
      findings: [{ messageId: "none", text: "Accountmanagement", section: "resultaatgebieden" }],
    },
  ],
});
