import { describe, expect, it } from 'vitest';
import { chooseBidiMode } from '../../cli/tui/bidi-mode.js';
import { colorEnabled } from '../../cli/tui/theme.js';

describe('chooseBidiMode', () => {
  it.each([
    ['GNOME Terminal (VTE 0.76)', { VTE_VERSION: '7600' }, 'logical'],
    ['VTE before bidi (0.52)', { VTE_VERSION: '5202' }, 'visual'],
    ['Konsole', { KONSOLE_VERSION: '230805' }, 'logical'],
    ['mlterm', { MLTERM: '3.9.3' }, 'logical'],
    ['mintty', { TERM_PROGRAM: 'mintty' }, 'logical'],
    ['xterm', { TERM: 'xterm-256color' }, 'visual'],
    ['tmux', { TERM: 'tmux-256color', TMUX: '/tmp/tmux-0/default,1,0' }, 'visual'],
    ['Windows Terminal', { WT_SESSION: 'x' }, 'visual'],
    ['kitty', { TERM: 'xterm-kitty' }, 'visual'],
  ])('auto on %s -> %s', (_name, env, mode) => {
    expect(chooseBidiMode('auto', env)).toBe(mode);
  });

  it('an explicit mode wins over the terminal', () => {
    expect(chooseBidiMode('visual', { VTE_VERSION: '7600' })).toBe('visual');
    expect(chooseBidiMode('logical', {})).toBe('logical');
  });
});

describe('colorEnabled', () => {
  it.each([
    [{}, true, true],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{}, false, false],
  ])('%j with colours %s -> %s', (env, has, expected) => {
    expect(colorEnabled(env, has)).toBe(expected);
  });
});
