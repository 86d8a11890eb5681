import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/read/decode.ts";

const text = "Curly “quotes” — café in Doha\r\nSecond line\r\n";

describe("decodeBytes", () => {
  it("reads UTF-8 without BOM and normalises CRLF to LF", () => {
    expect(decodeBytes(Buffer.from(text, "utf8"))).toEqual({ text: "Curly “quotes” — café in Doha\nSecond line\n", encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM and says so", () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(result).toMatchObject({ encoding: "utf-8-bom", text: expect.stringMatching(/^Curly/) });
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
    expect(decodeBytes(le)).toMatchObject({ encoding: "utf-16le", text: expect.stringContaining("café") });
    expect(decodeBytes(be)).toMatchObject({ encoding: "utf-16be", text: expect.stringContaining("“quotes”") });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, keeping curly quotes and accents", () => {
    const result = decodeBytes(iconv.encode(text, "windows-1252"));
    expect(result).toEqual({ text: "Curly “quotes” — café in Doha\nSecond line\n", encoding: "windows-1252" });
  });

  it("composes decomposed accents (NFC)", () => {
    const result = decodeBytes(Buffer.from("Cafe\u0301 talks", "utf8"));
    expect(result).toMatchObject({ text: "Café talks" });
  });

  it("refuses empty and whitespace-only files", () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ kind: "empty" });
    expect(decodeBytes(Buffer.from(" \n\t\r\n"))).toEqual({ kind: "empty" });
  });

  it("refuses binary files", () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatchObject({ kind: "binary" });
    expect(decodeBytes(Buffer.from("text\u0001more"))).toMatchObject({ kind: "binary", offset: 4 });
  });
});
