import { p } from "../../../test/helpers/snapshot";
import { functieprofiel } from "../../../test/helpers/profiles";
import { seed000 } from "../../../test/helpers/seed-snapshots";
import { testRule } from "../../../test/helpers/rule-tester";
import rule from "./placeholder";

const withText = (...texts: string[]) => functieprofiel({ extraKenmerken: texts.map((text) => p(text)) });

testRule(rule, {
  valid: [
    { name: "a complete functieprofiel", snapshot: functieprofiel() },
    {
      name: "words that contain xxx, and XL sizes",
      snapshot: withText("Levert maat XXL en de Maxxxter-lijn."),
    },
    {
      name: "ordinary brackets and quotes",
      snapshot: withText("Werkt met het systeem ‘Kompas’ (versie 3) en [zie bijlage 2]."),
    },
  ],
  invalid: [
    {
      name: "xxx in a field, with the exact characters",
      snapshot: functieprofiel({ datum: "xxx" }),
      findings: [{ messageId: "text", section: "datum", text: "xxx", fix: "replace-placeholder" }],
    },
    {
      name: "a quoted hint and a bracketed hint",
      snapshot: withText("Het team bestaat uit (“aantal”) medewerkers.", "Budget: [bedrag invullen]"),
      findings: [
        { text: "(“aantal”)", section: "kenmerken" },
        { text: "[bedrag invullen]", section: "kenmerken" },
      ],
    },
    {
      name: "Word's content-control placeholder text",
      snapshot: functieprofiel({
        extraKenmerken: [
          p("Klik of tik om tekst in te voeren.", {
            contentControl: { tag: null, title: null, showingPlaceholder: true },
          }),
        ],
      }),
      findings: [{ messageId: "control", section: "kenmerken" }],
    },
    {
      name: "an empty labelled field",
      snapshot: functieprofiel({ organisatie: { leidinggevende: "", geeftLeidingAan: "geen" } }),
      findings: [{ messageId: "emptyField", text: "Direct leidinggevende" }],
    },
    {
      name: "every xxx and quoted hint of seed 000",
      snapshot: seed000(),
      findings: [
        { text: "“Bedrijfsnaam”/”Afdeling”", section: "kop" },
        { text: "xxx", section: "kop" },
        { text: "Xxx", section: "kenmerken" },
        { text: "(“naam direct leidinggevende”)", section: "organisatie" },
        { text: "xxx", section: "organisatie" },
        ...Array.from({ length: 10 }, () => ({ text: "xxx", section: "resultaatgebieden" })),
        { text: "xxx", section: "bezwarende-omstandigheden" },
        { text: "xxx", section: "datum" },
        { text: "dd. (“datum”)", section: "ondertekening" },
        { text: "dd. (“datum”)", section: "ondertekening" },
        { text: "(“naam leidinggevende”)", section: "ondertekening" },
        { text: "(“naam medewerker”)", section: "ondertekening" },
        { text: "Xxx", section: "kennis-ervaring" },
        { text: "Xxx", section: "competenties" },
      ],
    },
  ],
});
