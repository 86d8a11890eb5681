import { describe, expect, test } from "vitest";
import { compactNumber, formatNumber } from "../../src/site/numbers.ts";
import { escapeXml, num, pct, tag, text } from "../../src/site/svg.ts";

describe("SVG text", () => {
  test("numbers are written one way: rounded, no trailing zeros, never -0", () => {
    expect(num(12.345)).toBe("12.3");
    expect(num(12.35, 2)).toBe("12.35");
    expect(num(3.0)).toBe("3");
    expect(num(-0.04)).toBe("0");
    expect(num(-2.26, 1)).toBe("-2.3");
    expect(pct(37.256)).toBe("37.26%");
    expect(() => num(Number.NaN)).toThrow();
  });

  test("elements escape every attribute and text, and leave out empty attributes", () => {
    expect(tag("a", { href: '/x/?a=1&b="2"', tabindex: "-1", hidden: false, title: undefined }, text("<b>Tom & 'Jerry'</b>"))).toBe(
      '<a href="/x/?a=1&amp;b=&quot;2&quot;" tabindex="-1">&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;</a>',
    );
    expect(tag("circle", { cx: 1.25, r: 4 })).toBe('<circle cx="1.3" r="4"/>');
    expect(escapeXml("]]><script>")).toBe("]]&gt;&lt;script&gt;");
  });
});

describe("numbers for readers", () => {
  test("thousands are grouped with commas", () => {
    expect(formatNumber(1400)).toBe("1,400");
    expect(formatNumber(2_300_000)).toBe("2,300,000");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(2.5)).toBe("2.5");
    expect(formatNumber(-35000)).toBe("-35,000");
  });

  test("axis labels are short", () => {
    expect(compactNumber(950)).toBe("950");
    expect(compactNumber(5000)).toBe("5,000");
    expect(compactNumber(35_000)).toBe("35k");
    expect(compactNumber(2_300_000)).toBe("2.3m");
    expect(compactNumber(4_000_000_000)).toBe("4bn");
  });
});
