import { hostname } from "node:os";
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Who holds an output folder: written into the lock file, shown to a run that has to wait. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO 8601, when the holder took the lock. */
  readonly started: string;
}

export interface LockOptions {
  /** How long to wait for a live holder before giving up, in milliseconds (default 10 minutes). */
  readonly timeoutMs?: number | undefined;
  /** Called once when the run has to wait, with who holds the lock. */
  readonly onWait?: ((holder: LockHolder | undefined) => void) | undefined;
}

export const LOCK_NAME = ".report-gen.lock";

/** A lock file whose content has not appeared after this long was left by a run killed while taking it. */
const EMPTY_LOCK_GRACE_MS = 5_000;
const POLL_MS = 100;

/** The lock could not be taken in time: says who holds it. */
export class LockTimeout extends Error {
  override readonly name = "LockTimeout";
  constructor(
    readonly path: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(`${path} is held by ${describeHolder(holder)}`);
  }
}

export function describeHolder(holder: LockHolder | undefined): string {
  return holder
    ? `report-gen pid ${holder.pid} on ${holder.host}, started ${holder.started}`
    : "another report-gen run";
}

/**
 * Takes the lock of an output folder (`<dir>/.report-gen.lock`, created exclusively), waiting
 * while a live run holds it. A lock whose holder is dead (same host, no such process) is taken
 * over. Returns the function that releases it.
 */
export async function lockFolder(dir: string, options: LockOptions = {}): Promise<() => void> {
  const path = join(dir, LOCK_NAME);
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  const mine: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const content = `${JSON.stringify(mine)}\n`;
  let told = false;
  for (;;) {
    if (tryCreate(path, content)) {
      return () => {
        // Only our own lock is removed: a run that took over a lock it judged stale must not lose it.
        if (readHolderText(path) === content) rmSync(path, { force: true });
      };
    }
    const text = readHolderText(path);
    if (text === undefined) continue; // released meanwhile
    const holder = parseHolder(text);
    if (isStale(path, holder)) {
      takeOver(path, text);
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeout(path, holder);
    if (!told) {
      told = true;
      options.onWait?.(holder);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  return true;
}

function readHolderText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ENOENT") return undefined;
    // A folder (EISDIR) or an unreadable file in the lock's place: named, as any file-system failure.
    if (typeof e.code === "string") Object.assign(e, { syscall: "read", path });
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === "number" && typeof value.host === "string" && typeof value.started === "string")
      return value as LockHolder;
  } catch {
    // not (yet) a whole holder record
  }
  return undefined;
}

function isStale(path: string, holder: LockHolder | undefined): boolean {
  if (holder === undefined) {
    // Being written this very moment, or left empty by a run killed between create and write.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    return modified !== undefined && Date.now() - modified > EMPTY_LOCK_GRACE_MS;
  }
  if (holder.host !== hostname()) return false; // another machine's process cannot be checked
  if (!isAlive(holder.pid)) return true;
  // The holder's pid is alive, but it may be another process that got the number after the holder
  // was killed (a container's every run is pid 1): a process started after the lock was taken is not its holder.
  const start = processStart(holder.pid);
  const taken = Date.parse(holder.started);
  return start !== undefined && Number.isFinite(taken) && start > taken + START_SLACK_MS;
}

/** How far a process's start, counted from the boot time in whole seconds, may seem to come after the lock it took (a clock adjusted since boot). */
const START_SLACK_MS = 10_000;

/** When process `pid` started, in ms since the epoch, where the system says (Linux's /proc); else undefined. */
export function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "pid (command) ": the 22nd field, starttime, in clock ticks (100 a second) since boot.
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, another user's
  }
}

/**
 * Moves a stale lock aside and removes it. The rename is atomic, so of two runs taking over the
 * same stale lock only one moves it; if what was moved is not the stale lock (another run took
 * over in between), it is put back.
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readHolderText(aside);
  if (moved !== staleText && moved !== undefined) {
    // A live lock moved by mistake: put it back, unless another run has already created one.
    try {
      linkSync(aside, path);
    } catch {
      // EEXIST: the newer lock stands
    }
  }
  rmSync(aside, { force: true });
}
