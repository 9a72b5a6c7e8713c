import { describe, expect, it } from "vitest";
import { environmentFailure } from "./environment.js";

const errno = (code: string, syscall: string, path?: string) =>
  Object.assign(new Error(`${code}: failed, ${syscall}`), { code, syscall, ...(path ? { path } : {}) });

describe("environmentFailure", () => {
  it("names the path, what was being done and the cause, for a read-only or full disk and a permission", () => {
    expect(environmentFailure(errno("EROFS", "mkdir", "/work/out/2017"), "/work")?.message).toBe(
      "cannot create the folder out/2017: the file system is read-only (EROFS)",
    );
    expect(environmentFailure(errno("ENOSPC", "write", "/work/editions/2017/conventions.csv"), "/work")?.message).toBe(
      "cannot write editions/2017/conventions.csv: no space left on the disk (ENOSPC)",
    );
    expect(environmentFailure(errno("EACCES", "open", "/etc/shadow"), "/work")?.message).toBe(
      "cannot open /etc/shadow: permission denied (EACCES)",
    );
  });

  it("leaves anything else an internal error: no errno, no path, or a code that is not the machine's", () => {
    expect(environmentFailure(new TypeError("x is undefined"), "/work")).toBeUndefined();
    expect(environmentFailure(errno("ENOSPC", "write"), "/work")).toBeUndefined();
    expect(environmentFailure(errno("ERR_INVALID_ARG_TYPE", "open", "/x"), "/work")).toBeUndefined();
  });
});
