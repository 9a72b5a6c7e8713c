/**
 * What the checks know of a PDF: its objects as read by pdf-check/pdf_facts.py (pikepdf, that is
 * qpdf, which opens damaged and compressed files alike), as plain JSON.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface McidKid {
  readonly mcid: number;
  /** 0-based page index, or null when no /Pg says which page. */
  readonly page: number | null;
}

export interface ObjrKid {
  /** "num gen" of the referenced object. */
  readonly objr: string | null;
  readonly page: number | null;
  readonly subtype: string | null;
}

export interface StructElement {
  readonly id: string | null;
  /** /S as written (before the RoleMap). */
  readonly type: string;
  readonly alt?: string;
  readonly actualText?: string;
  readonly lang?: string;
  readonly expansion?: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly kids: readonly StructKid[];
}

export type StructKid = StructElement | McidKid | ObjrKid;

export interface PageFacts {
  readonly index: number;
  readonly structParents: number | null;
  readonly tabs: string | null;
  readonly annots: readonly {
    id: string | null;
    subtype: string | null;
    structParent: number | null;
    contents: string | null;
    /** The annotation's rectangle, [x1, y1, x2, y2] in points; its action's URI for a web link. */
    rect: readonly number[] | null;
    uri: string | null;
  }[];
  /** Marked-content sequences with an MCID, in content order. */
  readonly mcids: readonly { mcid: number; tag: string | null }[];
  /** Painting operators neither inside an MCID sequence nor inside an Artifact, by kind (text, path, image). */
  readonly untagged: Readonly<Record<string, number>>;
  readonly artifactInTagged: number;
  readonly taggedInArtifact: number;
  /** BDC/BMC without EMC or EMC without BDC/BMC. */
  readonly unbalanced: number;
}

export interface FontFacts {
  readonly id: string;
  readonly name: string;
  readonly subtype: string | null;
  readonly embedded: boolean;
  readonly toUnicode: boolean;
  readonly codesUsed: number;
  /** Character codes drawn that the ToUnicode map does not turn into text (the first 20). */
  readonly unmapped: readonly number[];
  readonly unmappedCount: number;
}

export interface PdfFacts {
  readonly version: string;
  readonly encrypted: boolean;
  readonly needsPassword?: boolean;
  readonly permissions: { readonly extract: boolean };
  readonly catalog: {
    readonly marked: boolean | null;
    readonly suspects: boolean;
    readonly lang: string | null;
    readonly displayDocTitle: boolean | null;
    readonly tagged: boolean;
  };
  readonly info: Readonly<Record<string, string | null>>;
  readonly xmp: string | null;
  readonly outputIntents: readonly {
    subtype: string | null;
    condition: string | null;
    profile: boolean;
    components: number | null;
  }[];
  readonly embeddedFiles: readonly {
    name: string;
    f: string | null;
    uf: string | null;
    relationship: string | null;
    mimeType: string | null;
    inAF: boolean;
    description: string | null;
  }[];
  readonly roleMap: Readonly<Record<string, string | null>>;
  /** The StructTreeRoot's kids, or null without a structure tree. */
  readonly structure: readonly StructElement[] | null;
  /** ParentTree: key → element ids (a page's MCIDs in order) or one element id (an annotation's). */
  readonly parentTree: Readonly<Record<string, readonly (string | null)[] | string | null>>;
  readonly pages: readonly PageFacts[];
  readonly fonts: readonly FontFacts[];
  /** Parts of the file that could not be read at all. */
  readonly problems: readonly string[];
}

export const isElement = (kid: StructKid): kid is StructElement => "kids" in kid;
export const isMcid = (kid: StructKid): kid is McidKid => "mcid" in kid;
export const isObjr = (kid: StructKid): kid is ObjrKid => "objr" in kid;

/** A file that is not a PDF, or that cannot be read: the reason in one line. */
export class UnreadablePdf extends Error {
  override readonly name = "UnreadablePdf";
}

/** pikepdf is missing: what to install. */
export class CheckerUnavailable extends Error {
  override readonly name = "CheckerUnavailable";
}

const script = fileURLToPath(new URL("../../pdf-check/pdf_facts.py", import.meta.url));

/** Python interpreters tried in turn: $TIP_PYTHON, then Debian's own (where apt-get puts python3-pikepdf), then PATH's. */
function interpreters(): string[] {
  const own = process.env["TIP_PYTHON"];
  return [...(own ? [own] : []), "/usr/bin/python3", "python3"];
}

let working: string | undefined;

function runPython(
  python: string,
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string; missing: boolean }> {
  return new Promise((resolve) => {
    execFile(python, args, { maxBuffer: 512 << 20, encoding: "utf8" }, (error, stdout, stderr) => {
      const code =
        error === null
          ? 0
          : typeof (error as { code?: unknown }).code === "number"
            ? (error as { code: number }).code
            : -1;
      const missing = code === -1 || /No module named 'pikepdf'/.test(stderr);
      resolve({ code, stdout, stderr, missing });
    });
  });
}

/** Reads a PDF's facts; throws UnreadablePdf for a file that is no PDF, CheckerUnavailable without pikepdf. */
export async function readPdfFacts(file: string): Promise<PdfFacts> {
  const candidates = working === undefined ? interpreters() : [working];
  for (const python of candidates) {
    const result = await runPython(python, [script, file]);
    if (result.missing) continue;
    working = python;
    if (result.code === 3) throw new UnreadablePdf(result.stderr.trim().split("\n").pop() ?? "not a readable PDF");
    if (result.code !== 0) throw new Error(`pdf_facts.py failed (${result.code}): ${result.stderr.trim()}`);
    return JSON.parse(result.stdout) as PdfFacts;
  }
  throw new CheckerUnavailable("check-pdf reads PDFs with pikepdf, which is not installed");
}
