/** Numeric options and settings: plain whole numbers in a sane range, or one line and exit 1 (issue 13, case 12). */
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";

const { root } = tempEditions();
const cap = 4 * availableParallelism();
const usage =
  "Usage: report-gen generate [--edition YEAR] [--data DIR] [--out DIR] [--country ISO ...] [--only briefs|appendix] [--force] [--allow-unreviewed] [--threads N] [--quiet]\n";

describe("generate --threads", () => {
  it.each(["0", "-1", "1.5", "0x10", "1e3", " 2", "", "two", "Infinity", "2abc"])(
    "refuses %j in one line with the range, exit 1, writing nothing",
    async (given) => {
      const run = await cli(
        ["generate", "--data", "editions/2017", "--out", "out-threads", `--threads=${given}`],
        root,
      );
      expect(run).toEqual({
        code: 1,
        stdout: "",
        stderr: `report-gen: --threads takes a whole number from 1 to ${cap}, got "${given}"\n${usage}`,
      });
    },
  );

  it("caps a number beyond what the machine can use, and says so", async () => {
    const run = await cli(
      ["generate", "--data", "editions/2017", "--out", "out-threads", "--country", "ARG", "--threads", "100000"],
      root,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      `report-gen: --threads 100000 is more than this machine can use; rendering on ${cap} threads (4 per core)\n`,
    );
  });
});

describe("SOURCE_DATE_EPOCH", () => {
  it.each(["abc", "1e9", "-5", "99999999999999999999", "253402300800"])(
    "refuses %j in one line, exit 1",
    async (epoch) => {
      const run = await cli(["generate", "--data", "editions/2017", "--out", "out-epoch", "--country", "ARG"], root, {
        SOURCE_DATE_EPOCH: epoch,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `report-gen: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (0 to 253402300799), got "${epoch}"\n  hint: set it to a number such as $(git log -1 --format=%ct), or unset it to date documents from the edition\n`,
      );
    },
  );
});
