import { resultaatprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { seed001 } from "../../../test/helpers/seed-snapshots";
import { builtInTemplate } from "../../data/templates";
import rule from "./level-table-incomplete";

const resultaat = builtInTemplate("resultaatprofiel");
const needsFreedom = {
  ...resultaat,
  levelTable: { requiredRows: ["Functiegroep", "Vrijheidsgraden"], standardRows: ["Functiegroep"] },
};

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
      name: "another required row missing: the message names that row, not the functiegroep",
      snapshot: resultaatprofiel({ levelTable: { columns, rows: [["Functiegroep", "", "7", "8", ""]] } }),
      templates: [needsFreedom],
      templateId: "resultaatprofiel",
      findings: [
        {
          messageId: "missingRow",
          text: "Vrijheidsgraden",
          message:
            "De rij 'Vrijheidsgraden' ontbreekt in de niveau-onderscheidende kenmerken. Voeg de rij toe en vul 'Vrijheidsgraden' in voor elk niveau.",
        },
      ],
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
