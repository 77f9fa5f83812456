// Scored links between articles in growable typed arrays (a million links would be a million objects otherwise).

export interface Links {
  a: Int32Array;
  b: Int32Array;
  score: Float32Array;
  /** 1 when the two articles republish the same text (wire copy). */
  copy: Uint8Array;
  length: number;
}

function grown<T extends Int32Array | Float32Array | Uint8Array>(x: T, size: number): T {
  const y = new (x.constructor as new (n: number) => T)(size);
  y.set(x.subarray(0, Math.min(x.length, size)));
  return y;
}

export class LinkList implements Links {
  a = new Int32Array(1 << 12);
  b = new Int32Array(1 << 12);
  score = new Float32Array(1 << 12);
  copy = new Uint8Array(1 << 12);
  length = 0;

  push(a: number, b: number, score: number, copy: boolean): void {
    if (this.length === this.a.length) {
      const size = this.a.length * 2;
      this.a = grown(this.a, size);
      this.b = grown(this.b, size);
      this.score = grown(this.score, size);
      this.copy = grown(this.copy, size);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length] = score;
    this.copy[this.length] = copy ? 1 : 0;
    this.length += 1;
  }

  /** Exactly-sized copies, ready to transfer. */
  trimmed(): Links {
    return {
      a: this.a.slice(0, this.length),
      b: this.b.slice(0, this.length),
      score: this.score.slice(0, this.length),
      copy: this.copy.slice(0, this.length),
      length: this.length,
    };
  }
}

/** Concatenates link lists in order. */
export function concatLinks(parts: readonly Links[]): Links {
  const length = parts.reduce((s, p) => s + p.length, 0);
  const out: Links = { a: new Int32Array(length), b: new Int32Array(length), score: new Float32Array(length), copy: new Uint8Array(length), length };
  let at = 0;
  for (const p of parts) {
    out.a.set(p.a.subarray(0, p.length), at);
    out.b.set(p.b.subarray(0, p.length), at);
    out.score.set(p.score.subarray(0, p.length), at);
    out.copy.set(p.copy.subarray(0, p.length), at);
    at += p.length;
  }
  return out;
}
