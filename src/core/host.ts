import type { Language, Location, Result } from "./common";
import type { CommentCounts } from "./findings/comments";
import type { Finding, Ignore } from "./findings/schema";
import type { EditPlan } from "./plans/schema";
import type { DocumentSnapshot } from "./snapshot/schema";

/**
 * The one small interface both host adapters implement: office-js (`src/hosts/word`) and a .docx file
 * (`src/hosts/docx`, used by the CLI and the browser preview). The UI talks only to this.
 *
 * Failures that leave nothing usable (a read-only document, a document that changed since it was read)
 * reject with a `ProfielwijzerError` whose text says what happened in Dutch and English; nothing is
 * written in that case.
 */
export interface HostAdapter {
  readonly kind: "word" | "docx";
  /** Reads the whole body into a snapshot. */
  read(): Promise<Result<DocumentSnapshot>>;
  /** Applies a whole plan, or nothing at all when an anchor no longer holds its text. */
  apply(plan: EditPlan): Promise<Result<ApplyOutcome>>;
  /** Selects / scrolls to a location so the user sees it. */
  reveal(location: Location): Promise<void>;
  /**
   * Makes the document's comments of ours match the findings (one each at its location; updated, added, and
   * removed for findings no longer open); other people's comments stay.
   */
  addComments(findings: Finding[], language: Language): Promise<Result<CommentCounts>>;
  /** The findings the user chose to ignore, with their reasons, kept in the document itself. */
  loadIgnored(): Promise<Ignore[]>;
  saveIgnored(ignores: Ignore[]): Promise<void>;
  capabilities(): HostCapabilities;
  /** Calls back with the block range of the user's selection; returns an unsubscribe function. */
  onSelectionChanged?(listener: (range: Location) => void): () => void;
}

export interface HostCapabilities {
  comments: boolean;
  /** Ignored findings can be stored in the document. */
  settings: boolean;
  selectionEvents: boolean;
  /** Inserted library content can be tagged with content controls. */
  contentControls: boolean;
}

export interface ApplyOutcome {
  /** Where the inserted content now sits, in block indices of the changed document. */
  inserted: Location[];
}
