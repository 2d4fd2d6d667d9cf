import { apiNotFound, accessDenied, invalidObjectPath, propertyNotLoaded } from "./errors";
import type { FakeDocumentModel, FakeParagraph } from "./model";

/**
 * The request context and batch machinery of the fake. As in office-js, calls on proxies only queue
 * actions; `sync()` runs them in order against the document, and the first failing action rejects the
 * sync and drops the rest of the batch (the actions before it stay applied, as in Word: no rollback).
 */

export interface FakeAction {
  kind: "read" | "write";
  what: string;
  /** A WordApi version the action needs ("1.4"); the sync fails with ApiNotFound below it. */
  requires?: string;
  run: () => void;
}

export interface FakeWrite {
  kind: string;
  /** Index of the paragraph written (before the write), when there is one. */
  paragraph?: number;
  text?: string;
  detail?: string;
}

export interface FakeSyncRecord {
  run: number;
  actions: number;
  reads: number;
  writes: number;
  failed: string | null;
}

/** What the context needs from the fake's shared state. */
export interface FakeBatchHost {
  readonly document: FakeDocumentModel;
  readonly readOnly: boolean;
  supports(version: string): boolean;
  recordWrite(write: FakeWrite): void;
  recordSync(record: FakeSyncRecord): void;
  beforeSync(): void;
}

export class FakeClientResult<T> {
  private state: { value: T } | null = null;

  get value(): T {
    if (!this.state) throw propertyNotLoaded("ClientResult", "value");
    return this.state.value;
  }

  settle(value: T): void {
    this.state = { value };
  }
}

export class FakeRequestContext {
  private queue: FakeAction[] = [];
  private closed = false;

  constructor(
    readonly host: FakeBatchHost,
    readonly runNumber: number,
  ) {}

  get model(): FakeDocumentModel {
    return this.host.document;
  }

  enqueue(action: FakeAction): void {
    if (this.closed) throw invalidObjectPath(action.what);
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw invalidObjectPath("RequestContext.sync");
    this.host.beforeSync();
    const actions = this.queue;
    this.queue = [];
    const record: FakeSyncRecord = {
      run: this.runNumber,
      actions: actions.length,
      reads: 0,
      writes: 0,
      failed: null,
    };
    try {
      for (const action of actions) {
        if (action.requires && !this.host.supports(action.requires))
          throw apiNotFound(action.what, action.requires);
        if (action.kind === "write" && this.host.readOnly) throw accessDenied(action.what);
        action.run();
        if (action.kind === "write") {
          record.writes += 1;
          this.model.touch();
        } else {
          record.reads += 1;
        }
      }
    } catch (error) {
      record.failed =
        error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
      throw error;
    } finally {
      this.host.recordSync(record);
      // A real sync is a round trip: let other promises run before the caller continues.
      await Promise.resolve();
    }
  }

  close(): void {
    this.closed = true;
  }

  /** Writes inside a locked content control fail in Word with AccessDenied. */
  assertEditable(paragraph: FakeParagraph, what: string): void {
    if (paragraph.contentControl?.cannotEdit) {
      throw accessDenied(
        what,
        "The content control is locked and its contents cannot be edited (cannotEdit).",
      );
    }
  }
}
