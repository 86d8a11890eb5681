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

export type DecodeFailure =
  | { kind: "empty" }
  | { kind: "binary"; offset: number }
  /** A UTF-8 byte-order mark, then bytes that are not UTF-8: no guess would be safe. */
  | { kind: "invalid-utf-8"; offset: number };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText | DecodeFailure {
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text === undefined) return { kind: "invalid-utf-8", offset: 3 + firstInvalidUtf8(bytes.subarray(3)) };
    decoded = { text, encoding: "utf-8-bom" };
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
  if (/^[\s\p{Cf}]*$/u.test(text)) return { kind: "empty" };
  const controlAt = firstBinaryControl(text);
  if (controlAt >= 0) return { kind: "binary", offset: controlAt };
  return { ...decoded, text };
}

/** Valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252 (a superset of Latin-1's printable range). */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  const text = decodeUtf8(bytes);
  return text === undefined ? { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" } : { text, encoding: "utf-8" };
}

/** The text, or undefined when the bytes are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Byte offset of the first sequence that is not UTF-8 (a literal U+FFFD in the file is valid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = Buffer.from(bytes).toString("utf8");
  for (let index = lenient.indexOf("\uFFFD"); index >= 0; index = lenient.indexOf("\uFFFD", index + 1)) {
    const offset = Buffer.byteLength(lenient.slice(0, index));
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return 0;
}

/** CRLF and CR → LF; NFC so "é" is one code point whatever the editor saved; no second BOM. */
function normalise(text: string): string {
  return text.replace(/^\uFEFF+/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/** Control characters other than tab, newline and form feed mean this is not a text file. */
function firstBinaryControl(text: string): number {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  return match ? match.index : -1;
}
