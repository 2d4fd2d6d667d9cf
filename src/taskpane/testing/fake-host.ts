import type { CommentCounts } from "../../core/findings/comments";
import type { Language, Location, Message, Result } from "../../core/common";
import type { Finding, Ignore } from "../../core/findings/schema";
import type { ApplyOutcome, HostAdapter, HostCapabilities } from "../../core/host";
import type { EditPlan } from "../../core/plans/schema";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import { applyToSnapshot } from "./apply-to-snapshot";

/**
 * A HostAdapter over an in-memory snapshot for the task pane's tests: it applies plans to the snapshot (so a
 * fixed finding really disappears on the next read), remembers what it was asked, and can be told to fail.
 */
export class FakeHost implements HostAdapter {
  readonly kind = "docx" as const;
  snapshot: DocumentSnapshot;
  ignored: Ignore[];
  readonly applied: EditPlan[] = [];
  readonly revealed: Location[] = [];
  readonly commented: { findings: Finding[]; language: Language }[] = [];
  /** The ids of each save, in order (what most tests look at); `ignored` holds the last save whole. */
  readonly saved: string[][] = [];
  reads = 0;
  /** Thrown by the next call of that kind, then cleared. */
  failNext: { read?: unknown; apply?: unknown; saveIgnored?: unknown; addComments?: unknown } = {};
  /** Messages the next read returns (reader notes). */
  readMessages: Message[] = [];
  commentsSupported = true;
  private selectionListeners = new Set<(range: Location) => void>();

  /** `ignored` as bare ids (a list kept before reasons were asked) or as whole entries. */
  constructor(snapshot: DocumentSnapshot, options: { ignored?: ReadonlyArray<string | Ignore> } = {}) {
    this.snapshot = snapshot;
    this.ignored = (options.ignored ?? []).map((entry) =>
      typeof entry === "string" ? { id: entry, reason: null, note: "", at: null } : entry,
    );
  }

  async read(): Promise<Result<DocumentSnapshot>> {
    this.reads++;
    this.throwIfFailing("read");
    return { value: this.snapshot, messages: this.readMessages };
  }

  async apply(plan: EditPlan): Promise<Result<ApplyOutcome>> {
    this.throwIfFailing("apply");
    const { snapshot, inserted } = applyToSnapshot(this.snapshot, plan);
    this.snapshot = snapshot;
    this.applied.push(plan);
    const first = inserted[0];
    return {
      value: { inserted: first === undefined ? [] : [{ start: first, end: inserted[inserted.length - 1]! }] },
      messages: [],
    };
  }

  async reveal(location: Location): Promise<void> {
    this.revealed.push(location);
  }

  async addComments(findings: Finding[], language: Language): Promise<Result<CommentCounts>> {
    this.throwIfFailing("addComments");
    this.commented.push({ findings, language });
    if (!this.commentsSupported) {
      return {
        value: { added: 0, updated: 0, removed: 0 },
        messages: [
          {
            severity: "warning",
            code: "comments-unsupported",
            text: {
              nl: "Deze versie van Word kan geen opmerkingen toevoegen.",
              en: "This version of Word cannot add comments.",
            },
          },
        ],
      };
    }
    return { value: { added: findings.length, updated: 0, removed: 0 }, messages: [] };
  }

  async loadIgnored(): Promise<Ignore[]> {
    return [...this.ignored];
  }

  async saveIgnored(ignores: Ignore[]): Promise<void> {
    this.throwIfFailing("saveIgnored");
    this.ignored = [...ignores];
    this.saved.push(ignores.map((ignore) => ignore.id));
  }

  capabilities(): HostCapabilities {
    return { comments: this.commentsSupported, settings: true, selectionEvents: true, contentControls: true };
  }

  onSelectionChanged(listener: (range: Location) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Pretend the user put the cursor somewhere in the document. */
  select(range: Location): void {
    for (const listener of this.selectionListeners) listener(range);
  }

  private throwIfFailing(kind: keyof FakeHost["failNext"]): void {
    const failure = this.failNext[kind];
    if (failure === undefined) return;
    delete this.failNext[kind];
    throw failure;
  }
}
