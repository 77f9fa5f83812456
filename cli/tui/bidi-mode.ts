// Which bidi mode `--bidi auto` means on this terminal. Terminals that reorder right-to-left text
// themselves get it in logical order; the others (most) get it reordered for display.
import type { BidiMode } from './bidi.js';

export const bidiOptions = ['auto', 'visual', 'logical'] as const;
export type BidiOption = (typeof bidiOptions)[number];

/**
 * The terminals known to apply the bidi algorithm themselves, by the variables they set:
 * VTE 0.58 and later (GNOME Terminal, Tilix, Terminator ...; VTE_VERSION 5800 = 0.58.0),
 * Konsole, mlterm and mintty. The variables pass into tmux and screen sessions, where the outer
 * terminal still does the drawing.
 */
export function terminalDoesBidi(env: Readonly<Record<string, string | undefined>>): boolean {
  const vte = Number(env.VTE_VERSION);
  if (Number.isFinite(vte) && vte >= 5800) return true;
  if (env.KONSOLE_VERSION) return true;
  if (env.MLTERM) return true;
  if (env.TERM_PROGRAM === 'mintty' || env.TERM === 'mintty') return true;
  return false;
}

export function chooseBidiMode(option: BidiOption, env: Readonly<Record<string, string | undefined>>): BidiMode {
  if (option === 'visual' || option === 'logical') return option;
  return terminalDoesBidi(env) ? 'logical' : 'visual';
}
