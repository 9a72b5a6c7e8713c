import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// What another run, a killed run or the disk does between two of lockFolder's steps, for the lock
// path a test names: the moments that decide whether a run waits, takes over or fails.
const race = vi.hoisted(() => ({
  /** openSync(path, "wx") reports the lock as there once, and it is gone by the time it is read. */
  goneAfterOpen: undefined as string | undefined,
  /** writeSync into the new lock fails as on a full disk. */
  diskFull: false,
  /** Just before a stale lock at this path is moved aside, another run has put its own live lock there. */
  takenOverFirst: undefined as { path: string; text: string } | undefined,
  /** Just before a stale lock at this path is moved aside, another run has already removed it. */
  removedFirst: undefined as string | undefined,
  /** The half-written lock at this path is removed by its run just before its age is read. */
  goneBeforeStat: undefined as string | undefined,
  /** Moving a stale lock aside fails once, as on a folder the run may not write to. */
  renameDenied: false,
}));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    openSync: (path: string, flags: string) => {
      if (race.goneAfterOpen === path) {
        race.goneAfterOpen = undefined;
        throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: "EEXIST" });
      }
      return fs.openSync(path, flags);
    },
    writeSync: (fd: number, text: string) => {
      if (race.diskFull) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      return fs.writeSync(fd, text);
    },
    statSync: (path: string, options?: Parameters<typeof fs.statSync>[1]) => {
      if (race.goneBeforeStat === path) {
        race.goneBeforeStat = undefined;
        fs.rmSync(path);
      }
      return fs.statSync(path, options);
    },
    renameSync: (from: string, to: string) => {
      if (race.renameDenied) {
        race.renameDenied = false;
        throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: "EACCES" });
      }
      if (race.takenOverFirst?.path === from) {
        fs.writeFileSync(from, race.takenOverFirst.text);
        race.takenOverFirst = undefined;
      }
      if (race.removedFirst === from) {
        fs.rmSync(from);
        race.removedFirst = undefined;
      }
      return fs.renameSync(from, to);
    },
  };
});

