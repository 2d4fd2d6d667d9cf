import { b, dashes, p } from "../../../test/helpers/snapshot";
import { functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import { TEST_LIBRARY } from "../../../test/helpers/library";
import type { DocumentSnapshot } from "../snapshot/schema";
import rule from "./library-content-outdated";

function withTaggedCompetency(version: string): DocumentSnapshot {
  const base = functieprofiel({ competencies: [] });
  const tag = {
    tag: `profielwijzer:competency:samenwerken@${TEST_LIBRARY.id}@${version}`,
    title: "Samenwerken",
    showingPlaceholder: false,
  };
  const inserted = [b("Samenwerken (3):"), ...dashes("deelt kennis met collega's.")].map((block) => ({
    ...block,
    contentControl: tag,
  }));
  return { ...base, blocks: [...base.blocks, ...inserted, p("")] };
}

testRule(rule, {
  valid: [
    {
      name: "inserted from the loaded version",
      snapshot: withTaggedCompetency(TEST_LIBRARY.version),
      library: TEST_LIBRARY,
    },
    { name: "no library loaded", snapshot: withTaggedCompetency("0.1.0") },
  ],
  invalid: [
    {
      name: "inserted from an older version",
      snapshot: withTaggedCompetency("0.1.0"),
      library: TEST_LIBRARY,
      findings: [{ messageId: "outdated", text: "Samenwerken", message: "versie 0.1.0" }],
    },
  ],
});
