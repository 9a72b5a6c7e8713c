import { countryByName, IssuesError, newestListing, type Edition } from "@tip/domain";
import { loadEdition } from "@tip/data/load";
import { join } from "node:path";
import { siblingEditions } from "../generate/generate.js";
import { notListed } from "../generate/not-listed.js";
import { editionYears } from "./editions.js";
import type { Output } from "./output.js";

export interface KnownEditions {
  /** Every edition the briefs may come from, newest first. */
  readonly loaded: readonly Edition[];
  /** The edition asked for with --edition (or --data naming one edition). */
  readonly pinned?: Edition;
  /** Each edition's folder, by year. */
  readonly dirs: ReadonlyMap<number, string>;
}

/**
 * The editions `generate --country` chooses from: with `pinnedDir`, that edition and the editions
 * beside it (for the briefs' history); otherwise every edition in `root`. An edition that is not
 * valid (one still being prepared) is left out, and the run says so.
 */
export async function loadEditions(root: string, pinnedDir: string | undefined, out: Output): Promise<KnownEditions> {
  if (pinnedDir !== undefined) {
    const result = await loadEdition(pinnedDir, { review: false });
    if (!result.ok) throw new IssuesError(result.issues);
    const pinned = result.edition;
    const others = await siblingEditions(pinnedDir, pinned.year);
    const loaded = [pinned, ...others].sort((a, b) => b.year - a.year);
    return { loaded, pinned, dirs: new Map([[pinned.year, pinnedDir]]) };
  }
  const loaded: Edition[] = [];
  const dirs = new Map<number, string>();
  for (const year of editionYears(root)) {
    const dir = join(root, String(year));
    const result = await loadEdition(dir, { review: false });
    if (result.ok) {
      loaded.push(result.edition);
      dirs.set(year, dir);
    } else {
      out.stderr.write(
        `report-gen: edition ${year} left out: it is not valid yet (report-gen validate --edition ${year} shows why)\n`,
      );
    }
  }
  return { loaded, dirs };
}

export interface PlacedCountries {
  /** The ISO codes to brief, by the year of the edition each comes from, newest edition first. */
  readonly byEdition: ReadonlyMap<number, readonly string[]>;
  /** One per argument that gets no brief: a line about the argument, and a hint. */
  readonly problems: readonly { readonly message: string; readonly hint: string }[];
}

/**
 * `--country` values (ISO 3166-1 alpha-3 codes in any case, several joined by commas, or a country's
 * name) placed in the edition each brief comes from: the pinned edition, or else the newest edition
 * whose table lists the country. Every argument no edition lists is a problem, all reported at once.
 */
export function placeCountries(
  values: readonly string[],
  editions: readonly Edition[],
  pinned?: Edition,
): PlacedCountries {
  const placed = new Map<number, string[]>();
  const problems: { message: string; hint: string }[] = [];
  const args = values.flatMap((v) =>
    v.split(",").every((p) => /^\s*[A-Za-z]{3}\s*$/.test(p)) ? v.split(",").map((p) => p.trim()) : [v.trim()],
  );
  for (const given of args) {
    const code = /^[A-Za-z]{3}$/.test(given) ? given.toUpperCase() : countryByName(given)?.code;
    const from =
      code === undefined
        ? undefined
        : pinned
          ? pinned.conventions.rows.some((r) => r.country === code)
            ? pinned
            : undefined
          : newestListing(editions, code);
    if (code === undefined || from === undefined) {
      problems.push(notListed(given, editions, pinned));
      continue;
    }
    const codes = placed.get(from.year) ?? [];
    if (!codes.includes(code)) codes.push(code);
    placed.set(from.year, codes);
  }
  const byEdition = new Map([...placed].sort(([a], [b]) => b - a));
  return { byEdition, problems };
}
