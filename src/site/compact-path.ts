/**
 * A d3-geo path context that writes short SVG path data: whole-pixel coordinates (or tenths),
 * relative steps after the first point, repeated points dropped, repeated commands implied. The
 * rounding is of absolute positions, so errors never add up along a long coastline. The same
 * geometry always gives the same string.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { num } from "./svg.ts";

class CompactPathContext implements GeoContext {
  private data = "";
  private x = 0;
  private y = 0;
  private last = "";

  constructor(private readonly digits: number) {}

  moveTo(x: number, y: number): void {
    const [rx, ry] = this.round(x, y);
    if (this.data === "") this.command("M", rx, ry);
    else this.command("m", rx - this.x, ry - this.y);
    [this.x, this.y] = [rx, ry];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = this.round(x, y);
    if (rx === this.x && ry === this.y) return;
    this.command("l", rx - this.x, ry - this.y);
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    this.data += "z";
    this.last = "z";
  }

  // Maps here draw no geographic points (which d3 renders as arcs) and need no new paths.
  arc(): void {}
  beginPath(): void {}

  result(): string {
    return this.data;
  }

  private command(letter: string, dx: number, dy: number): void {
    const x = num(dx, this.digits);
    const y = num(dy, this.digits);
    const pair = `${x}${y.startsWith("-") ? "" : " "}${y}`;
    // After "l" another "l" is implied; a minus sign separates numbers by itself.
    if (letter === "l" && this.last === "l") this.data += `${x.startsWith("-") ? "" : " "}${pair}`;
    else this.data += `${letter}${pair}`;
    this.last = letter;
  }

  private round(x: number, y: number): [number, number] {
    const factor = 10 ** this.digits;
    return [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
  }
}

/** Path data of a geographic object under a projection, in whole pixels unless told otherwise. */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, digits = 0): string {
  const context = new CompactPathContext(digits);
  geoPath(projection, context)(object);
  return context.result();
}
