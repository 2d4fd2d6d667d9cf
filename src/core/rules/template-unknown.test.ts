import { p, snapshot } from "../../../test/helpers/snapshot";
import { functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./template-unknown";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    { name: "a complete resultaatprofiel", snapshot: resultaatprofiel() },
  ],
  invalid: [
    {
      name: "a business letter",
      snapshot: snapshot(
        p("Geachte mevrouw De Boer,"),
        p("Hierbij ontvangt u de offerte voor het onderhoud van de installatie."),
        p("Met vriendelijke groet,"),
      ),
      findings: [{ messageId: "unknown", section: null, location: { start: 0, end: 0 } }],
    },
  ],
});
