import { describe, expect, it } from "vitest";
import { progress } from "../../src/cli/progress.ts";

function fakeOutput(isTTY: boolean) {
  const writes: string[] = [];
  return { output: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe("progress", () => {
  it("prints nothing for short steps", () => {
    const { output, writes } = fakeOutput(false);
    const shown = progress("Reading", 10, output, () => 0);
    shown.advance(10);
    shown.finish();
    expect(writes).toEqual([]);
  });

  it("prints plain periodic lines with rate and time left when not on a terminal", () => {
    const { output, writes } = fakeOutput(false);
    let clock = 0;
    const shown = progress("Reading", 1000, output, () => clock);
    clock = 1000;
    shown.advance(100); // under the 5 s interval: nothing yet
    clock = 5000;
    shown.advance(400);
    clock = 10_000;
    shown.advance(500);
    shown.finish();
    expect(writes).toEqual(["Reading: 500/1000 (50%), 100/s, ~5 s left\n", "Reading: 1000/1000 (100%), 100/s, ~0 s left\n", "Reading: 1000/1000 in 10.0 s\n"]);
  });

  it("redraws one line in place on a terminal", () => {
    const { output, writes } = fakeOutput(true);
    let clock = 0;
    const shown = progress("Reading", 400, output, () => clock);
    clock = 1000;
    shown.advance(200);
    shown.finish();
    expect(writes[0]).toBe("\r\x1b[KReading: 200/400 (50%), 200/s, ~1 s left");
    expect(writes[1]).toBe("\r\x1b[KReading: 200/400 in 1.0 s\n");
  });
});
