import { readdirSync } from "node:fs";
import { relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSite } from "./support/site.js";
import { serveStatic, type StaticSite } from "./support/static-server.js";

interface Fetched {
  readonly status: number;
  readonly type: string;
  readonly body: string;
}

/** Every URL in an attribute that loads or links something: a[href], link[href], script[src], img[src]. */
function referencesIn(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<(a|link|script|img|source|iframe)\b[^>]*?\s(href|src)="([^"]*)"/gi)) {
    refs.push(m[3]!.replace(/&amp;/g, "&"));
  }
  return refs;
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
}

describe("every internal link of the built site resolves", () => {
  let site: StaticSite;
  const fetched = new Map<string, Fetched>();
  const broken: string[] = [];
  const pagesSeen = new Set<string>();

  async function get(path: string): Promise<Fetched> {
    const known = fetched.get(path);
    if (known) return known;
    const res = await fetch(`${site.origin}${path}`);
    const type = res.headers.get("content-type") ?? "";
    const body = type.startsWith("text/html") ? await res.text() : await res.arrayBuffer().then(() => "");
    const result = { status: res.status, type, body };
    fetched.set(path, result);
    return result;
  }

  beforeAll(async () => {
    site = await serveStatic(builtSite());
    const queue = ["/"];
    while (queue.length > 0) {
      const page = queue.shift()!;
      if (pagesSeen.has(page)) continue;
      pagesSeen.add(page);
      const { status, body } = await get(page);
      if (status !== 200) continue; // reported by the link that led here
      for (const ref of referencesIn(body)) {
        const url = new URL(ref, `${site.origin}${page}`);
        if (url.origin !== site.origin) continue; // external: no network in tests
        const target = await get(url.pathname);
        if (target.status !== 200) {
          broken.push(`${page} → ${ref} (HTTP ${target.status})`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.type.startsWith("text/html") && !idsIn(target.body).has(anchor)) {
          broken.push(`${page} → ${ref} (no element with id "${anchor}")`);
        }
        if (target.type.startsWith("text/html")) queue.push(url.pathname);
      }
    }
  });

  afterAll(async () => {
    await site?.close();
  });

  it("finds no broken link or anchor", () => {
    expect(broken).toEqual([]);
  });

  it("reaches every page of the site from the home page", () => {
    const dist = builtSite();
    const pages = (readdirSync(dist, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".html") && f !== "404.html")
      .map((f) => `/${relative(".", f).split("\\").join("/")}`)
      .map((p) => p.replace(/(^|\/)index\.html$/, "$1"));
    const reached = new Set([...pagesSeen].map((p) => p.replace(/(^|\/)index\.html$/, "$1")));
    expect(pages.filter((p) => !reached.has(p)).sort()).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  });
});
