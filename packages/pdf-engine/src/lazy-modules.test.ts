import { createCipheriv, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { brotliCompressSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { installLazyModules, lazyModules, lazyModulesPending } from "./lazy-modules.js";
import { testDocument } from "./__tests__/test-document.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const LAZY_MODULES = lazyModules();

const standIn = (index: number): any => {
  const { from, id } = LAZY_MODULES[index]!;
  return createRequire(from)(id);
};

describe("modules loaded on first use", () => {
  // What a process's entry point does first (report-gen's bin script and render worker).
  beforeAll(() => installLazyModules());

  it("are not loaded by rendering a document", async () => {
    await renderPdfToBuffer(testDocument({ title: "lazy", content: ["Nothing here needs Brotli or AES."] }));
    expect(lazyModulesPending()).toHaveLength(LAZY_MODULES.length);
  });

  it("behave as the real modules once used: Brotli decodes, AES encrypts", () => {
    const text = Buffer.from("Trafficking in Persons Report, June 2017. ".repeat(40));
    const decompress = standIn(0);
    expect(typeof decompress).toBe("function");
    expect(Buffer.from(decompress(brotliCompressSync(text))).equals(text)).toBe(true);

    const [key, iv] = [randomBytes(16), randomBytes(16)];
    const aes = standIn(1);
    const ours = Buffer.from(aes.cbc(key, iv).encrypt(text));
    const node = createCipheriv("aes-128-cbc", key, iv);
    expect(ours.equals(Buffer.concat([node.update(text), node.final()]))).toBe(true);
    expect(lazyModulesPending()).toEqual([]);
  });
});