const { LOCK_NAME, LockTimeout, lockFolder } = await import("./lock.js");

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "report-gen-lock-holders-"));
  lock = join(dir, LOCK_NAME);
  Object.assign(race, {
    goneAfterOpen: undefined,
    diskFull: false,
    takenOverFirst: undefined,
    removedFirst: undefined,
    goneBeforeStat: undefined,
    renameDenied: false,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const record = (fields: Record<string, unknown>) => `${JSON.stringify(fields)}\n`;
/** A lock taken now: a live pid's lock taken before the process started would be another's (pid reuse). */
const holder = (pid: number, host = hostname(), started = new Date().toISOString()) => record({ pid, host, started });
/** The message a run that gives up prints, or the lock's holder after the run took it. */
async function outcome(timeoutMs = 300): Promise<string> {
  const told: unknown[] = [];
  try {
    const release = await lockFolder(dir, { timeoutMs, onWait: (h) => told.push(h) });
    const taken = JSON.parse(readFileSync(lock, "utf8")) as { pid: number };
    release();
    return `taken by ${taken.pid === process.pid ? "this run" : taken.pid}, told ${told.length}`;
  } catch (error) {
    if (!(error instanceof LockTimeout)) throw error;
    return `${error.message.replace(`${lock} is held by `, "")}, told ${JSON.stringify(told)}`;
  }
}

describe("lockFolder: whose lock it finds", () => {
  it("waits for a lock still being written, and names no holder when it gives up", async () => {
    writeFileSync(lock, "");
    expect(await outcome()).toBe("another report-gen run, told [null]");
    writeFileSync(lock, '{"pid": 12');
    expect(await outcome()).toBe("another report-gen run, told [null]");
  });

  it("names no holder for a record missing its pid, host or start time", async () => {
    for (const fields of [
      { pid: String(process.pid), host: hostname(), started: "2026-01-01T00:00:00.000Z" },
      { pid: process.pid, started: "2026-01-01T00:00:00.000Z" },
      { pid: process.pid, host: hostname(), started: 2026 },
      { pid: process.pid, host: hostname() },
    ]) {
      writeFileSync(lock, record(fields));
      expect(await outcome(), JSON.stringify(fields)).toBe("another report-gen run, told [null]");
    }
  });

  it("takes over a lock left empty or half-written more than 5 seconds ago by a run killed while taking it", async () => {
    for (const text of ["", '{"pid": 4']) {
      writeFileSync(lock, text);
      const longAgo = (Date.now() - 6_000) / 1000;
      utimesSync(lock, longAgo, longAgo);
      expect(await outcome(), JSON.stringify(text)).toBe("taken by this run, told 0");
      expect(existsSync(lock)).toBe(false);
    }
  });

  it("waits for a dead process's lock from another machine: it cannot tell that one is dead", async () => {
    writeFileSync(lock, holder(2 ** 22 + 7, "build-server", "2026-01-01T00:00:00.000Z"));
    expect(await outcome()).toBe(
      `report-gen pid ${2 ** 22 + 7} on build-server, started 2026-01-01T00:00:00.000Z, told ${JSON.stringify([
        { pid: 2 ** 22 + 7, host: "build-server", started: "2026-01-01T00:00:00.000Z" },
      ])}`,
    );
  });

  it("takes over a lock naming no process that can exist (pid 0 or below)", async () => {
    for (const pid of [0, -1]) {
      writeFileSync(lock, holder(pid));
      expect(await outcome(), String(pid)).toBe("taken by this run, told 0");
    }
  });

  it("waits for a live process of another user, whom it may not signal (EPERM)", async () => {
    const otherUsers = 2 ** 22 + 11;
    const kill = process.kill.bind(process);
    vi.spyOn(process, "kill").mockImplementation((pid: number, signal?: string | number) => {
      if (pid === otherUsers) throw Object.assign(new Error("kill EPERM"), { code: "EPERM" });
      return kill(pid, signal);
    });
    writeFileSync(lock, holder(otherUsers));
    expect(await outcome()).toMatch(new RegExp(`^report-gen pid ${otherUsers} on .*, told \\[\\{`));
  });

  it("waits 10 minutes by default before giving up", async () => {
    // The clock is moved, the polling is not: each look at the lock after 100 real milliseconds.
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    writeFileSync(lock, holder(process.pid));
    let settled = "";
    const taking = lockFolder(dir).then(
      () => (settled = "taken"),
      (error: unknown) => (settled = error instanceof LockTimeout ? "gave up" : String(error)),
    );
    const pause = () => new Promise((resolve) => setTimeout(resolve, 350));
    vi.setSystemTime(start + 599_000);
    await pause();
    expect(settled).toBe("");
    vi.setSystemTime(start + 601_000);
    await taking;
    expect(settled).toBe("gave up");
  });

  it("takes a lock released between finding it and reading it, without telling anyone it waited", async () => {
    race.goneAfterOpen = lock;
    expect(await outcome()).toBe("taken by this run, told 0");
  });
});

describe("lockFolder: what it cannot do", () => {
  it("fails on a folder in the lock's place instead of waiting for it", async () => {
    mkdirSync(lock);
    await expect(lockFolder(dir, { timeoutMs: 60_000 })).rejects.toMatchObject({ code: "EISDIR" });
  });

  it("fails on an output folder that is not there", async () => {
    await expect(lockFolder(join(dir, "missing"), { timeoutMs: 60_000 })).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("on a full disk, fails and leaves no empty lock behind for the next run to wait on", async () => {
    race.diskFull = true;
    await expect(lockFolder(dir)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("lockFolder: two runs taking over one stale lock", () => {
  it("never removes the live lock another run put in the stale one's place: it is put back, and waited for", async () => {
    writeFileSync(lock, holder(2 ** 22 + 7));
    const started = new Date().toISOString();
    const other = record({ pid: process.pid, host: hostname(), started });
    race.takenOverFirst = { path: lock, text: other };
    expect(await outcome()).toMatch(new RegExp(`^report-gen pid ${process.pid} on .*, started ${started}, told`));
    expect(readFileSync(lock, "utf8")).toBe(other);
    expect(readdirSync(dir)).toEqual([LOCK_NAME]);
  });

  it("takes the lock when the other run has removed the stale one first", async () => {
    writeFileSync(lock, holder(2 ** 22 + 7));
    race.removedFirst = lock;
    expect(await outcome()).toBe("taken by this run, told 0");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("lockFolder: a lock that changes while it is looked at", () => {
  it("takes the lock when a half-written lock's run removes it before its age is read", async () => {
    writeFileSync(lock, '{"pid":');
    race.goneBeforeStat = lock;
    // It was still being written when read: the run waits a moment, then finds the folder free.
    expect(await outcome()).toBe("taken by this run, told 1");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("fails, naming the error, when a dead process's lock may not be moved aside, and leaves that lock alone", async () => {
    const stale = holder(2 ** 22 + 7);
    writeFileSync(lock, stale);
    race.renameDenied = true;
    await expect(lockFolder(dir, { timeoutMs: 60_000 })).rejects.toMatchObject({ code: "EACCES" });
    expect(readFileSync(lock, "utf8")).toBe(stale);
    expect(readdirSync(dir)).toEqual([LOCK_NAME]);
  });
});

describe("lockFolder: a live run that took its lock moments after it started", () => {
  it("waits for it: a process started a second before its lock is the lock's holder, not a reused pid", async () => {
    const started = new Date(performance.timeOrigin + 1_000).toISOString();
    writeFileSync(lock, record({ pid: process.pid, host: hostname(), started }));
    expect(await outcome()).toMatch(new RegExp(`^report-gen pid ${process.pid} on .*, started ${started}, told`));
  });
});
