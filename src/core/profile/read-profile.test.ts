import { BUILT_IN_TEMPLATES } from "../../data/templates";
import { b, dashes, h, li, p, snapshot, table } from "../../../test/helpers/snapshot";
import { seed000, seed001 } from "../../../test/helpers/seed-snapshots";
import { ProfileSchema } from "./schema";
import { readProfile } from "./read-profile";

const read = (...args: Parameters<typeof snapshot>) =>
  readProfile(snapshot(...args), BUILT_IN_TEMPLATES).value;

describe("readProfile on seed 000 (functieprofiel, tables and dash-tab items)", () => {
  const result = readProfile(seed000(), BUILT_IN_TEMPLATES);
  const profile = result.value;

  it("detects the functieprofiel template with full confidence", () => {
    expect(profile.template.id).toBe("functieprofiel");
    expect(profile.template.confidence).toBeGreaterThan(0.9);
  });

  it("takes the title from the header table, not the company hint or the document kind", () => {
    expect(profile.title?.text).toBe("Key accountmanager");
  });

  it("finds every section in template order", () => {
    expect(profile.sections.map((section) => section.id)).toEqual([
      "kop",
      "kenmerken",
      "organisatie",
      "resultaatgebieden",
      "bezwarende-omstandigheden",
      "datum",
      "ondertekening",
      "competentieprofiel",
      "kennis-ervaring",
      "competenties",
    ]);
  });

  it("reads the five result areas with clean titles, numbers and item counts", () => {
    expect(
      profile.resultAreas.map((area) => [area.number, area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([
      [1, "Jaarplan account(s)", 6, 6],
      [2, "Accountmanagement", 7, 6],
      [3, "Advies en begeleiding winkels", 6, 6],
      [4, "Verantwoording resultaten", 3, 4],
      [5, "Personeelsbeheer", 5, 5],
    ]);
  });

  it("keeps placeholder items in the structure, marked as placeholders", () => {
    const first = profile.resultAreas[0]!;
    expect(first.tasks.at(-1)).toMatchObject({ text: "xxx", placeholder: true });
    expect(first.tasks[0]).toMatchObject({ text: "volgen van ontwikkelingen", placeholder: false });
  });

  it("reads a task written with dash, space and tab", () => {
    expect(profile.resultAreas[4]!.tasks[0]!.text).toBe("vaststellen van de formatie");
  });

  it("reads the six competencies with levels and behaviour counts, not mistaking the final Xxx for one", () => {
    expect(
      profile.competencies.map((competency) => [
        competency.name,
        competency.level,
        competency.behaviours.length,
      ]),
    ).toEqual([
      ["Aansturen", "5", 3],
      ["Aandacht en begrip tonen", "5", 3],
      ["Kwaliteit leveren", "5", 4],
      ["Ondernemend en commercieel handelen", "4/5", 2],
      ["Op de behoefte en verwachtingen van de klant richten", "5", 2],
      ["Relaties bouwen en netwerken", "5", 3],
    ]);
  });

  it("reads fields with their placeholder values", () => {
    expect(profile.fields.map((field) => [field.key, field.value, field.placeholder])).toEqual([
      ["functienummer", "xxx", true],
      ["direct-leidinggevende", "(“naam direct leidinggevende”).", true],
      ["geeft-leiding-aan", "xxx.", true],
      ["datum", "xxx", true],
    ]);
  });

  it("points a field's value at the exact characters of its block", () => {
    const field = profile.fields.find((candidate) => candidate.key === "geeft-leiding-aan")!;
    const block = seed000().blocks[field.range.start]!;
    expect(block.text.slice(field.valueChars.start, field.valueChars.end)).toBe("xxx.");
  });

  it("reads knowledge, conditions and the signing parties", () => {
    expect(profile.knowledge.map((entry) => entry.text)).toEqual([
      "HBO werk- en denkniveau",
      "Meerjarige ervaring binnen het grootwinkelbedrijf",
      "Uitgebreide kennis van het assortiment",
      "Xxx",
    ]);
    expect(profile.conditions).toHaveLength(2);
    expect(
      profile.signature?.parties.map((party) => [party.label, party.date?.text, party.name?.text]),
    ).toEqual([
      ["Handtekening leidinggevende (voor akkoord)", "dd. (“datum”)", "(“naam leidinggevende”)"],
      ["Handtekening medewerker (voor gezien)", "dd. (“datum”)", "(“naam medewerker”)"],
    ]);
  });

  it("places every line and produces a profile that satisfies its schema", () => {
    expect(profile.unplaced).toEqual([]);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });
});

describe("readProfile on seed 001 (resultaatprofiel)", () => {
  const profile = readProfile(seed001(), BUILT_IN_TEMPLATES).value;

  it("detects the resultaatprofiel template and the stand-alone title", () => {
    expect(profile.template.id).toBe("resultaatprofiel");
    expect(profile.title?.text).toBe("ACCOUNTMANAGER II");
  });

  it("splits each result into its bold title and its description, with the indicators", () => {
    expect(profile.resultAreas.map((area) => [area.title, area.indicators.length])).toEqual([
      ["Marktverkenning en accountplannen", 6],
      ["Marktbewerking en acquisitie", 8],
      ["Relatiebeheer", 6],
      ["Registratie en rapportage", 4],
    ]);
    expect(profile.resultAreas[2]!.description).toBe(
      "Het relatiebeheer met klanten is effectief vormgegeven.",
    );
  });

  it("reads the level table with its six rows and the function's own column", () => {
    const levels = profile.levelTable!;
    expect(levels.columns.map((column) => column.heading)).toEqual([
      "-",
      "ACCOUNTMANAGER I",
      "ACCOUNTMANAGER II",
      "+",
    ]);
    expect(levels.ownColumn).toBe(2);
    expect(levels.rows.map((row) => row.aspect)).toEqual([
      "Vrijheidsgraden",
      "Typering klant",
      "Financiële invloed",
      "Rol accountmanager",
      "Opleiding en ervaring",
      "Functiegroep",
    ]);
    expect(levels.rows.at(-1)!.cells[levels.ownColumn!]!.text).toBe("8 (referentie)");
  });

  it("does not take the level table's 'Opleiding en ervaring' row for a section", () => {
    expect(profile.sections.map((section) => section.id)).toEqual([
      "titel",
      "context",
      "resultaatprofiel",
      "bezwarende-omstandigheden",
      "niveau-onderscheidende-kenmerken",
    ]);
  });
});

describe("readProfile on layout variants", () => {
  it("reads result areas written as numbered paragraphs with Taken: and Resultaatindicatoren: lists", () => {
    const profile = read(
      b("Resultaatgebieden"),
      b("1. Jaarplan account(s)"),
      p("Taken:"),
      li("volgen van ontwikkelingen;"),
      li("formuleren van het jaarplan."),
      p("Resultaatindicatoren:"),
      li("kwaliteit marktgegevens."),
      b("2. Accountmanagement"),
      p("Taken:"),
      li("onderhouden van contacten."),
      p("Resultaatindicatoren:"),
      li("klanttevredenheid;"),
      li("bezoekfrequentie."),
      b("Competenties en gedragsvoorbeelden"),
    );
    expect(
      profile.resultAreas.map((area) => [
        area.number,
        area.title,
        area.layout,
        area.tasks.length,
        area.indicators.length,
      ]),
    ).toEqual([
      [1, "Jaarplan account(s)", "paragraphs", 2, 1],
      [2, "Accountmanagement", "paragraphs", 1, 2],
    ]);
  });

  it("recognises Heading styles, capitals and wording variants of the headings", () => {
    const profile = read(
      h(1, "Kenmerken van de functie"),
      p("De medewerker verkoop werkt in de winkel."),
      h(1, "COMPETENTIEPROFIEL"),
      h(2, "Kennis en ervaring"),
      li("MBO 4 werk- en denkniveau."),
      h(2, "Competenties en gedragsvoorbeelden:"),
      p("Samenwerken (3):"),
      li("deelt informatie met collega's;"),
      li("helpt collega's bij drukte."),
      p("Klantgerichtheid:"),
      li("vraagt door naar de wens van de klant."),
    );
    expect(profile.sections.map((section) => section.id)).toEqual([
      "kenmerken",
      "competentieprofiel",
      "kennis-ervaring",
      "competenties",
    ]);
    expect(
      profile.competencies.map((competency) => [
        competency.name,
        competency.level,
        competency.behaviours.length,
      ]),
    ).toEqual([
      ["Samenwerken", "3", 2],
      ["Klantgerichtheid", null, 1],
    ]);
  });

  it("recognises a competency line without level or colon when the library knows the name", () => {
    const profile = readProfile(
      snapshot(
        b("Competenties"),
        p("Integriteit"),
        li("houdt zich aan afspraken."),
        p("Ook dit is een zin."),
        li("meldt fouten."),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel", competencyNames: ["Integriteit"] },
    ).value;
    expect(profile.competencies.map((competency) => [competency.name, competency.behaviours.length])).toEqual(
      [["Integriteit", 3]],
    );
  });

  it("reads levels written as (niveau 4) and (3-4)", () => {
    const profile = read(
      b("Competenties"),
      p("Plannen en organiseren (niveau 4):"),
      li("plant werk."),
      p("Analyseren (3-4):"),
      li("ziet verbanden."),
    );
    expect(profile.competencies.map((competency) => competency.level)).toEqual(["4", "3/4"]);
  });

  it("continues an area over a row whose area cell is empty (a vertical merge or a page break)", () => {
    const profile = read(
      table([
        [b("Resultaatgebieden"), b("Taken"), b("Resultaatindicatoren")],
        [b("1.\tAccountmanagement"), dashes("a;", "b;"), dashes("c.")],
        ["", dashes("d."), dashes("e.")],
      ]),
    );
    expect(
      profile.resultAreas.map((area) => [area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([["Accountmanagement", 3, 2]]);
  });

  it("does not make a section of an area titled like a heading inside the area table", () => {
    const profile = readProfile(
      snapshot(
        table([
          [b("Resultaatgebieden"), b("Taken"), b("Resultaatindicatoren")],
          [b("1.\tOrganisatie"), dashes("inrichten van de afdeling."), dashes("heldere structuur.")],
        ]),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(profile.sections.map((section) => section.id)).toEqual(["resultaatgebieden"]);
    expect(profile.resultAreas[0]!.title).toBe("Organisatie");
  });
});

describe("readProfile on documents that are not (quite) profiles", () => {
  it("gives template null for a letter instead of forcing a guess", () => {
    const profile = read(
      p("Geachte heer Jansen,"),
      p("Hierbij bevestigen wij de afspraak van volgende week over de verhuizing van het archief."),
      p("Met vriendelijke groet,"),
      p("Marieke de Vries"),
    );
    expect(profile.template.id).toBeNull();
    expect(profile.template.confidence).toBeLessThan(0.3);
  });

  it("reads an empty document without throwing", () => {
    const result = readProfile(snapshot(p("")), BUILT_IN_TEMPLATES);
    expect(result.value.sections).toEqual([]);
    expect(result.value.template.id).toBeNull();
  });

  it("uses a template the user chose even when detection is unsure, and keeps the detected score", () => {
    const result = readProfile(
      snapshot(b("Competenties"), p("Samenwerken (3):"), li("helpt collega's.")),
      BUILT_IN_TEMPLATES,
      {
        templateId: "rijksoverheid",
      },
    );
    expect(result.value.template.id).toBe("rijksoverheid");
    expect(result.value.competencies).toHaveLength(1);
  });

  it("reports text before the first section as unplaced, with a message", () => {
    const result = readProfile(
      snapshot(
        p("Concept — niet verspreiden"),
        p("Zie ook het handboek."),
        b("Kenmerken van de functie"),
        p("Tekst."),
        b("Organisatie"),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    );
    expect(result.value.unplaced).toEqual([{ start: 0, end: 1 }]);
    expect(result.messages.map((entry) => entry.code)).toContain("text-unplaced");
  });

  it("makes an unknown heading at the level of the known ones a section of its own, with a message", () => {
    const result = readProfile(
      snapshot(
        h(1, "Kenmerken van de functie"),
        p("Tekst."),
        h(1, "Bevoegdheden"),
        p("Tekent tot € 5.000."),
        h(1, "Organisatie"),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    );
    expect(result.value.sections.map((section) => section.id)).toEqual(["kenmerken", null, "organisatie"]);
    expect(result.messages.map((entry) => entry.code)).toContain("section-unknown");
  });
});

describe("readProfile on repeated headings", () => {
  it("treats a heading followed by a table that repeats it in its first cell as one section", () => {
    const profile = readProfile(
      snapshot(
        h(1, "Resultaatgebieden"),
        p(""),
        table([
          [b("Resultaatgebieden"), b("Taken"), b("Resultaatindicatoren")],
          [b("1.\tAccountmanagement"), dashes("a."), dashes("b.")],
        ]),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(profile.sections.map((section) => [section.id, section.heading?.range.start])).toEqual([
      ["resultaatgebieden", 0],
    ]);
    expect(profile.resultAreas).toHaveLength(1);
  });
});

describe("readProfile on other result-area layouts real documents use", () => {
  const asFunctieprofiel = (...parts: Parameters<typeof snapshot>) =>
    readProfile(snapshot(...parts), BUILT_IN_TEMPLATES, { templateId: "functieprofiel" }).value;

  it("reads a record table per area: Resultaatgebied | title, Taken | list, Resultaatindicatoren | list", () => {
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      table([
        [b("Resultaatgebied 1"), b("Jaarplan account(s)")],
        [b("Taken"), dashes("volgen van ontwikkelingen;", "formuleren van het jaarplan.")],
        [b("Resultaatindicatoren"), dashes("kwaliteit marktgegevens.")],
      ]),
      p(""),
      table([
        [b("Resultaatgebied 2"), b("Accountmanagement")],
        [b("Taken"), dashes("onderhouden van contacten.")],
        [b("Resultaatindicatoren"), dashes("klanttevredenheid;", "bezoekfrequentie.")],
      ]),
    );
    expect(
      profile.resultAreas.map((area) => [area.number, area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([
      [1, "Jaarplan account(s)", 2, 1],
      [2, "Accountmanagement", 1, 2],
    ]);
  });

  it("does not take a record table's 'Resultaatgebied 2' cell for a heading (a number is no typo)", () => {
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      table([
        [b("Resultaatgebied 1"), b("Productie")],
        [b("Taken"), dashes("plannen.")],
        [b("Resultaatindicatoren"), dashes("OEE.")],
      ]),
      p(""),
      table([
        [b("Resultaatgebied 2"), b("Kwaliteit")],
        [b("Taken"), dashes("controleren.")],
        [b("Resultaatindicatoren"), dashes("afkeur.")],
      ]),
    );
    expect(profile.sections.map((section) => section.heading?.text)).toEqual(["Resultaatgebieden"]);
    expect(profile.resultAreas.map((area) => area.title)).toEqual(["Productie", "Kwaliteit"]);
  });

  it("reads a grid with a number column and a cell that holds both lists under labels", () => {
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      table([
        [b("Nr."), b("Resultaatgebied"), b("Taken en resultaatindicatoren")],
        [
          "1",
          "Jaarplan",
          [p("Taken:"), ...dashes("volgen;", "plannen."), p("Resultaatindicatoren: kwaliteit; tijdigheid")],
        ],
        [
          "2",
          "Rapportage",
          [p("Taken:"), ...dashes("rapporteren."), p("Resultaatindicatoren:"), ...dashes("juistheid.")],
        ],
      ]),
    );
    expect(
      profile.resultAreas.map((area) => [
        area.number,
        area.title,
        area.tasks.map((t) => t.text),
        area.indicators.map((i) => i.text),
      ]),
    ).toEqual([
      [1, "Jaarplan", ["volgen", "plannen"], ["kwaliteit", "tijdigheid"]],
      [2, "Rapportage", ["rapporteren"], ["juistheid"]],
    ]);
  });

  it("keeps the last item of a numbered task list as a task, not as the next area's title", () => {
    const ol = (text: string, listId: string) =>
      p(text, { list: { level: 0, ordered: true, label: "1.", listId } });
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      h(3, "Resultaatgebied 1: Klantvragen"),
      p("Taken"),
      ol("Beantwoordt vragen van klanten", "1"),
      ol("Registreert elk klantcontact", "1"),
      p("Resultaatindicatoren"),
      li("Klanttevredenheid"),
      h(3, "Resultaatgebied 2: Klachten"),
      p("Taken"),
      ol("Registreert klachten", "2"),
      p("Resultaatindicatoren"),
      li("Afhandeltermijn"),
    );
    expect(
      profile.resultAreas.map((area) => [area.number, area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([
      [1, "Klantvragen", 2, 1],
      [2, "Klachten", 1, 1],
    ]);
  });

  it("reads a paragraph area whose bold title is followed by its description sentence", () => {
    const titled = (title: string, description: string) =>
      p(`${title} ${description}`, { boldPrefix: title.length });
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      titled("1. Beleidsontwikkeling:", "Beleid dat aansluit op de behoeften van inwoners."),
      p("Taken:"),
      li("schrijft beleidsnota's."),
      p("Resultaatindicatoren:"),
      li("tijdigheid van voorstellen."),
      titled("2. Advisering:", "Bestuur en management zijn deskundig geadviseerd."),
      p("Taken:"),
      li("adviseert de portefeuillehouder."),
      p("Resultaatindicatoren:"),
      li("tevredenheid over adviezen."),
    );
    expect(
      profile.resultAreas.map((area) => [
        area.number,
        area.title,
        area.description,
        area.tasks.length,
        area.indicators.length,
      ]),
    ).toEqual([
      [1, "Beleidsontwikkeling", "Beleid dat aansluit op de behoeften van inwoners.", 1, 1],
      [2, "Advisering", "Bestuur en management zijn deskundig geadviseerd.", 1, 1],
    ]);
  });

  it("reads 'Kerntaken:' as the task label, not as the area's description", () => {
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      b("1) Klantvragen"),
      p("Kerntaken:"),
      li("beantwoordt vragen;"),
      li("registreert contacten."),
      p("Resultaatindicatoren:"),
      li("klanttevredenheid."),
    );
    expect(
      profile.resultAreas.map((area) => [
        area.title,
        area.description,
        area.tasks.length,
        area.indicators.length,
      ]),
    ).toEqual([["Klantvragen", null, 2, 1]]);
  });

  it("reads items written on the label's own line in paragraph form", () => {
    const profile = asFunctieprofiel(
      b("Resultaatgebieden"),
      b("1. Inkoop"),
      p("Taken: offertes aanvragen; leveranciers beoordelen"),
      p("Resultaatindicatoren: inkoopkosten"),
    );
    expect(
      profile.resultAreas.map((area) => [area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([["Inkoop", 2, 1]]);
  });
});

describe("readProfile on other competency layouts real documents use", () => {
  const competenciesOf = (...parts: Parameters<typeof snapshot>) =>
    readProfile(snapshot(b("Competenties"), ...parts), BUILT_IN_TEMPLATES, {
      templateId: "functieprofiel",
    }).value.competencies.map((competency) => [
      competency.name,
      competency.level,
      competency.behaviours.map((behaviour) => behaviour.text),
    ]);

  it("reads a competency table with a header row", () => {
    expect(
      competenciesOf(
        table([
          [b("Competentie"), b("Niveau"), b("Gedragsvoorbeelden")],
          ["Klantgerichtheid", "4", dashes("vraagt door;", "denkt mee.")],
          ["Samenwerken", "3/4", dashes("deelt kennis.")],
        ]),
      ),
    ).toEqual([
      ["Klantgerichtheid", "4", ["vraagt door", "denkt mee"]],
      ["Samenwerken", "3/4", ["deelt kennis"]],
    ]);
  });

  it("reads levels written after a dash and skips the definition line before the examples", () => {
    expect(
      competenciesOf(
        b("Klantgerichtheid - niveau 4"),
        p("Onderzoekt wensen en behoeften van klanten en handelt daarnaar."),
        p("Gedragsvoorbeelden:"),
        li("vraagt door tot de vraag helder is;"),
        li("houdt de klant op de hoogte."),
      ),
    ).toEqual([
      ["Klantgerichtheid", "4", ["vraagt door tot de vraag helder is", "houdt de klant op de hoogte"]],
    ]);
  });

  it("reads levels written as 'Naam: 3', '(niv. 2/3)' and a definition after the level on the same line", () => {
    expect(
      competenciesOf(
        b("Stressbestendigheid: 3"),
        li("blijft rustig bij een boze klant."),
        b("Mondelinge communicatie (niv. 2/3)"),
        li("legt regels begrijpelijk uit."),
        p("Analytisch vermogen (4) – Het vermogen om problemen te ontleden.", { boldPrefix: 24 }),
        li("ontleedt vraagstukken."),
        p("Samenwerken (3): Werkt actief samen met anderen.", { boldPrefix: 16 }),
        li("deelt kennis."),
      ),
    ).toEqual([
      ["Stressbestendigheid", "3", ["blijft rustig bij een boze klant"]],
      ["Mondelinge communicatie", "2/3", ["legt regels begrijpelijk uit"]],
      ["Analytisch vermogen", "4", ["ontleedt vraagstukken"]],
      ["Samenwerken", "3", ["deelt kennis"]],
    ]);
  });

  it("keeps plain-text examples when a competency has no list at all", () => {
    expect(competenciesOf(b("Integriteit (3):"), p("Houdt zich aan afspraken."), p("Meldt fouten."))).toEqual(
      [["Integriteit", "3", ["Houdt zich aan afspraken", "Meldt fouten"]]],
    );
  });
});

describe("readProfile on a title that starts with the document kind", () => {
  it("drops 'Resultaatprofiel' from the title, so the level table's own column is found", () => {
    const profile = readProfile(
      snapshot(
        p("Resultaatprofiel Accountmanager II", { style: "Title" }),
        b("Context"),
        p("De accountmanager onderhoudt relaties met klanten."),
        b("Niveau-onderscheidende kenmerken"),
        table([
          ["", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II"],
          ["Functiegroep", "7", "8"],
        ]),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "resultaatprofiel" },
    ).value;
    expect(profile.title?.text).toBe("Accountmanager II");
    expect(profile.levelTable?.ownColumn).toBe(1);
  });

  it("drops 'Functiebeschrijving' before the function's name", () => {
    const profile = readProfile(
      snapshot(
        b("Functiebeschrijving: Medewerker klantenservice"),
        p("Functienummer: KCC-021"),
        h(1, "Kenmerken van de functie"),
        p("De medewerker beantwoordt vragen."),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(profile.title?.text).toBe("Medewerker klantenservice");
  });
});

describe("readProfile on header tables of labels and values", () => {
  const profile = readProfile(
    snapshot(
      p("Beleidsadviseur sociaal domein", { style: "Title" }),
      table([
        ["Organisatie", "Gemeente Heuvelrand"],
        ["Functienummer", "SD-233"],
      ]),
      b("Kenmerken van de functie"),
      p("De beleidsadviseur ontwikkelt beleid."),
      b("Organisatie"),
      p("Direct leidinggevende: Teammanager beleid"),
      p("Geeft leiding aan: geen"),
    ),
    BUILT_IN_TEMPLATES,
    { templateId: "functieprofiel" },
  ).value;

  it("takes the title from the Title line above the table, not from a value cell", () => {
    expect(profile.title?.text).toBe("Beleidsadviseur sociaal domein");
    expect(profile.unplaced).toEqual([]);
  });

  it("reads an 'Organisatie' label cell of the header table as a field, not as the Organisatie section", () => {
    expect(profile.sections.map((section) => [section.id, section.heading?.text ?? null])).toEqual([
      ["kop", null],
      ["kenmerken", "Kenmerken van de functie"],
      ["organisatie", "Organisatie"],
    ]);
  });
});

describe("readProfile on a header table without a title line", () => {
  it("takes the value next to a 'Functie' label cell as the title, never a field's value", () => {
    const profile = readProfile(
      snapshot(
        table([
          ["Functie", "Teamleider productie"],
          ["Afdeling", "Productie"],
          ["Functienummer", "PRD-104"],
        ]),
        b("Kenmerken van de functie"),
        p("De teamleider stuurt een ploeg aan."),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(profile.title?.text).toBe("Teamleider productie");
  });
});

describe("readProfile on a profile laid out as one 'heading | text' table", () => {
  it("reads areas and competencies from the text cells, not the layout table as a grid", () => {
    const profile = readProfile(
      snapshot(
        p("FUNCTIEPROFIEL", { style: "Title" }),
        table([
          [b("Functie"), b("Teamleider productie")],
          [b("Kenmerken van de functie"), "De teamleider stuurt een ploeg aan."],
          [
            b("Resultaatgebieden"),
            [b("1. Productie"), p("Taken:"), li("plant het werk."), p("Resultaatindicatoren:"), li("OEE.")],
          ],
          [b("Competenties"), [b("Aansturen (4):"), li("geeft duidelijke opdrachten."), li("spreekt aan.")]],
        ]),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(profile.title?.text).toBe("Teamleider productie");
    expect(profile.unplaced).toEqual([]);
    expect(profile.sections.map((section) => section.id)).toEqual([
      "kop",
      "kenmerken",
      "resultaatgebieden",
      "competenties",
    ]);
    expect(
      profile.resultAreas.map((area) => [area.number, area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([[1, "Productie", 1, 1]]);
    expect(
      profile.competencies.map((competency) => [
        competency.name,
        competency.level,
        competency.behaviours.length,
      ]),
    ).toEqual([["Aansturen", "4", 2]]);
  });
});

describe("readProfile on signature tables", () => {
  it("reads date and name written in one paragraph with line breaks (Shift+Enter)", () => {
    const profile = readProfile(
      snapshot(
        p("NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel"),
        table([
          [b("Handtekening leidinggevende (voor akkoord)"), b("Handtekening medewerker (voor gezien)")],
          ["dd. 8 december 2025\n\nAnne Kuipers", "dd. 9 december 2025\n\nBram Hendriks"],
        ]),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(profile.signature?.parties.map((party) => [party.date?.text, party.name?.text])).toEqual([
      ["dd. 8 december 2025", "Anne Kuipers"],
      ["dd. 9 december 2025", "Bram Hendriks"],
    ]);
  });

  it("reads one party per row under a Rol | Naam | Datum | Handtekening header", () => {
    const profile = readProfile(
      snapshot(
        table([
          [b("Rol"), b("Naam"), b("Datum"), b("Handtekening")],
          ["Medewerker (voor gezien)", "Bram Hendriks", "9 december 2025", ""],
          ["Leidinggevende", "", "", ""],
        ]),
      ),
      BUILT_IN_TEMPLATES,
      { templateId: "functieprofiel" },
    ).value;
    expect(
      profile.signature?.parties.map((party) => [
        party.label,
        party.name?.text,
        party.date?.text,
        party.name?.placeholder,
      ]),
    ).toEqual([
      ["Medewerker (voor gezien)", "Bram Hendriks", "9 december 2025", false],
      ["Leidinggevende", "", "", true],
    ]);
  });
});

describe("readProfile on a functieprofiel without any tables", () => {
  const result = readProfile(
    snapshot(
      p("Functie: Medewerker klantenservice"),
      p("Functienummer: KS-02"),
      h(1, "Kenmerken van de functie"),
      p("De medewerker klantenservice beantwoordt vragen van klanten."),
      h(1, "Organisatie"),
      p("Direct leidinggevende: Teamleider klantenservice"),
      p("Geeft leiding aan: geen"),
      p("Datum: 3 februari 2026"),
      p("NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel"),
      p("Handtekening leidinggevende (voor akkoord):"),
      p("Naam: P. Jansen"),
      p("Datum: 3 februari 2026"),
      p(""),
      p("Handtekening medewerker (voor gezien):"),
      p("Naam:"),
      p("Datum: ________"),
      h(1, "Kennis en ervaring"),
      li("MBO 3 werk- en denkniveau."),
    ),
    BUILT_IN_TEMPLATES,
  );
  const profile = result.value;

  it("takes the title from the Functie field and finds the header, date and signature sections", () => {
    expect(profile.template.id).toBe("functieprofiel");
    expect(profile.title?.text).toBe("Medewerker klantenservice");
    expect(profile.sections.map((section) => section.id)).toEqual([
      "kop",
      "kenmerken",
      "organisatie",
      "datum",
      "ondertekening",
      "kennis-ervaring",
    ]);
  });

  it("reads the signing parties from paragraphs, with the empty name and date marked", () => {
    expect(
      profile.signature?.parties.map((party) => [
        party.label,
        party.name?.text,
        party.name?.placeholder,
        party.date?.placeholder,
      ]),
    ).toEqual([
      ["Handtekening leidinggevende (voor akkoord)", "P. Jansen", false, false],
      ["Handtekening medewerker (voor gezien)", "", true, true],
    ]);
  });

  it("does not take a signature's date for the profile's Datum field", () => {
    const datum = profile.fields.find((field) => field.key === "datum");
    expect(datum?.range.start).toBe(7);
  });
});

describe("readProfile on the layouts of blind round seven", () => {
  it("reads 'Resultaat:' before a repeated bold 'Taken:' as parts of each area, not as sections", () => {
    const profile = read(
      h(1, "Verpleegkundige"),
      h(2, "3. Kernactiviteiten"),
      h(3, "3.1 Verlenen van zorg"),
      p("Resultaat: De patiënt heeft passende zorg ontvangen. De zorg is vastgelegd.", { boldPrefix: 10 }),
      b("Taken:"),
      li("stelt het verpleegplan op;"),
      li("voert handelingen uit."),
      h(3, "3.2 Voorlichting"),
      p("Resultaat: De patiënt is geïnformeerd.", { boldPrefix: 10 }),
      b("Taken:"),
      li("geeft voorlichting."),
      h(2, "4. Functie-eisen"),
      li("mbo-verpleegkunde"),
    );
    expect(profile.sections.map((section) => section.heading?.text ?? null)).not.toContain("Taken");
    expect(
      profile.resultAreas.map((area) => [area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([
      ["Verlenen van zorg", 2, 2],
      ["Voorlichting", 1, 1],
    ]);
  });

  it("leaves out page headers and footers typed into the body", () => {
    const profile = read(
      h(1, "Verpleegkundige"),
      h(2, "Kernactiviteiten"),
      h(3, "1. Kwaliteit"),
      b("Taken:"),
      li("meldt incidenten;"),
      li("houdt de vakkennis bij."),
      p("Functiebeschrijving Verpleegkundige – FWG 45 – pagina 2 van 3"),
      h(2, "Functie-eisen"),
      li("mbo-verpleegkunde"),
    );
    expect(profile.resultAreas.map((area) => area.tasks.map((task) => task.text))).toEqual([
      ["meldt incidenten", "houdt de vakkennis bij"],
    ]);
  });

  it("reads groups lettered a., b. under 'Kenmerkende taken' as areas", () => {
    const profile = read(
      h(1, "Docent LC"),
      h(2, "Kenmerkende taken"),
      b("a. Onderwijs en begeleiding"),
      li("verzorgt lessen;"),
      li("begeleidt leerlingen."),
      b("b. Professionalisering"),
      li("houdt de eigen bekwaamheid bij."),
      h(2, "Kennis en vaardigheden"),
      li("kennis van het vak"),
    );
    expect(profile.resultAreas.map((area) => [area.number, area.title, area.tasks.length])).toEqual([
      [1, "Onderwijs en begeleiding", 2],
      [2, "Professionalisering", 1],
    ]);
  });

  it("reads a level drawn as marks after the name, and a footnote star as no level", () => {
    const profile = read(
      h(1, "Adviseur vergunningen"),
      h(2, "Competenties"),
      b("Klantgerichtheid ***"),
      li("legt uit in begrijpelijke taal"),
      b("Samenwerken ●●○○"),
      li("deelt informatie"),
      b("Integriteit *"),
      li("handelt volgens de gedragscode"),
    );
    expect(profile.competencies.map((competency) => [competency.name, competency.level])).toEqual([
      ["Klantgerichtheid", "***"],
      ["Samenwerken", "●●○○"],
      ["Integriteit *", null],
    ]);
  });

  it("reads running text over 'Dit lever je op:' as the area's tasks, one per sentence", () => {
    const profile = read(
      h(1, "Verenigingsadviseur"),
      h(2, "Resultaatgebieden"),
      h(3, "3.1 Advisering van verenigingen"),
      p("Je bent het eerste aanspreekpunt voor besturen. Je stelt een adviestraject op. Je verwijst door."),
      b("Dit lever je op:"),
      p("• Verenigingen zijn binnen twee weken benaderd."),
      p("• Minimaal 30 verenigingen zijn begeleid."),
      h(2, "Competenties"),
      b("Netwerken"),
      li("legt contact met partners"),
    );
    expect(
      profile.resultAreas.map((area) => [area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([["Advisering van verenigingen", 3, 2]]);
  });

  it("reads an English-headed role profile: outcomes with key responsibilities and success measures", () => {
    const profile = read(
      h(1, "Role profile — Senior CDD Analist"),
      h(2, "Purpose of the role"),
      p("Je beoordeelt complexe klantdossiers."),
      h(2, "Key responsibilities"),
      h(3, "Outcome 1 — Klantdossiers voldoen aan de Wwft"),
      b("Key responsibilities"),
      li("Voert reviews uit."),
      li("Identificeert de UBO's."),
      b("Success measures"),
      li("95% van de dossiers is in één keer goed."),
      h(2, "Leadership behaviours"),
      table([
        ["Gedrag", "Verwacht niveau", "What it looks like"],
        ["Take ownership", "Advanced", [p("• Je maakt je werk af."), p("• Je komt afspraken na.")]],
      ]),
    );
    expect(profile.title?.text).toBe("Senior CDD Analist");
    expect(
      profile.resultAreas.map((area) => [area.title, area.tasks.length, area.indicators.length]),
    ).toEqual([["Klantdossiers voldoen aan de Wwft", 2, 1]]);
    expect(
      profile.competencies.map((competency) => [
        competency.name,
        competency.level,
        competency.behaviours.length,
      ]),
    ).toEqual([["Take ownership", "Advanced", 2]]);
  });

  it("reads a competency written as a record table, and leaves the table of level names out", () => {
    const profile = read(
      h(1, "Schadebehandelaar"),
      h(2, "Competentieprofiel"),
      table([
        ["Niveau", "Omschrijving"],
        ["A", "Basis"],
        ["B", "Zelfstandig"],
      ]),
      table([
        ["Competentie", "Klantgerichtheid"],
        ["Definitie", "Zich verplaatsen in de klant."],
        ["Vereist niveau", "C"],
        ["Gedragsvoorbeelden", [li("Legt uit."), li("Toont begrip."), li("Neemt initiatief.")]],
      ]),
    );
    expect(
      profile.competencies.map((competency) => [
        competency.name,
        competency.level,
        competency.behaviours.length,
      ]),
    ).toEqual([["Klantgerichtheid", "C", 3]]);
  });
});

describe("readProfile on an introduction above the result areas", () => {
  it("keeps the sentence that introduces the areas in its section, without a message", () => {
    const result = readProfile(
      snapshot(
        h(1, "Senior CDD Analist"),
        h(2, "Resultaatgebieden"),
        p("Deze rol draagt bij aan de volgende resultaten. Per resultaat staan de taken."),
        h(3, "1. Klantdossiers"),
        b("Taken:"),
        li("voert reviews uit."),
        h(3, "2. Signalen"),
        b("Taken:"),
        li("analyseert alerts."),
        h(2, "Competenties"),
        b("Samenwerken (3)"),
      ),
      BUILT_IN_TEMPLATES,
    );
    expect(result.value.resultAreas.map((area) => area.title)).toEqual(["Klantdossiers", "Signalen"]);
    expect(result.value.unplaced).toEqual([]);
    expect(result.messages.map((entry) => entry.code)).not.toContain("text-unplaced");
  });
});
