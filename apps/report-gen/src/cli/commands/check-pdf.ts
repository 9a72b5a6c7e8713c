import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CheckerUnavailable, checkPdf, UnreadablePdf } from "../../check-pdf/check.js";
import type { ArgsOf } from "../commands.js";
import { UserError } from "../errors.js";
import { displayPath, type Output } from "../output.js";
import { terminalSafe } from "../terminal.js";

/** One line per failed condition: `FILE  rule  message`; exit 1 on any failure or unreadable file. */
export async function run({ positionals }: ArgsOf<"check-pdf">, out: Output): Promise<number> {
  let failed = 0;
  let unreadable = 0;
  for (const file of positionals) {
    const path = resolve(out.cwd, file);
    const shown = terminalSafe(displayPath(path, out.cwd));
    const kind = await stat(path).then(
      (s) => (s.isFile() ? "file" : "folder"),
      () => "missing",
    );
    if (kind !== "file") {
      out.stderr.write(`${shown}: ${kind === "missing" ? "no such file" : "a folder, not a PDF file"}\n`);
      unreadable++;
      continue;
    }
    try {
      const failures = await checkPdf(path);
      for (const f of failures)
        out.stdout.write(
          `${shown}  ${f.rule}${f.matterhorn.length ? ` (Matterhorn ${f.matterhorn.join(", ")})` : ""}  ${f.message}\n`,
        );
      if (failures.length > 0) failed++;
    } catch (error) {
      if (error instanceof UnreadablePdf) {
        out.stderr.write(`${shown}: ${terminalSafe(error.message)}\n`);
        unreadable++;
      } else if (error instanceof CheckerUnavailable) {
        throw new UserError(
          error.message,
          "install it with: apt-get install python3-pikepdf (Debian, Ubuntu) or pip install pikepdf; TIP_PYTHON names the python to use",
        );
      } else throw error;
    }
  }
  const total = positionals.length;
  const passed = total - failed - unreadable;
  out.stderr.write(
    `${passed} of ${total} PDF${total === 1 ? "" : "s"} pass${failed ? `, ${failed} fail` : ""}${unreadable ? `, ${unreadable} unreadable` : ""}\n`,
  );
  return failed + unreadable > 0 ? 1 : 0;
}
