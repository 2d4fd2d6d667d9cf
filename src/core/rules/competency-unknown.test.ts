import { functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { TEST_LIBRARY } from "../../../test/helpers/library";
import rule from "./competency-unknown";

const profile = functieprofiel({
  competencies: [
    { name: "Samenwerken", level: "3", behaviours: ["deelt informatie."] },
    { name: "Telepathie", level: "5", behaviours: ["weet wat de klant denkt."] },
  ],
});

testRule(rule, {
  valid: [
    { name: "no library loaded", snapshot: profile },
    {
      name: "known names and aliases",
      snapshot: functieprofiel({
        competencies: [{ name: "Klantgericht", level: "4", behaviours: ["vraagt door."] }],
      }),
      library: TEST_LIBRARY,
    },
  ],
  invalid: [
    {
      name: "a name the library does not know",
      snapshot: profile,
      library: TEST_LIBRARY,
      findings: [{ messageId: "unknown", text: "Telepathie" }],
    },
  ],
});
