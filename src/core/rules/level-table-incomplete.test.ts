import { resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { seed001 } from "../../../test/helpers/seed-snapshots";
import rule from "./level-table-incomplete";

const columns = ["-", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II", "+"];

testRule(rule, {
  valid: [
    { name: "a complete level table", snapshot: resultaatprofiel() },
    { name: "seed 001", snapshot: seed001() },
  ],
  invalid: [
    {
      name: "no Functiegroep row",
      snapshot: resultaatprofiel({ levelTable: { columns, rows: [["Vrijheidsgraden", "", "a", "b", ""]] } }),
      findings: [{ messageId: "missingRow", text: "Functiegroep", fix: "plan" }],
    },
    {
      name: "no column headed by the function title",
      snapshot: resultaatprofiel({
        levelTable: {
          columns: ["-", "ACCOUNTMANAGER I", "ACCOUNTMANAGER III", "+"],
          rows: [["Functiegroep", "", "7", "9", ""]],
        },
      }),
      findings: [{ messageId: "noOwnColumn" }],
    },
    {
      name: "an empty cell in the function's own column",
      snapshot: resultaatprofiel({
        levelTable: {
          columns,
          rows: [
            ["Vrijheidsgraden", "", "a", "", ""],
            ["Functiegroep", "", "7", "8", ""],
          ],
        },
      }),
      findings: [{ messageId: "emptyCell", text: "Vrijheidsgraden", message: "ACCOUNTMANAGER II" }],
    },
  ],
});
