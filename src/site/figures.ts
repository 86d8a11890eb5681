/** Every figure of every entry, in entry order (chronological), each with the entry it is from. */
import type { Entry, Figure } from "../model.ts";

export interface FigureRow<E> {
  figure: Figure;
  entry: E;
}

export function listFigures<E extends Entry>(entries: readonly E[]): FigureRow<E>[] {
  return entries.flatMap((entry) => entry.figures.map((figure) => ({ figure, entry })));
}
