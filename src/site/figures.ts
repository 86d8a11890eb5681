/** Every figure of every entry, in entry order (chronological), each with the entry it is from. */
import type { Entry, Figure } from "../model.ts";
import { figureAnchor } from "./figure-series.ts";

export interface FigureRow<E> {
  figure: Figure;
  entry: E;
  /** Anchor of the figure on its entry page: `figure-3`. */
  anchor: string;
}

export function listFigures<E extends Entry>(entries: readonly E[]): FigureRow<E>[] {
  return entries.flatMap((entry) => entry.figures.map((figure, index) => ({ figure, entry, anchor: figureAnchor(index) })));
}
