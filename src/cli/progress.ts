/** A one-line progress bar on stderr for long runs; silent when stderr is not a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function createProgress(stream: ProgressStream, total: number, enabled: boolean) {
  const active = enabled && stream.isTTY === true && total > 1;
  let shown = false;
  return {
    update(done: number, current: string) {
      if (!active) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const room = Math.max(10, (stream.columns ?? 80) - width - 16);
      const name = current.length > room ? `…${current.slice(-(room - 1))}` : current;
      stream.write(`\r\x1b[2K${bar} ${done}/${total} ${name}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
