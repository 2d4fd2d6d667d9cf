import { COMPLETE_AREAS, functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./result-area-no-indicators";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    { name: "a complete resultaatprofiel", snapshot: resultaatprofiel() },
  ],
  invalid: [
    {
      name: "a functieprofiel area without indicators",
      snapshot: functieprofiel({ areas: [{ ...COMPLETE_AREAS[0]!, indicators: [] }] }),
      findings: [{ messageId: "none", text: "Jaarplan account(s)" }],
    },
    {
      name: "a resultaatprofiel result without indicators",
      snapshot: resultaatprofiel({
        areas: [{ title: "Relatiebeheer", description: "Klanten zijn gebonden.", tasks: [], indicators: [] }],
      }),
      findings: [{ text: "Relatiebeheer", section: "resultaatprofiel" }],
    },
  ],
});
