// Type-checked against the installed packages' own declarations: a typo in an instrument id, or a
// result used before `ok` is checked, is a compile error.
import { latestEdition, type Edition } from "@tip/data";
import { loadEdition, type LoadResult } from "@tip/data/load";
import { statusOf, type InstrumentId } from "@tip/domain";

const edition: Edition = latestEdition;
const palermo: InstrumentId = "palermo";
const first = edition.conventions.rows[0];
if (first) console.log(first.name, statusOf(edition, first.country, palermo));

const result: LoadResult = await loadEdition("editions/2017");
if (result.ok) console.log(result.edition.year);
// @ts-expect-error: the edition is there only when ok is true
console.log(result.edition);
// @ts-expect-error: not an instrument id
const typo: InstrumentId = "palermo-protocol";
console.log(typo);
