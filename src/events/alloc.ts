// Typed-array allocation on the heap or in shared memory: the arrays the link phase reads
// (vectors, postings, days, sketches) are shared with worker threads instead of copied.

export interface Alloc {
  u8(n: number): Uint8Array;
  u32(n: number): Uint32Array;
  i32(n: number): Int32Array;
  f32(n: number): Float32Array;
  f64(n: number): Float64Array;
}

export const heapAlloc: Alloc = {
  u8: (n) => new Uint8Array(n),
  u32: (n) => new Uint32Array(n),
  i32: (n) => new Int32Array(n),
  f32: (n) => new Float32Array(n),
  f64: (n) => new Float64Array(n),
};

export const sharedAlloc: Alloc = {
  u8: (n) => new Uint8Array(new SharedArrayBuffer(Math.max(1, n))),
  u32: (n) => new Uint32Array(new SharedArrayBuffer(Math.max(4, 4 * n)), 0, n),
  i32: (n) => new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * n)), 0, n),
  f32: (n) => new Float32Array(new SharedArrayBuffer(Math.max(4, 4 * n)), 0, n),
  f64: (n) => new Float64Array(new SharedArrayBuffer(Math.max(8, 8 * n)), 0, n),
};
