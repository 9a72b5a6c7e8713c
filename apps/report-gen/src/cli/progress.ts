/** A one-line progress bar on a terminal: count, bar and the document being made. */
export function progressBar(stream: NodeJS.WritableStream & { columns?: number }) {
  let total = 0;
  const draw = (done: number, label: string) => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`;
    stream.write(
      `\r${line.slice(0, (stream.columns ?? 80) - 1).padEnd(Math.min(line.length + 10, (stream.columns ?? 80) - 1))}`,
    );
  };
  return {
    start(count: number) {
      total = count;
      if (count) draw(0, "");
    },
    update(done: number, label: string) {
      draw(done, label);
    },
    stop() {
      if (total) stream.write("\r\x1b[K");
    },
  };
}
