// An open-addressing map from non-zero 32-bit hashes to 32-bit values on one typed array (key and
// value side by side: one cache miss per lookup). A Map keyed by such hashes stores them as heap
// numbers and was slower than tokenizing the text.

export class HashTable {
  /** [key0, value0, key1, value1, ...]; key 0 marks an empty slot. */
  private slots: Uint32Array;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Uint32Array(cap * 2);
  }

  /** Number of slots, to decide when a cache should start over. */
  get capacity(): number {
    return this.slots.length / 2;
  }

  private find(key: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    let i = key & mask;
    for (;;) {
      const k = slots[2 * i];
      if (k === key || k === 0) return 2 * i;
      i = (i + 1) & mask;
    }
  }

  /** The value stored for `key` (a non-zero hash), or -1. */
  get(key: number): number {
    const at = this.find(key);
    return this.slots[at] === 0 ? -1 : this.slots[at + 1];
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    const at = this.find(key);
    if (this.slots[at] === 0) {
      this.size += 1;
      this.slots[at] = key;
    }
    this.slots[at + 1] = value;
  }

  /** Adds `by` to the value of `key` (0 when absent) and returns the new value. */
  add(key: number, by: number): number {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    const at = this.find(key);
    if (this.slots[at] === 0) {
      this.size += 1;
      this.slots[at] = key;
      this.slots[at + 1] = 0;
    }
    this.slots[at + 1] += by;
    return this.slots[at + 1];
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.set(old[i], old[i + 1]);
  }
}

/**
 * A cache from a word to a value, keyed by two independent 32-bit hashes of the word. One hash
 * alone collides a few dozen times over a corpus's words, and which of two colliding words came
 * first (on which thread) would then decide the other's value; with both, the value of a word
 * never depends on the words seen before it. Starts over when full.
 */
export class WordCache {
  /** [hash, check, value] per slot; hash 0 marks an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private size = 0;

  constructor(readonly capacity: number) {
    let cap = 16;
    while (cap < capacity) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap * 3);
  }

  private find(hash: number, check: number): number {
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const k = slots[3 * i];
      if (k === 0 || (k === hash && slots[3 * i + 1] === check)) return 3 * i;
    }
  }

  /** The value stored for the word (hash non-zero), or -1. */
  get(hash: number, check: number): number {
    const at = this.find(hash, check);
    return this.slots[at] === 0 ? -1 : this.slots[at + 2];
  }

  set(hash: number, check: number, value: number): void {
    // Half full at most, so probes stay short; then it starts over.
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.slots.fill(0);
      this.size = 0;
    }
    const at = this.find(hash, check);
    if (this.slots[at] === 0) this.size += 1;
    this.slots[at] = hash;
    this.slots[at + 1] = check;
    this.slots[at + 2] = value;
  }
}
