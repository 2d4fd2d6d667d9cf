import { functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./template-guidance-left";

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    {
      name: "text that merely mentions context information",
      snapshot: functieprofiel({ kenmerken: ["Neemt context informatie op in de rapportage aan de klant."] }),
    },
  ],
  invalid: [
    {
      name: "the kenmerken guidance left in place",
      snapshot: functieprofiel({
        kenmerken: [
          "Neem op deze plaats van belang zijnde context informatie op over de bedrijfsfunctie. Hierbij kunt u denken aan …",
          "De key accountmanager is gericht op omzet.",
        ],
      }),
      findings: [{ messageId: "guidance", section: "kenmerken" }],
    },
  ],
});
