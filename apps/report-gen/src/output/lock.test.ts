import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_NAME, LockTimeout, lockFolder, processStart } from "./lock.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "report-gen-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const holderAt = (pid: number, started = "2026-01-01T00:00:00.000Z") => ({ pid, host: hostname(), started });

describe("lockFolder", () => {
  it("lets one holder in at a time: the second waits, told who holds it, until the first releases", async () => {
    const release = await lockFolder(dir);
    const told: unknown[] = [];
    let second = false;
    const waiting = lockFolder(dir, { onWait: (holder) => told.push(holder) }).then((r) => {
      second = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second).toBe(false);
    expect(told).toEqual([{ pid: process.pid, host: hostname(), started: expect.any(String) }]);
    release();
    (await waiting)();
    expect(second).toBe(true);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });

  it("gives up after the timeout with the live holder's pid and start time", async () => {
    const started = new Date().toISOString();
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify(holderAt(process.pid, started)));
    const error = await lockFolder(dir, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeout);
    expect((error as LockTimeout).message).toBe(
      `${join(dir, LOCK_NAME)} is held by report-gen pid ${process.pid} on ${hostname()}, started ${started}`,
    );
  });

  it.skipIf(process.platform !== "linux")(
    "takes over a lock whose pid lives on in a process started after the lock was taken (a killed run's pid reused)",
    async () => {
      // This process started long after 2026-01-01: it cannot be the run that took the lock then.
      writeFileSync(join(dir, LOCK_NAME), JSON.stringify(holderAt(process.pid, "2026-01-01T00:00:00.000Z")));
      const told: unknown[] = [];
      const release = await lockFolder(dir, { timeoutMs: 1000, onWait: (holder) => told.push(holder) });
      expect(told).toEqual([]);
      expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), "utf8"))).toMatchObject({
        pid: process.pid,
        started: expect.not.stringMatching(/^2026-01-01/),
      });
      release();
    },
  );

  it("names a folder in the lock's place as a file-system failure of that path, not an internal error", async () => {
    mkdirSync(join(dir, LOCK_NAME));
    const error = await lockFolder(dir, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "EISDIR", syscall: "read", path: join(dir, LOCK_NAME) });
  });

  it("takes over the lock of a dead process", async () => {
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify(holderAt(2 ** 22 + 7)));
    const release = await lockFolder(dir, { timeoutMs: 1000 });
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("releases only its own lock, not one that another run took over meanwhile", async () => {
    const release = await lockFolder(dir);
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify(holderAt(12345)));
    release();
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), "utf8"))).toMatchObject({ pid: 12345 });
  });
});

describe("processStart: when a lock's process started, to tell a reused pid from the lock's holder", () => {
  it("gives this process's start, to the second Linux counts boot time in", () => {
    // performance.timeOrigin is when this process started, by the wall clock.
    expect(Math.abs(processStart(process.pid)! - performance.timeOrigin)).toBeLessThan(1_500);
  });

  it("gives nothing for a process that does not exist", () => {
    expect(processStart(2 ** 22 + 7)).toBeUndefined();
  });
});
