// Runs a command as its own process and measures it from outside: wall time, and the peak resident
// memory of its whole process tree (worker threads live inside a process; Chromium forks many).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const PAGE = 4096;
const SAMPLE_MS = 20;
/** Finding descendants reads every thread's children list: less often than memory is sampled. */
const TREE_MS = 100;

function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The process and all its descendants (Linux: /proc/PID/task/TID/children, for every thread). */
function processTree(root) {
  const seen = new Set();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    if (seen.has(pid)) continue;
    seen.add(pid);
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      for (const child of (read(`/proc/${pid}/task/${tid}/children`) ?? "").split(" "))
        if (child) queue.push(Number(child));
    }
  }
  return [...seen];
}

/** Resident memory in bytes (statm's second field), or 0 once the process is gone. */
function rss(pid) {
  const statm = read(`/proc/${pid}/statm`);
  return statm ? Number(statm.split(" ")[1]) * PAGE : 0;
}

/** The kernel's own high-water mark for one process (VmHWM), in bytes. */
function hwm(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? "");
  return m ? Number(m[1]) * 1024 : 0;
}

/**
 * Spawns `command args` and resolves when it exits with
 * { ms, code, stdout, stderr, peakTreeRss, rootHwm, processes }:
 * peakTreeRss is the largest sum of RSS over the tree seen in samples every 20 ms;
 * rootHwm the root process's own peak as the kernel counts it (exact for single-process sides).
 */
export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: options.env ?? process.env,
      cwd: options.cwd,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let tree = [child.pid];
    let treeAt = 0;
    let peakTreeRss = 0;
    let rootHwm = 0;
    const everSeen = new Set();
    const sample = () => {
      const now = performance.now();
      if (now - treeAt >= TREE_MS) {
        tree = processTree(child.pid);
        treeAt = now;
        for (const pid of tree) everSeen.add(pid);
      }
      let sum = 0;
      for (const pid of tree) sum += rss(pid);
      peakTreeRss = Math.max(peakTreeRss, sum);
      rootHwm = Math.max(rootHwm, hwm(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    sample();
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    let ms;
    child.on("exit", () => {
      ms = performance.now() - started;
      clearInterval(timer);
    });
    child.on("close", (code, signal) =>
      resolve({
        ms: ms ?? performance.now() - started,
        code: code ?? signal,
        stdout,
        stderr,
        peakTreeRss,
        rootHwm,
        processes: everSeen.size,
      }),
    );
  });
}

/** Median and range of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}
