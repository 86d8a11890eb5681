/**
 * Bytes → text. Newsroom files arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or a
 * legacy Windows code page; we detect which, transcode to Unicode and normalise line endings
 * and composition so every later stage sees one form.
 */
import iconv from "iconv-lite";

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";
}

export type DecodeFailure = { kind: "empty" } | { kind: "binary"; offset: number };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText | DecodeFailure {
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: utf8.decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" };
  } else {
    const binaryAt = bytes.indexOf(0);
    if (binaryAt >= 0) return { kind: "binary", offset: binaryAt };
    decoded = decodeWithoutBom(bytes);
  }
  const text = normalise(decoded.text);
  if (text.trim() === "") return { kind: "empty" };
  const controlAt = firstBinaryControl(text);
  if (controlAt >= 0) return { kind: "binary", offset: controlAt };
  return { ...decoded, text };
}

/** Valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252 (a superset of Latin-1's printable range). */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" };
  }
}

/** CRLF and CR → LF; NFC so "é" is one code point whatever the editor saved. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** Control characters other than tab, newline and form feed mean this is not a text file. */
function firstBinaryControl(text: string): number {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  return match ? match.index : -1;
}
