import * as z from "zod";

/** How a state became party, coded as the UN Treaty Collection codes it. */
export const ACTION_KINDS = {
  ratification: { code: "", label: "Ratification", verb: "Ratified" },
  accession: { code: "(a)", label: "Accession", verb: "Acceded" },
  acceptance: { code: "(A)", label: "Acceptance", verb: "Accepted" },
  approval: { code: "(AA)", label: "Approval", verb: "Approved" },
  succession: { code: "(d)", label: "Succession", verb: "Succeeded" },
} as const;

export type ActionKind = keyof typeof ACTION_KINDS;
export const actionKinds = Object.keys(ACTION_KINDS) as [ActionKind, ...ActionKind[]];
export const ActionKindSchema = z.enum(actionKinds);

/** Calendar date `YYYY-MM-DD` that really exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    {
      message: "not a real calendar date",
      params: { hint: "check the month (01–12) and the day (no 30 February, no 31 April)" },
    },
  );

/** Year-month `YYYY-MM`. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM");

export const ActionSchema = z
  .object({
    kind: ActionKindSchema,
    year: z.number().int(),
    /** The full date where known (the published table prints years only). */
    date: IsoDateSchema.optional(),
  })
  .strict()
  .refine((a) => a.date === undefined || a.date.startsWith(String(a.year)), {
    message: "date and year disagree",
    path: ["date"],
    params: { hint: "give the date in the action's year, or correct the year" },
  });
export type Action = z.infer<typeof ActionSchema>;

/** A table cell: an action, or none (published as an em dash). */
export type Cell = Action | null;

export const NONE = "—";

export type NotationResult = { ok: true; value: Cell } | { ok: false; message: string; hint: string };

const codeToKind = new Map<string, ActionKind>(
  (Object.entries(ACTION_KINDS) as [ActionKind, (typeof ACTION_KINDS)[ActionKind]][]).map(([k, v]) => [v.code, k]),
);

const NOTATION = /^(\d{4})(?:-(\d{2})-(\d{2}))?\s*(\((?:a|A|AA|d)\))?$/;

/**
 * Parses the published notation: `2002`, `2006(a)`, `2006(A)`, `2001(AA)`, `1993(d)`, `—`,
 * or a full date such as `2016-11-09(a)`.
 */
export function parseNotation(text: string): NotationResult {
  const t = text.trim();
  if (t === NONE || t === "-" || t === "–") return { ok: true, value: null };
  const m = NOTATION.exec(t);
  if (!m) {
    return {
      ok: false,
      message: `"${text}" is not in the published notation`,
      hint: `write a year (2002), a year with a code (2006(a), 2006(A), 2006(AA), 2006(d)), a date (2016-11-09(a)) or ${NONE} for none`,
    };
  }
  const [, y, mo, d, code] = m;
  const kind = codeToKind.get(code ?? "") ?? "ratification";
  const year = Number(y);
  if (mo !== undefined && d !== undefined) {
    const date = `${y}-${mo}-${d}`;
    const parsed = IsoDateSchema.safeParse(date);
    if (!parsed.success) {
      return { ok: false, message: `"${text}" has an impossible date`, hint: "check the day and month" };
    }
    return { ok: true, value: { kind, year, date } };
  }
  return { ok: true, value: { kind, year } };
}

/** Prints a cell back in the published notation (years only, as the report prints them). */
export function formatNotation(cell: Cell, options: { fullDate?: boolean } = {}): string {
  if (cell === null) return NONE;
  // Padded so that a parsed "0999" prints back as it was read.
  const when = options.fullDate && cell.date ? cell.date : String(cell.year).padStart(4, "0");
  return `${when}${ACTION_KINDS[cell.kind].code}`;
}

/** "Ratified 2002", "Acceded 2006", "Not a party". */
export function describeCell(cell: Cell): string {
  if (cell === null) return "Not a party";
  return `${ACTION_KINDS[cell.kind].verb} ${cell.year}`;
}
