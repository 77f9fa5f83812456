// An open-addressing map from non-zero 32-bit hashes to 32-bit values on typed arrays: a Map keyed
// by such hashes stores them as heap numbers and was slower than tokenizing the text.

export class HashTable {
  private keys: Uint32Array;
  private values: Uint32Array;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.values = new Uint32Array(cap);
  }

  /** The value stored for `key` (a non-zero hash), or -1. */
  get(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = key & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.values[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = key & mask;
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
    if (keys[i] === 0) this.size += 1;
    keys[i] = key;
    this.values[i] = value;
  }

  /** Adds `by` to the value of `key` (0 when absent) and returns the new value. */
  add(key: number, by: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = key & mask;
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
    if (keys[i] === 0) {
      this.size += 1;
      keys[i] = key;
      this.values[i] = 0;
    }
    this.values[i] += by;
    return this.values[i];
  }

  clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }

  /** Number of slots, to decide when a cache should start over. */
  get capacity(): number {
    return this.keys.length;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.values = new Uint32Array(oldKeys.length * 2);
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i += 1) if (oldKeys[i] !== 0) this.set(oldKeys[i], oldValues[i]);
  }
}
