import { UserError } from "./errors.js";
import { displayPath } from "./output.js";

/** Why the system refused, in words, by error code: problems of the machine, not of report-gen. */
const CAUSES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the disk",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large for the file system",
  EMFILE: "too many files open",
  ENFILE: "too many files open",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many symbolic links",
  EIO: "an input/output error",
  EISDIR: "it is a folder",
  ENOTDIR: "part of the path is a file, not a folder",
  EBUSY: "it is busy or a mount point",
  EXDEV: "it is on another file system",
  ENOENT: "no such file or folder",
  ENOTEMPTY: "the folder is not empty",
  EEXIST: "it already exists",
};

const ACTIONS: Readonly<Record<string, string>> = {
  open: "open",
  read: "read",
  write: "write",
  mkdir: "create the folder",
  rename: "move into place",
  unlink: "remove",
  rmdir: "remove the folder",
  rm: "remove",
  scandir: "list the folder",
  copyfile: "copy",
  link: "link",
  lstat: "look at",
  stat: "look at",
  realpath: "resolve",
};

/**
 * A file-system error (an errno code with the path and the call that failed) as one line that
 * names the path and the cause: a read-only or full disk, a permission, is the user's to fix.
 * Undefined for anything else, which stays an internal error.
 */
export function environmentFailure(error: unknown, cwd: string): UserError | undefined {
  const e = error as NodeJS.ErrnoException | null;
  if (typeof e !== "object" || e === null || typeof e.code !== "string") return undefined;
  const cause = CAUSES[e.code];
  if (cause === undefined || typeof e.syscall !== "string" || typeof e.path !== "string") return undefined;
  const action = ACTIONS[e.syscall] ?? e.syscall;
  return new UserError(
    `cannot ${action} ${displayPath(e.path, cwd)}: ${cause} (${e.code})`,
    "free space or fix the permissions, or choose another place to write; nothing was left half-written",
  );
}
