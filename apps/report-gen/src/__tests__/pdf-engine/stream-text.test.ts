import { describe, expect, it } from "vitest";
import { ratificationTimeline } from "../../charts/ratification-timeline.js";
import { buildDocument } from "../../documents/document.js";
import { renderPdfToBuffer, setStreamTextEnabled, streamTextStats } from "@tip/pdf-engine";

function definition() {
  const chart = ratificationTimeline({
    rows: [{ label: "Palermo", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true }],
    until: 2017,
  });
  const built = buildDocument({
    markup: `<h1>Côte d'Ivoire — Ελλάδα</h1><p>Tier 2 <strong>Watch</strong> <em>List</em> 25 % <a href="https://www.state.gov/">state.gov</a></p><chart ref="t"/><table class="zebra"><thead><tr><th>A</th></tr></thead><tr><td>1</td></tr></table>`,
    markupFile: "t.hbs",
    title: "Streams",
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
    header: "Header",
    footer: "Footer",
    charts: { t: { svg: chart, alt: "A chart" } },
  });
  if ("errors" in built) throw new Error("markup errors");
  return built.docDefinition;
}

describe("content streams gathered as text", () => {
  it("give the bytes pdfkit writes operator by operator: text, non-ASCII, vectors, fonts, links", async () => {
    const before = streamTextStats().joined;
    const joined = await renderPdfToBuffer(definition());
    expect(streamTextStats().joined).toBeGreaterThan(before);
    setStreamTextEnabled(false);
    try {
      const operatorByOperator = await renderPdfToBuffer(definition());
      expect(joined.equals(operatorByOperator)).toBe(true);
    } finally {
      setStreamTextEnabled(true);
    }
  });
});
