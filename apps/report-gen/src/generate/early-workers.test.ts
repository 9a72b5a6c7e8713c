import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startWorkersEarly } from "./early-workers.js";
import { defaultThreads, maxThreads, POOL_THRESHOLD } from "./pool.js";

/** An edition folder holding only a convention table of `rows` rows: all the estimate reads. */
function tableOf(rows: number, name = (i: number) => `Country ${i}`): string {
  const dir = mkdtempSync(join(tmpdir(), "early-workers-"));
  const lines = [
    "country,name,palermo",
    ...Array.from({ length: rows }, (_, i) => `C${String(i).padStart(2, "0")},${name(i)},2005`),
  ];
  writeFileSync(join(dir, "conventions.csv"), `${lines.join("\r\n")}\r\n\r\n`);
  return dir;
}

const base = (editionDir: string) => ({ editionDir, outDir: join(editionDir, "out") });

describe("render threads", () => {
  it("are one below the pool threshold and one per core from it", () => {
    expect(defaultThreads(1)).toBe(1);
    expect(defaultThreads(POOL_THRESHOLD - 1)).toBe(1);
    expect(defaultThreads(POOL_THRESHOLD)).toBe(availableParallelism());
  });

  it("start early only for a run that will want them, counted from the table's rows and the appendix", async () => {
    expect(startWorkersEarly(base(tableOf(POOL_THRESHOLD - 2)))).toBeUndefined(); // rows + appendix < threshold
    // A quoted name over two lines is one row, as the loader reads it, not two.
    expect(startWorkersEarly(base(tableOf(POOL_THRESHOLD - 2, (i) => `"Country\r\n${i}"`)))).toBeUndefined();
    expect(startWorkersEarly({ ...base(tableOf(POOL_THRESHOLD)), only: "appendix" })).toBeUndefined();
    expect(startWorkersEarly({ ...base(tableOf(POOL_THRESHOLD)), countries: ["C01", "C02"] })).toBeUndefined();
    expect(startWorkersEarly(base(join(tmpdir(), "no-such-edition-folder")))).toBeUndefined();
    const long = startWorkersEarly({ ...base(tableOf(POOL_THRESHOLD)), only: "brief" });
    try {
      expect(long?.count).toBe(availableParallelism() > 1 ? availableParallelism() - 1 : undefined);
    } finally {
      await long?.destroy();
    }
  });

  it("start as asked whatever the run's size, and stop once however often they are stopped", async () => {
    expect(startWorkersEarly({ ...base(tableOf(2)), threads: 1 })).toBeUndefined();
    const asked = startWorkersEarly({ ...base(tableOf(2)), threads: 3 });
    expect(asked?.count).toBe(2);
    await Promise.all([asked?.destroy(), asked?.destroy()]);
  });

  it("never start more than maxThreads() (4 per core) nor more than the documents, whatever is asked (issue 13)", async () => {
    expect(maxThreads()).toBe(4 * availableParallelism());
    const few = startWorkersEarly({ ...base(tableOf(2)), threads: 100_000 });
    const many = startWorkersEarly({ ...base(tableOf(maxThreads() + 5)), threads: 100_000 });
    try {
      expect(few?.count).toBe(2); // two briefs and the appendix: three threads
      expect(many?.count).toBe(maxThreads() - 1);
    } finally {
      await Promise.all([few?.destroy(), many?.destroy()]);
    }
  });
});
