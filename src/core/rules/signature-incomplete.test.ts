import { functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { seed000 } from "../../../test/helpers/seed-snapshots";
import rule from "./signature-incomplete";

testRule(rule, {
  valid: [
    { name: "dates and names filled in", snapshot: functieprofiel() },
    // (“datum”) and (“naam …”) are placeholder findings already: one finding per problem.
    { name: "seed 000's hints for both parties, reported as placeholders", snapshot: seed000() },
  ],
  invalid: [
    {
      name: "a bare 'dd.' and an empty name",
      snapshot: functieprofiel({
        signature: [
          { label: "Handtekening leidinggevende (voor akkoord)", date: "dd.", name: "" },
          { label: "Handtekening medewerker (voor gezien)", date: "dd. 14 maart 2026", name: "S. Bakker" },
        ],
      }),
      findings: [
        {
          messageId: "missing",
          text: "Handtekening leidinggevende (voor akkoord)",
          message: "de datum en de naam",
        },
      ],
    },
    {
      name: "a name left empty",
      snapshot: functieprofiel({
        signature: [
          {
            label: "Handtekening leidinggevende (voor akkoord)",
            date: "dd. 12 maart 2026",
            name: "J. de Vries",
          },
          { label: "Handtekening medewerker (voor gezien)", date: "dd. 14 maart 2026", name: "" },
        ],
      }),
      findings: [{ text: "Handtekening medewerker (voor gezien)", message: "de naam" }],
    },
  ],
});
