import { COMPLETE_AREAS, functieprofiel } from "../../../test/helpers/profiles";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./leadership-consistency";

const withoutPeople = COMPLETE_AREAS.slice(0, 2);

testRule(rule, {
  valid: [
    { name: "leads 3 accountmanagers and has Personeelsbeheer", snapshot: functieprofiel() },
    {
      name: "leads nobody and no area is about people",
      snapshot: functieprofiel({
        areas: withoutPeople,
        organisatie: { leidinggevende: "Manager verkoop", geeftLeidingAan: "n.v.t." },
      }),
    },
    {
      name: "leads nobody; a task mentions the team leader it reports to and the team",
      snapshot: functieprofiel({
        areas: [
          ...withoutPeople,
          {
            title: "Administratie en verbetersignalen",
            tasks: ["meldt knelpunten aan de teamleider;", "neemt deel aan het teamoverleg."],
            indicators: ["aantal verbetervoorstellen."],
          },
        ],
        organisatie: { leidinggevende: "Teamleider klantcontact", geeftLeidingAan: "geen" },
      }),
    },
    {
      name: "the field is still a placeholder (reported elsewhere)",
      snapshot: functieprofiel({
        areas: withoutPeople,
        organisatie: { leidinggevende: "Manager", geeftLeidingAan: "xxx." },
      }),
    },
  ],
  invalid: [
    {
      name: "leads people but no area covers it",
      snapshot: functieprofiel({ areas: withoutPeople }),
      findings: [{ messageId: "noArea", section: "organisatie", message: "3 accountmanagers" }],
    },
    {
      name: "leads nobody but an area is about Personeelsbeheer",
      snapshot: functieprofiel({
        organisatie: { leidinggevende: "Manager verkoop", geeftLeidingAan: "geen" },
      }),
      findings: [{ messageId: "noPeople", text: "Personeelsbeheer", section: "resultaatgebieden" }],
    },
  ],
});
