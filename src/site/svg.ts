/**
 * Building SVG as text, deterministically: numbers always written the same way (rounded, no
 * trailing zeros, never "-0"), every text and attribute value escaped. The charts use it so
 * that the same data always gives the same bytes and no article text can become markup.
 */

/** `value` rounded to at most `digits` decimals, written without trailing zeros: 12.5, 3, -0.25. */
export function num(value: number, digits = 1): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) || rounded === 0 ? "0" : String(rounded);
}

/** A percentage of the drawing's width, e.g. "37.25%": positions that scale while text does not. */
export function pct(value: number): string {
  return `${num(value, 2)}%`;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export type Attributes = Record<string, string | number | null | undefined | false>;

/**
 * One element: `tag("circle", { cx: "10%", r: 4 })` → `<circle cx="10%" r="4"/>`. Numbers go
 * through `num`; null, undefined and false leave the attribute out. `children` is markup
 * already built with `tag` or `text`.
 */
export function tag(name: string, attributes: Attributes, children?: string | readonly string[]): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    open += ` ${key}="${escapeXml(typeof value === "number" ? num(value) : value)}"`;
  }
  if (children === undefined) return `${open}/>`;
  const inner = typeof children === "string" ? children : children.join("");
  return `${open}>${inner}</${name}>`;
}

/** Text content, escaped. */
export function text(value: string): string {
  return escapeXml(value);
}
