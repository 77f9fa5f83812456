// The one hook that adapts Ink's input to the navigation reducer and performs the effects the
// reducer returns as data: export (through the writer the command passes in) and quit.
import { useRef, useState, type MutableRefObject } from 'react';
import { useApp, useInput } from 'ink';
import type { CorpusAnalysis, ReviewFile } from '../../src/types.js';
import { keysFromInk } from './keys.js';
import { effectDone, initialState, navigate, type NavState } from './navigation.js';
import type { EventLoader } from './loader.js';

/** Limits the layout learns while rendering and the reducer needs for the next key. */
export interface LayoutLimits {
  pageSize?: number;
  scrollMax?: number;
}

/** Writes the event's report (with the review as it stands, when reviews are on) and returns the status line to show. */
export type ExportEvent = (event: number, review: ReviewFile | null) => string;

/** Saves the review file at once (whole or not at all) and returns where; throws with one line when it may not or cannot. */
export type SaveReview = (file: ReviewFile) => string;

export function useNavigation(
  analysis: CorpusAnalysis,
  limits: MutableRefObject<LayoutLimits>,
  onExport?: ExportEvent,
  start?: NavState,
  loader?: EventLoader,
  onSaveReview?: SaveReview,
): NavState {
  const [state, setState] = useState<NavState>(() => start ?? initialState());
  const current = useRef(state);
  const { exit } = useApp();
  useInput((input, key) => {
    const keys = keysFromInk(input, key);
    if (keys.length === 0) return;
    let next = current.current;
    for (const navKey of keys) {
      const before = next;
      next = navigate(before, navKey, { analysis, ...limits.current });
      if (next.effect?.kind === 'quit') {
        current.current = next;
        exit();
        return;
      }
      if (next.effect?.kind === 'save-review' && next.review) {
        const message = next.effect.message;
        try {
          const where = onSaveReview ? onSaveReview(next.review.file) : null;
          next = effectDone(next, where ? `${message} · saved to ${where}` : message);
        } catch (err) {
          // Not saved: the screen goes back to what the file holds.
          next = effectDone({ ...next, review: before.review }, `not saved: ${(err as Error).message}`);
        }
      }
      if (next.effect?.kind === 'load') {
        // Compared before the event screen is drawn (a large event takes a moment; the rest is in the background).
        loader?.ensure(next.effect.event);
        next = { ...next, effect: null };
      }
      if (next.effect?.kind === 'export') {
        let status: string;
        try {
          status = onExport ? onExport(next.effect.event, next.review?.file ?? null) : 'export is not available here';
        } catch (err) {
          status = `export failed: ${(err as Error).message}`;
        }
        next = effectDone(next, status);
      }
    }
    current.current = next;
    setState(next);
  });
  return state;
}

