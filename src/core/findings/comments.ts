import { message, type Message } from "../common";

/** Said by both hosts when findings point at places the document no longer has. */
export function commentsSkipped(missing: number): Message[] {
  if (missing === 0) return [];
  return [
    message(
      "warning",
      "comments-skipped",
      `${missing} ${missing === 1 ? "bevinding kon" : "bevindingen konden"} niet als opmerking worden geplaatst, omdat de plek niet meer in het document staat. Controleer opnieuw.`,
      `${missing} ${missing === 1 ? "finding" : "findings"} could not be added as a comment because the place is no longer in the document. Check again.`,
    ),
  ];
}
