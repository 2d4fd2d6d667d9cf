import { p, table } from "../../../test/helpers/snapshot";
import { functieprofiel } from "../../../test/helpers/profiles";
import { seed000 } from "../../../test/helpers/seed-snapshots";
import { testRule } from "../../../test/helpers/rule-tester";
import { BUILT_IN_TEMPLATES } from "../../data/templates";
import { applyToSnapshot } from "../../taskpane/testing/apply-to-snapshot";
import { analyse } from "../analyse";
import { composeReplacement } from "../plans/compose-replacement";
import rule from "./placeholder";

const placeholders = (document: ReturnType<typeof functieprofiel>) =>
  analyse(document, { templates: BUILT_IN_TEMPLATES, rules: [rule] }).value.findings;

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
      name: "the skeleton's own title, 'Functienaam', until it is replaced",
      snapshot: functieprofiel({ header: ["Bakkerij / Verkoop", "“Functienaam”", "Functienummer: KAM-014"] }),
      findings: [{ messageId: "text", text: "“Functienaam”", section: "kop", fix: "replace-placeholder" }],
    },
    {
      name: "'Datum:' over a line 'xxx': one finding, the placeholder",
      snapshot: (() => {
        const document = functieprofiel({ datum: null });
        return { ...document, blocks: [...document.blocks, p("Datum:"), p("xxx")] };
      })(),
      findings: [{ messageId: "text", text: "xxx" }],
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

describe("placeholders a writer meets", () => {
  it("say whether a result area's placeholder is in its tasks or its indicators", () => {
    const messages = placeholders(seed000())
      .filter((finding) => finding.message.nl.includes("Jaarplan account(s)"))
      .map((finding) => finding.message.nl);
    expect(messages).toEqual([
      "Nog niet ingevuld: 'xxx' in 'Resultaatgebieden › Jaarplan account(s) › Taken'. Vervang de invultekst door de echte tekst.",
      "Nog niet ingevuld: 'xxx' in 'Resultaatgebieden › Jaarplan account(s) › Resultaatindicatoren'. Vervang de invultekst door de echte tekst.",
    ]);
  });

  it("offer to remove a '- xxx.' line, and the removal takes exactly that line", () => {
    const document = seed000();
    const finding = placeholders(document).find((candidate) => candidate.message.nl.includes("› Taken"))!;
    const fix = finding.fix!;
    if (fix.kind !== "replace-placeholder" || !fix.remove) throw new Error("no removal offered");
    const line = fix.anchor.block;
    expect(document.blocks[line]!.text).toBe("-\txxx.");
    const after = applyToSnapshot(document, fix.remove).snapshot;
    expect(after.blocks).toHaveLength(document.blocks.length - 1);
    expect(after.blocks[line]!.text).toBe(document.blocks[line + 1]!.text);
  });

  it("never offer removal for a placeholder inside a sentence or a field", () => {
    const fixes = placeholders(seed000()).filter(
      (finding) => finding.section === "kop" || finding.section === "datum",
    );
    expect(fixes.every((finding) => finding.fix?.kind === "replace-placeholder" && !finding.fix.remove)).toBe(
      true,
    );
  });

  it("leave a label cell 'Functienaam' beside its value alone", () => {
    const document = functieprofiel();
    const labelled = {
      ...document,
      blocks: [...table([["Functienaam", "Key accountmanager"]], 9), ...document.blocks],
    };
    expect(placeholders(labelled).filter((finding) => finding.text.includes("Functienaam"))).toEqual([]);
  });

  it("filled with text that ends in punctuation take the place of the placeholder's own: no 'jaarplan;.'", () => {
    const document = seed000();
    const finding = placeholders(document).find((candidate) => candidate.message.nl.includes("› Taken"))!;
    const fix = finding.fix;
    if (fix?.kind !== "replace-placeholder") throw new Error("no placeholder fix");
    const filled = (text: string) =>
      applyToSnapshot(document, composeReplacement(fix, text)).snapshot.blocks[fix.anchor.block]!.text;
    expect(filled("stelt het jaarplan op;")).toBe("-\tstelt het jaarplan op;");
    expect(filled("stelt het jaarplan op")).toBe("-\tstelt het jaarplan op.");
  });
});
