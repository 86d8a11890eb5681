/**
 * Two small indexes over integer ranks, for sweeps that must not compare every item with every
 * other: `RankCounts` counts how many items hold each rank (a Fenwick tree), and `RankSlots` keeps
 * a rank in some of n ordered slots and finds the next slot whose rank lies outside a range (a
 * segment tree of each span's lowest and highest rank). Both answer in O(log n).
 */

/** How many items hold each rank 0..size-1. */
export class RankCounts {
  private readonly tree: Int32Array;

  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }

  add(rank: number, delta: number): void {
    for (let i = rank + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
  }

  /** Items with a rank from `low` to `high`, both included. */
  between(low: number, high: number): number {
    return this.upTo(high) - this.upTo(low - 1);
  }

  private upTo(rank: number): number {
    let sum = 0;
    for (let i = Math.min(rank + 1, this.tree.length - 1); i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }
}

/** An empty slot: its lowest rank is above and its highest below any range asked about. */
const NO_LOW = 0x7fffffff;
const NO_HIGH = -1;

/** Slots 0..size-1, each empty or holding a rank. */
export class RankSlots {
  private readonly leaves: number;
  private readonly low: Int32Array;
  private readonly high: Int32Array;

  constructor(size: number) {
    let leaves = 1;
    while (leaves < size) leaves *= 2;
    this.leaves = leaves;
    this.low = new Int32Array(2 * leaves).fill(NO_LOW);
    this.high = new Int32Array(2 * leaves).fill(NO_HIGH);
  }

  set(slot: number, rank: number): void {
    this.write(slot, rank, rank);
  }

  clear(slot: number): void {
    this.write(slot, NO_LOW, NO_HIGH);
  }

  /** The first slot at or after `from` holding a rank below `low` or above `high`; -1 when none. */
  nextOutside(from: number, low: number, high: number): number {
    return this.search(1, 0, this.leaves - 1, from, low, high);
  }

  private write(slot: number, low: number, high: number): void {
    let node = slot + this.leaves;
    this.low[node] = low;
    this.high[node] = high;
    for (node >>= 1; node > 0; node >>= 1) {
      this.low[node] = Math.min(this.low[2 * node]!, this.low[2 * node + 1]!);
      this.high[node] = Math.max(this.high[2 * node]!, this.high[2 * node + 1]!);
    }
  }

  private search(node: number, first: number, last: number, from: number, low: number, high: number): number {
    if (last < from || (this.low[node]! >= low && this.high[node]! <= high)) return -1;
    if (first === last) return first;
    const middle = (first + last) >> 1;
    const left = this.search(2 * node, first, middle, from, low, high);
    return left !== -1 ? left : this.search(2 * node + 1, middle + 1, last, from, low, high);
  }
}
