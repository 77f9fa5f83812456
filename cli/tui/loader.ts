// What the browser needs from the command when a corpus is compared lazily: the articles of an event
// before it is compared, the comparison of one event on demand, and the rest in the background.
// The command implements it over the library (the terminal UI itself never analyses).
import type { Article } from '../../src/types.js';

export interface EventLoader {
  /** The articles of event `index` (title, outlet, date), compared or not. */
  articles(index: number): readonly Pick<Article, 'id' | 'title' | 'outlet' | 'date'>[];
  /** Compares event `index` now unless it is; its comparison is then `analysis.comparisons[index]`. */
  ensure(index: number): void;
  /**
   * Compares the events not compared yet, one at a time between keys, calling `onCompared` after
   * each; returns a function that stops it.
   */
  background(onCompared: () => void): () => void;
}
