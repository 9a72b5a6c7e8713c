import * as z from "zod";
import { ActionKindSchema, IsoDateSchema, type ActionKind } from "./actions.js";

export const InstrumentFamilySchema = z.enum(["UN", "ILO"]);

export const InstrumentSchema = z
  .object({
    id: z.string(),
    family: InstrumentFamilySchema,
    /** A label short enough for a chart axis: "Palermo", "OPSC", "C29". */
    label: z.string().min(1).max(10),
    shortTitle: z.string().min(1),
    fullTitle: z.string().min(1),
    adopted: IsoDateSchema,
    enteredIntoForce: IsoDateSchema,
    actionKinds: z.array(ActionKindSchema).min(1),
    /** An instrument a state must be party to first (P029 supplements C29). */
    requires: z.string().optional(),
    /** Public sources for the dates above. */
    sources: z.array(z.object({ name: z.string(), url: z.url() }).strict()).min(1),
  })
  .strict();
export type InstrumentDef = z.infer<typeof InstrumentSchema>;

const UN_KINDS: ActionKind[] = ["ratification", "accession", "acceptance", "approval", "succession"];
// ILO conventions and protocols are only ever ratified (ILO Constitution, art. 19(5)(d)).
const ILO_KINDS: ActionKind[] = ["ratification"];

// Each date was checked against the pages named here (2026-11-28).
const source = (name: string, url: string) => ({ name, url });
const UNTC = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&lang=en";

/** The instruments of the appendix's convention table, keyed by short stable ids. */
export const INSTRUMENTS = {
  palermo: {
    id: "palermo",
    label: "Palermo",
    family: "UN",
    shortTitle: "Palermo Protocol",
    fullTitle:
      "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
    adopted: "2000-11-15",
    enteredIntoForce: "2003-12-25",
    actionKinds: UN_KINDS,
    sources: [
      source("UN Treaty Collection, Chapter XVIII 12.a", `${UNTC}&mtdsg_no=XVIII-12-a&chapter=18`),
      source(
        "University of Toronto Law Library",
        "https://library.law.utoronto.ca/whrrdocument/protocol-prevent-suppress-and-punish-trafficking-especially-women-and-children",
      ),
    ],
  },
  opsc: {
    id: "opsc",
    label: "OPSC",
    family: "UN",
    shortTitle: "Optional Protocol on the Sale of Children",
    fullTitle:
      "Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography",
    adopted: "2000-05-25",
    enteredIntoForce: "2002-01-18",
    actionKinds: UN_KINDS,
    sources: [
      source("UN Treaty Collection, Chapter IV 11.c", `${UNTC}&mtdsg_no=IV-11-c&chapter=4`),
      source("Government of the Netherlands treaty database", "https://verdragen.nl/en/Treaty/Details/009290_w"),
    ],
  },
  opac: {
    id: "opac",
    label: "OPAC",
    family: "UN",
    shortTitle: "Optional Protocol on Children in Armed Conflict",
    fullTitle:
      "Optional Protocol to the Convention on the Rights of the Child on the Involvement of Children in Armed Conflict",
    adopted: "2000-05-25",
    enteredIntoForce: "2002-02-12",
    actionKinds: UN_KINDS,
    sources: [
      source("UN Treaty Collection, Chapter IV 11.b", `${UNTC}&mtdsg_no=IV-11-b&chapter=4`),
      source("UN General Assembly resolution A/RES/54/263", "https://undocs.org/A/RES/54/263"),
    ],
  },
  c029: {
    id: "c029",
    label: "C29",
    family: "ILO",
    shortTitle: "ILO Convention 29 (Forced Labour)",
    fullTitle: "Forced Labour Convention, 1930 (No. 29)",
    adopted: "1930-06-28",
    enteredIntoForce: "1932-05-01",
    actionKinds: ILO_KINDS,
    sources: [
      source(
        "OHCHR, Forced Labour Convention, 1930 (No. 29)",
        "https://www.ohchr.org/en/instruments-mechanisms/instruments/forced-labour-convention-1930-no-29",
      ),
    ],
  },
  p029: {
    id: "p029",
    label: "P029",
    family: "ILO",
    shortTitle: "ILO Protocol of 2014 to the Forced Labour Convention",
    fullTitle: "Protocol of 2014 to the Forced Labour Convention, 1930",
    adopted: "2014-06-11",
    enteredIntoForce: "2016-11-09",
    actionKinds: ILO_KINDS,
    requires: "c029",
    sources: [
      source(
        "Library of Congress, Global Legal Monitor, citing ILO NORMLEX",
        "https://loc.gov/law/foreign-news/article/international-labour-organization-forced-labor-protocol-enters-into-effect/",
      ),
      source("2017 TIP Report appendix, footnote to the convention table", "https://www.state.gov/tipreport"),
    ],
  },
  c105: {
    id: "c105",
    label: "C105",
    family: "ILO",
    shortTitle: "ILO Convention 105 (Abolition of Forced Labour)",
    fullTitle: "Abolition of Forced Labour Convention, 1957 (No. 105)",
    adopted: "1957-06-25",
    enteredIntoForce: "1959-01-17",
    actionKinds: ILO_KINDS,
    sources: [
      source(
        "UN Treaty Series No. 4648",
        "https://docslib.org/doc/1088559/no-4648-international-labour-organisation-organisation",
      ),
      source(
        "Wikipedia, Abolition of Forced Labour Convention",
        "https://en.wikipedia.org/wiki/Abolition_of_Forced_Labour_Convention",
      ),
    ],
  },
  c182: {
    id: "c182",
    label: "C182",
    family: "ILO",
    shortTitle: "ILO Convention 182 (Worst Forms of Child Labour)",
    fullTitle: "Worst Forms of Child Labour Convention, 1999 (No. 182)",
    adopted: "1999-06-17",
    enteredIntoForce: "2000-11-19",
    actionKinds: ILO_KINDS,
    sources: [
      source(
        "Wikipedia, Worst Forms of Child Labour Convention",
        "https://en.wikipedia.org/wiki/Worst_Forms_of_Child_Labour_Convention",
      ),
    ],
  },
  c189: {
    id: "c189",
    label: "C189",
    family: "ILO",
    shortTitle: "ILO Convention 189 (Domestic Workers)",
    fullTitle: "Domestic Workers Convention, 2011 (No. 189)",
    adopted: "2011-06-16",
    enteredIntoForce: "2013-09-05",
    actionKinds: ILO_KINDS,
    sources: [
      source(
        "Wikipedia, Convention on Domestic Workers",
        "https://en.wikipedia.org/wiki/Convention_on_Domestic_Workers",
      ),
    ],
  },
} as const satisfies Record<string, InstrumentDef>;

export type InstrumentId = keyof typeof INSTRUMENTS;
export type Instrument = (typeof INSTRUMENTS)[InstrumentId];
export const instrumentIds = Object.keys(INSTRUMENTS) as [InstrumentId, ...InstrumentId[]];
export const InstrumentIdSchema = z.enum(instrumentIds);

export function isInstrumentId(id: string): id is InstrumentId {
  return Object.hasOwn(INSTRUMENTS, id);
}

export function instrument(id: InstrumentId): Instrument {
  return INSTRUMENTS[id];
}
