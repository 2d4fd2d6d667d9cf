import type { Strings } from "./nl";

/** Every UI string in English, for Office display languages that start with `en`. Same keys as `nl.ts`. */
export const en: Strings = {
  appName: "Profielwijzer",
  appTagline: "Check and complete job profiles",

  tabListLabel: "Profielwijzer sections",
  tabCheck: "Check",
  tabStructure: "Structure",
  tabInsert: "Insert",

  emptyTitle: "No profile read yet",
  emptyCheck:
    "This is where the check's findings will appear: what is missing, what still has to be filled in and whether the profile is ready to sign. This part is not in this version yet.",
  emptyStructure:
    "This is where the profile's structure will appear: result areas with tasks and indicators, and competencies with level and behaviour examples. This part is not in this version yet.",
  emptyInsert:
    "This is where you will insert standard sections, result areas and competencies from the library. This part is not in this version yet.",

  loading: "Loading Profielwijzer…",

  unsupportedTitle: "Profielwijzer cannot start here",
  unsupportedNotWord:
    "Profielwijzer only works in Microsoft Word. Open a job profile in Word and choose Check profile on the Home tab.",
  unsupportedNoOffice:
    "The Office script did not load, so Profielwijzer cannot reach Word. This page only works inside Word; also check the internet connection, because Word fetches that script online.",
  unsupportedOldWord:
    "This version of Word is too old for Profielwijzer: {set} {version} or later is needed. Update Word, or use Word for Microsoft 365, Word 2019 or later, or Word on the web.",
  unsupportedPreviewHint: "Without Word you can look at Profielwijzer in the browser preview.",

  messagesLabel: "Notes about reading the document",
  messageDismiss: "Dismiss note",

  errorTitle: "Something went wrong",
  errorBody:
    "Profielwijzer ran into an unexpected error. Reload the task pane; if that does not help, pass the technical details below to whoever manages Profielwijzer.",
  errorDetails: "Technical details",
  errorCode: "Error code: {code}",
  errorUnknown: "Unknown error",
  errorReload: "Reload",

  previewNoticeTitle: "Browser preview",
  previewNoticeBody: "Profielwijzer runs outside Word here. No sample profile has been loaded yet.",
};
