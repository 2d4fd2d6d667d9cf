/**
 * Every UI string of the task pane and the browser preview, in Dutch (the default language).
 * `en.ts` must have exactly the same keys: the `Strings` type makes a missing or extra key a compile error.
 * Placeholders are written `{name}` and filled in with `formatString`.
 */
export const nl = {
  appName: "Profielwijzer",
  appTagline: "Functieprofielen controleren en aanvullen",

  tabListLabel: "Onderdelen van Profielwijzer",
  tabCheck: "Controle",
  tabStructure: "Structuur",
  tabInsert: "Invoegen",

  emptyTitle: "Nog geen profiel gelezen",
  emptyCheck:
    "Hier komen de bevindingen van de controle: wat ontbreekt, wat nog ingevuld moet worden en of het profiel klaar is om te tekenen. Dit onderdeel zit nog niet in deze versie.",
  emptyStructure:
    "Hier komt de opbouw van het profiel: resultaatgebieden met taken en indicatoren, en competenties met niveau en gedragsvoorbeelden. Dit onderdeel zit nog niet in deze versie.",
  emptyInsert:
    "Hier voeg je straks standaardonderdelen, resultaatgebieden en competenties uit de bibliotheek in. Dit onderdeel zit nog niet in deze versie.",

  loading: "Profielwijzer wordt geladen…",

  unsupportedTitle: "Profielwijzer kan hier niet starten",
  unsupportedNotWord:
    "Profielwijzer werkt alleen in Microsoft Word. Open een functieprofiel in Word en kies op het tabblad Start de knop Controleer profiel.",
  unsupportedNoOffice:
    "Het Office-script is niet geladen, dus Profielwijzer kan Word niet bereiken. Deze pagina werkt alleen binnen Word; controleer ook de internetverbinding, want Word haalt dat script online op.",
  unsupportedOldWord:
    "Deze versie van Word is te oud voor Profielwijzer: {set} {version} of nieuwer is nodig. Werk Word bij, of gebruik Word voor Microsoft 365, Word 2019 of nieuwer, of Word op het web.",
  unsupportedPreviewHint: "Zonder Word kun je Profielwijzer bekijken in de voorbeeldweergave in de browser.",

  messagesLabel: "Meldingen over het lezen van het document",
  messageDismiss: "Melding sluiten",

  errorTitle: "Er ging iets mis",
  errorBody:
    "Profielwijzer liep tegen een onverwachte fout aan. Laad het taakvenster opnieuw; lukt het dan nog niet, geef de technische details hieronder door aan wie Profielwijzer beheert.",
  errorDetails: "Technische details",
  errorCode: "Foutcode: {code}",
  errorUnknown: "Onbekende fout",
  errorReload: "Opnieuw laden",

  previewNoticeTitle: "Voorbeeldweergave in de browser",
  previewNoticeBody: "Profielwijzer draait hier buiten Word. Er is nog geen voorbeeldprofiel geladen.",
} as const satisfies Record<string, string>;

/** The keys every catalogue must have. */
export type StringKey = keyof typeof nl;

/** A complete catalogue: one string per key, no more and no fewer. */
export type Strings = { readonly [Key in StringKey]: string };
