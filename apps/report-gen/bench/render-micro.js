// Milliseconds per one-page PDF, with and without the per-process font cache.
// Needs the compiled app: `pnpm --filter @tip/report-gen build`, then `node bench/render-micro.js [documents]`.
import { performance } from "node:perf_hooks";

const { renderPdfToBuffer, setFontCacheEnabled } = await import("@tip/pdf-engine");
const { buildDocument } = await import("../dist/documents/document.js").catch(() => {
  console.error("dist/documents/document.js is missing: run `pnpm --filter @tip/report-gen build` first");
  process.exit(1);
});

const documents = Number(process.argv[2] ?? 50);
const countries = ["Argentina", "Côte d'Ivoire", "Curaçao", "Türkiye", "Ελλάδα", "Россия"];

function onePageDocument(i) {
  const country = countries[i % countries.length];
  const built = buildDocument({
    markup: `<h1>${country}</h1>
      <p class="lead">Brief ${i}: <strong>ratifications</strong> of <em>relevant international conventions</em>.</p>
      <table widths="*,60,60"><thead><tr><th>Instrument</th><th class="numeric">Year</th><th class="numeric">Kind</th></tr></thead>
      <tbody><tr><td>Palermo Protocol</td><td class="numeric">2002</td><td class="numeric">(a)</td></tr>
      <tr><td>ILO C182</td><td class="numeric">2001</td><td class="numeric">—</td></tr></tbody></table>
      <footnote>Source: U.S. Department of State, 2017.</footnote>`,
    markupFile: "bench.hbs",
    title: `${country} — brief`,
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
    header: "Trafficking in Persons Report 2017",
    footer: "U.S. Department of State",
  });
  if ("errors" in built) throw new Error(JSON.stringify(built.errors));
  return built.docDefinition;
}

async function msPerDocument(cache) {
  setFontCacheEnabled(cache);
  const definitions = Array.from({ length: documents }, (_, i) => onePageDocument(i));
  const start = performance.now();
  for (const definition of definitions) await renderPdfToBuffer(definition);
  return (performance.now() - start) / documents;
}

// Warm up the JIT (and the cache) before measuring either way.
await msPerDocument(true);
await msPerDocument(false);
const without = await msPerDocument(false);
const withCache = await msPerDocument(true);
console.log(`${documents} one-page documents`);
console.log(`without font cache: ${without.toFixed(1)} ms/document`);
console.log(`with font cache:    ${withCache.toFixed(1)} ms/document (${(without / withCache).toFixed(1)}× faster)`);
