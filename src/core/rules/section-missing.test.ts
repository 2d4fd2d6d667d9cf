import { functieprofiel, resultaatprofiel, rijksprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./section-missing";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    { name: "a complete resultaatprofiel", snapshot: resultaatprofiel() },
    { name: "a complete Rijksoverheid profile", snapshot: rijksprofiel() },
  ],
  invalid: [
    {
      name: "a functieprofiel without Bezwarende omstandigheden",
      snapshot: functieprofiel({ conditions: null }),
      findings: [
        {
          messageId: "missing",
          section: "bezwarende-omstandigheden",
          text: "Bezwarende omstandigheden",
          fix: "plan",
        },
      ],
    },
    {
      name: "a functieprofiel without organisation and knowledge",
      snapshot: functieprofiel({ organisatie: null, knowledge: null }),
      findings: [
        { section: "organisatie", fix: "plan" },
        { section: "kennis-ervaring", fix: "plan" },
      ],
    },
    {
      name: "a resultaatprofiel without its level table",
      snapshot: resultaatprofiel({ levelTable: null }),
      findings: [{ section: "niveau-onderscheidende-kenmerken", fix: "plan" }],
    },
    {
      name: "a Rijksoverheid profile without Werkervaring",
      snapshot: rijksprofiel({ werkervaring: null }),
      findings: [{ section: "werkervaring", fix: "plan" }],
    },
  ],
});
