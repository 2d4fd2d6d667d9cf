/** What the CLI writes to and its exit codes, shared by the commands. */

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  now(): Date;
}

/** 0: nothing to report; 1: findings (check) or fixes left (fix); 2: a file or an option could not be used. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
