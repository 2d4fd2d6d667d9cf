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
    "Hier voegt u straks standaardonderdelen, resultaatgebieden en competenties uit de bibliotheek in. Dit onderdeel zit nog niet in deze versie.",

  loading: "Profielwijzer wordt geladen…",

  unsupportedTitle: "Profielwijzer kan hier niet starten",
  unsupportedNotWord:
    "Profielwijzer werkt alleen in Microsoft Word. Open een functieprofiel in Word en kies op het tabblad Start de knop Controleer profiel.",
  unsupportedNoOffice:
    "Het Office-script is niet geladen, dus Profielwijzer kan Word niet bereiken. Deze pagina werkt alleen binnen Word; controleer ook de internetverbinding, want Word haalt dat script online op.",
  unsupportedOldWord:
    "Deze versie van Word is te oud voor Profielwijzer: {set} {version} of nieuwer is nodig. Werk Word bij, of gebruik Word voor Microsoft 365, Word 2019 of nieuwer, of Word op het web.",
  unsupportedPreviewHint: "Zonder Word kunt u Profielwijzer bekijken in de voorbeeldweergave in de browser.",

  messagesLabel: "Meldingen over het lezen van het document",
  messageDismiss: "Melding sluiten",

  errorTitle: "Er ging iets mis",
  errorBody:
    "Profielwijzer liep tegen een onverwachte fout aan. Laad het taakvenster opnieuw; lukt het dan nog niet, geef de technische details hieronder door aan wie Profielwijzer beheert.",
  errorDetails: "Technische details",
  errorCode: "Foutcode: {code}",
  errorUnknown: "Onbekende fout",
  errorReload: "Opnieuw laden",

  previewTitle: "Profielwijzer – voorbeeldweergave",
  previewFile: "Document: {name}",
  previewNoDocument: "Geen document geopend",
  previewOpen: "Eigen .docx openen",
  previewSample: "Voorbeeldprofiel",
  previewDownload: "Downloaden",
  previewTheme: "Thema",
  previewThemeLight: "Licht",
  previewThemeDark: "Donker",
  previewThemeHighContrast: "Hoog contrast",
  previewLanguage: "Taal",
  previewPaneLabel: "Taakvenster Profielwijzer",
  previewEmptyHint:
    "Open een Word-document (.docx) met de knop Eigen .docx openen bovenaan, of kies Voorbeeldprofiel.",
  previewLoading: "Het voorbeeldprofiel wordt geladen…",
  previewSampleFailed:
    "Het voorbeeldprofiel kon niet worden geladen ({detail}). Open een eigen .docx-bestand.",
  previewDocumentLabel: "Document: {name}",
  previewUntitled: "zonder naam",
  previewDocumentEmpty: "Dit document is leeg.",
  previewCommentBy: "Opmerking van {author}",
  previewCommentAnonymous: "Opmerking",
  previewOpenFailedTitle: "'{name}' kon niet worden geopend",
  previewOpenFailedKept: "{name} is nog open, precies zoals het was.",
  previewOpenFailedNone: "Kies een ander bestand.",
  previewReplaceConfirm:
    "De wijzigingen in {name} zijn nog niet gedownload en gaan verloren. Toch een ander document openen?",
  previewEditedSuffix: "bewerkt",
  previewUnsaved: "wijzigingen nog niet gedownload",
  previewShowDocument: "Document",
  previewShowPane: "Taakvenster",
  previewViewLabel: "Weergave",
  profileRegion: "Profiel",
  profileFunction: "Functie",
  profileUntitled: "Functie zonder titel",
  profileEmpty: "Leeg document",
  recheck: "Opnieuw controleren",
  notReadyToSign: "Nog niet compleet",
  completenessLabel: "Volledigheid: {percent}%",
  completenessShort: "{percent}% volledig",
  templateMissingBadge: "Geen sjabloon",
  templateLabel: "Sjabloon",
  templateAutomatic: "Automatisch herkennen",
  templateAutomaticDetected: "Herkend: {name}",
  templateCustomOption: "{name} (eigen)",
  templateDetectedHint: "{match}.",
  templateWhy: "Waarom dit sjabloon?",
  templateWhyScore: "{match}.",
  templateWhyFound: "Gevonden: {sections}.",
  templateWhyMissed: "Ontbreekt: {sections}.",
  templateNoneHint: "Geen sjabloon herkend; kies er zelf een.",
  templateChosen: "Zelf gekozen.",
  templateChosenHint: "Zelf gekozen. {match}.",
  templateNone: "geen",
  tabErrorCount: "{count} {count|fout|fouten}",

  noDocumentTitle: "Geen document",
  noDocumentBody: "Open een functieprofiel om het te controleren.",
  reading: "Het profiel wordt gelezen…",
  readFailedTitle: "Het document kon niet worden gelezen",
  readFailedFileHint: "Kies een ander bestand.",
  readFailedWordHint:
    "Er is niets gewijzigd. Probeer het opnieuw; lukt het dan nog niet, sla het document op en open het opnieuw.",
  retry: "Opnieuw proberen",

  noticesLabel: "Meldingen",
  dismiss: "Sluiten",
  close: "Sluiten",
  cancel: "Annuleren",
  noticeApplied: "Gedaan: {title}.",
  noticeNewPoints:
    "{count} {count|nieuw punt|nieuwe punten} om in te vullen: de ingevoegde tekst heeft eigen invulplekken. Ze staan bij Controle.",
  noticeUnexpected: "Dat lukte niet door een onverwachte fout ({detail}). Er is niets gewijzigd.",
  noticeCommentsAdded: "{count} {count|opmerking|opmerkingen} toegevoegd aan het document.",
  noticeCommentsSynced:
    "Opmerkingen bijgewerkt: {added} nieuw, {updated} aangepast, {removed} verwijderd (bij opgeloste bevindingen).",
  noticeCommentsNone: "De opmerkingen in het document kloppen al met de bevindingen.",
  announceChecked:
    "Gecontroleerd: {errors} {errors|fout|fouten}, {warnings} {warnings|waarschuwing|waarschuwingen}, {info} ter informatie. {status}.",
  announceEmpty: "Gecontroleerd: dit document is leeg. Voeg het sjabloon in om te beginnen.",
  announceIgnored: "Bevinding genegeerd. U vindt haar terug onder Genegeerde bevindingen.",
  announceRestored: "Bevinding teruggezet.",

  addComments: "Bevindingen als opmerkingen",
  copyChecklist: "Checklist kopiëren",
  copyDone: "De checklist staat op het klembord.",
  copyFallbackLabel: "Checklist",
  copyFallbackHint:
    "Het klembord is hier geblokkeerd. De tekst is geselecteerd: kopieer hem met Ctrl+C (Cmd+C op een Mac).",
  sectionGeneral: "Algemeen",
  groupErrors: "Fouten",
  groupWarnings: "Waarschuwingen",
  groupInfo: "Ter informatie",
  severityError: "Fout",
  severityWarning: "Waarschuwing",
  severityInfo: "Ter informatie",
  goTo: "Ga naar",
  fix: "Herstel",
  ignore: "Negeer",
  restore: "Terugzetten",
  fixReplace: "Vervangen",
  fixRemoveLine: "Verwijder deze regel",
  fixReplacing: "Vervangt:",
  fixReplaceEmpty: "Vul de tekst in die in de plaats van de invultekst komt.",
  fixConfirm: "Toch herstellen",
  ignoreReasonLabel: "Waarom negeert u deze bevinding?",
  ignoreNoteLabel: "Toelichting (voor wie het profiel later naleest)",
  ignoreNoteRequired: "Schrijf bij een andere reden kort waarom.",
  ignoreConfirm: "Negeren",
  ignoreConfirmError: "Fout toch negeren",
  ignoreErrorWarning:
    "Dit is een fout. Een genegeerde fout blijft zichtbaar in het oordeel: het profiel heet dan compleet mét bewust genegeerde punten.",
  ignoredBecause: "Genegeerd:",
  ignoredShow: "Genegeerde bevindingen tonen ({count})",
  ignoredHide: "Genegeerde bevindingen verbergen ({count})",
  readyBody:
    "Alle controles van het sjabloon zijn in orde. Dat gaat over de vorm van het profiel; de inhoud leest u zelf na.",
  readyWithRemarks:
    "Compleet volgens sjabloon: er zijn geen fouten meer. De opmerkingen hieronder zijn het nalezen waard.",
  readyWithIgnored: "Ze staan hieronder, elk met de reden waarom ze zijn genegeerd.",
  readMessagesTitle: "Meldingen bij het lezen",
  readMessagesHeading: "Meldingen bij het lezen ({count})",
  countsSummary:
    "{errors} {errors|fout|fouten} · {warnings} {warnings|waarschuwing|waarschuwingen} · {info} ter informatie",

  checklistHeading: "Profielwijzer – checklist",
  checklistProfile: "Profiel: {title}",
  checklistTemplate: "Sjabloon: {template}",
  checklistStatus: "Status: {status} (volledigheid {percent}%)",
  checklistErrors: "FOUTEN ({count})",
  checklistWarnings: "WAARSCHUWINGEN ({count})",
  checklistInfo: "TER INFORMATIE ({count})",
  checklistIgnored: "GENEGEERD ({count})",
  checklistNothing: "Geen bevindingen: het profiel voldoet aan het sjabloon.",

  emptyDocumentTitle: "Dit document is leeg",
  emptyDocumentBody:
    "Begin met het sjabloon: alle onderdelen worden ingevoegd met hun standaardtekst en invulregels.",
  skeletonTemplate: "Sjabloon",
  skeletonInsert: "Sjabloon invoegen",
  skeletonNoPlace:
    "Het sjabloon kan hier niet worden ingevoegd: het document heeft geen alinea om het bij te plaatsen. Typ een lege regel in het document en controleer opnieuw.",
  notProfileTitle: "Dit lijkt geen functieprofiel",
  notProfileBody:
    "Geen enkel sjabloon past bij dit document. Kies een sjabloon als het toch een functieprofiel is.",
  notProfileBodyClosest:
    "Geen sjabloon past goed genoeg. {match}. Kies een sjabloon als het toch een functieprofiel is.",
  notProfileChoose: "Controleren met sjabloon",
  notProfileChoosePlaceholder: "Kies een sjabloon…",
  chooseTemplateFirst: "Kies eerst een sjabloon.",

  previewShow: "Voorbeeld tonen",
  previewHide: "Voorbeeld verbergen",
  previewLabel: "Wat wordt ingevoegd: {title}",
  previewMore: "en nog {count} {count|regel|regels}",

  structureIntro: "Kies een onderdeel om het in het document te selecteren.",
  structureLabel: "Opbouw van het profiel",
  structureTitle: "Functietitel",
  structureTasks: "Taken",
  structureIndicators: "Resultaatindicatoren",
  structureGroupCount: "{count}",
  structureLevel: "niveau {level}",
  structureNoLevel: "geen niveau",
  structureEmptyCell: "(leeg)",
  structurePlaceholder: "Nog in te vullen",
  structureUnknownSection: "Onbekend onderdeel",
  structureUnplaced: "Niet herkende tekst",
  countAreas: "{count} {count|resultaatgebied|resultaatgebieden}",
  countTasks: "{count} {count|taak|taken}",
  countIndicators: "{count} {count|indicator|indicatoren}",
  countCompetencies: "{count} {count|competentie|competenties}",
  countBehaviours: "{count} {count|gedragsvoorbeeld|gedragsvoorbeelden}",
  countItems: "{count} {count|punt|punten}",
  countRows: "{count} {count|kenmerk|kenmerken}",

  paneLoading: "Even geduld…",
  insert: "Invoegen",
  insertSections: "Ontbrekende onderdelen",
  insertArea: "Nieuw resultaatgebied",
  insertCompetency: "Competentie uit de bibliotheek",
  sectionRequired: "verplicht",
  sectionsComplete: "Alle onderdelen van het sjabloon staan in het document.",
  areaTitle: "Titel van het resultaatgebied",
  areaTitleMissing: "Geef het resultaatgebied een titel.",
  areaDescription: "Beschrijving van het resultaat",
  areaTasks: "Taken",
  areaIndicators: "Resultaatindicatoren",
  areaLinesHint: "Eén per regel. Leeg laten geeft een invulregel (xxx).",
  areaEmptyHint: "Leeg laten geeft een invulzin die u later aanvult.",
  areaInsert: "Resultaatgebied toevoegen",
  areaNotInTemplate: "Dit sjabloon kent geen resultaatgebieden.",
  areaNeedsSection: "Voeg eerst het onderdeel met de resultaatgebieden in (onder Ontbrekende onderdelen).",
  competencySearch: "Zoek competentie",
  competencySearchPlaceholder: "Naam of andere benaming",
  competencyCluster: "Cluster",
  competencyAllClusters: "Alle clusters",
  competencyFound: "{count} {count|competentie|competenties} gevonden",
  competencyChoose: "Kies een competentie",
  competencyLevel: "Niveau",
  competencyLevelHint: "1 is basis, 5 het hoogste; 4/5 ligt tussen twee niveaus.",
  competencyBehaviours: "Gedragsvoorbeelden",
  competencyBehavioursHint: "{checked} van {total} gekozen.",
  competencyAlreadyThere:
    "Deze competentie staat al in het profiel. Nog een keer invoegen geeft een dubbele competentie.",
  competencyNeedsSection: "Voeg eerst het onderdeel Competenties in (onder Ontbrekende onderdelen).",
  competencyNotInTemplate: "Het sjabloon {name} heeft geen competenties.",
  competencyInsert: "{name} invoegen",

  settingsOpen: "Instellingen",
  settingsTitle: "Instellingen",
  settingsLanguage: "Taal van het taakvenster",
  settingsLanguageAutomatic: "Automatisch ({language})",
  settingsLanguageHint:
    "Automatisch volgt de weergavetaal van Office: Engels als die met en begint, anders Nederlands. Een taal die u hier kiest, gaat daarvoor.",
  settingsTemplates: "Sjablonen",
  settingsTemplateBuiltIn: "{name} – versie {version} (ingebouwd)",
  settingsTemplateCustom: "{name} – versie {version} (eigen)",
  settingsLoadTemplate: "Eigen sjabloon laden (JSON)",
  settingsLibrary: "Competentiebibliotheek",
  settingsLibraryBuiltIn: "{name}, versie {version}: {count} {count|competentie|competenties} (ingebouwd)",
  settingsLibraryCustom: "{name}, versie {version}: {count} {count|competentie|competenties} (eigen)",
  settingsLoadLibrary: "Eigen bibliotheek laden (JSON)",
  settingsStoredTemplateDropped:
    "Een bewaard eigen sjabloon kon niet meer worden geladen en is niet gebruikt: {reason}",
  settingsTemplateNotKept:
    "Het sjabloon wordt nu gebruikt, maar kon niet worden bewaard voor een volgende keer: {reason}",
  settingsTemplateLoaded: "Sjabloon '{name}' (versie {version}) is geladen en wordt gebruikt.",
  settingsLibraryLoaded: "Bibliotheek '{name}' (versie {version}) is geladen en wordt gebruikt.",
  settingsReadFailed: "Het bestand kon niet worden gelezen ({detail}).",
  settingsNotReady: "Profielwijzer is nog aan het laden; probeer het zo nog eens.",
  settingsReset: "Standaard herstellen",
  settingsResetDone: "De ingebouwde sjablonen en bibliotheek worden weer gebruikt.",
  settingsSessionOnly:
    "Eigen sjablonen worden bewaard en doen mee aan de herkenning van elk document; een eigen bibliotheek geldt zolang dit venster open is.",
  settingsFromDocument: "Sjabloon maken van dit document",
  settingsFromDocumentHint:
    "Legt de opbouw van het geopende profiel vast als sjabloon van uw huisstijl: onderdelen, koppen, velden en de opbouw van resultaatgebieden en competenties. De herkenning gebruikt het voortaan.",
  settingsFromDocumentDone:
    "Sjabloon '{name}' is gemaakt van dit document ({sections} {sections|onderdeel, verplicht|onderdelen, alle verplicht}) en wordt gebruikt. Download het om het aan te passen of te delen.",
  settingsFromDocumentEmpty: "Dit document heeft nog geen opbouw om een sjabloon van te maken.",
  settingsDownloadTemplate: "Sjabloon downloaden (JSON)",
} as const satisfies Record<string, string>;

/** The keys every catalogue must have. */
export type StringKey = keyof typeof nl;

/** A complete catalogue: one string per key, no more and no fewer. */
export type Strings = { readonly [Key in StringKey]: string };
