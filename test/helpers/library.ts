import type { Library } from "../../src/data/library-schema";
import { parseLibrary } from "../../src/data/load";

const examples = (name: string, level: number) =>
  [1, 2, 3, 4].map((index) => `${name} voorbeeld ${index} op niveau ${level}`);
const levels = (name: string) => ({
  "1": examples(name, 1),
  "2": examples(name, 2),
  "3": examples(name, 3),
  "4": examples(name, 4),
  "5": examples(name, 5),
});

/** A small library for core tests, independent of the real library's wording. */
export const TEST_LIBRARY: Library = parseLibrary({
  id: "test-bibliotheek",
  version: "2.0.0",
  name: { nl: "Testbibliotheek", en: "Test library" },
  clusters: [{ id: "samen", name: { nl: "Samen", en: "Together" } }],
  competencies: [
    {
      id: "samenwerken",
      name: "Samenwerken",
      aliases: ["Samenwerkingsgerichtheid"],
      en: "Cooperation",
      definition: {
        nl: "Werkt met anderen aan een gezamenlijk resultaat.",
        en: "Works with others towards a shared result.",
      },
      cluster: "samen",
      levels: levels("samenwerken"),
    },
    {
      id: "klantgerichtheid",
      name: "Klantgerichtheid",
      aliases: ["Klantgericht", "Op de behoefte en verwachtingen van de klant richten"],
      en: "Customer orientation",
      definition: { nl: "Stelt de behoefte van de klant centraal.", en: "Puts the customer's needs first." },
      cluster: "samen",
      levels: levels("klantgerichtheid"),
    },
  ],
});
