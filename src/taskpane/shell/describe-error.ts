import type { Language } from "../../core/common";
import { isProfielwijzerError } from "../../core/common";
import { catalogues } from "../i18n";

export interface ErrorDescription {
  /** One sentence for the user, in the pane's language. */
  summary: string;
  /** The stable error code, when the error has one. */
  code: string | null;
  /** What support needs: name, message and (shortened) stack. */
  details: string;
}

/** Stacks of minified bundles are long and mostly noise; the first lines are what helps. */
const MAX_DETAIL_CHARS = 2000;

/** Turns anything thrown into text we can show: our own errors speak the user's language, others are quoted. */
export function describeError(error: unknown, language: Language): ErrorDescription {
  if (isProfielwijzerError(error)) {
    return {
      summary: error.text[language],
      code: error.code,
      details: trimDetails(error.stack ?? error.message),
    };
  }
  if (error instanceof Error) {
    const headline = `${error.name}: ${error.message}`;
    const stack = error.stack ?? "";
    return {
      summary: error.message || catalogues[language].errorUnknown,
      code: null,
      details: trimDetails(stack.includes(error.message) ? stack : `${headline}\n${stack}`),
    };
  }
  if (typeof error === "string" && error.trim() !== "") return { summary: error, code: null, details: error };
  const unknown = catalogues[language].errorUnknown;
  return { summary: unknown, code: null, details: safeStringify(error) ?? unknown };
}

function trimDetails(text: string): string {
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;
}

function safeStringify(value: unknown): string | null {
  try {
    return value === undefined ? null : (JSON.stringify(value) ?? null);
  } catch {
    return null;
  }
}
