// Seeded pseudo-random numbers for the Monte Carlo (MODEL.md §6): integer
// arithmetic only (Math.imul, shifts), so a seed gives the same stream on every
// machine and engine. No Math.random, no clock.
//
// - sfc32: Chris Doty-Humphrey's "small fast counting" generator from PractRand
//   (32-bit state words a, b, c and a counter d; period ≥ 2^32, passes
//   PractRand and BigCrush). Seeded like PractRand: counter 1, then 12 outputs
//   discarded.
// - splitmix32: a Weyl sequence (increment 0x9E3779B9, the golden ratio) passed
//   through Chris Wellons' "lowbias32" hash (hash-prospector). It spreads one
//   32-bit seed over sfc32's three state words.
// - fnv1a32: FNV-1a over the UTF-16 code units of a string (equal to the byte
//   version for the ASCII paths used here), to give every uncertainty range its
//   own stream (see streamFor).
// Reference outputs, checked against a C implementation, are pinned in
// test/unit/uncertainty/prng.test.ts.

/** Returns the splitmix32 sequence that starts from `state`. */
export function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** An sfc32 generator. `next()` is a uint32; `uniform()` is in [0, 1) with 2^-32 resolution. */
export class Sfc32 {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  uniform(): number {
    return this.next() / 4294967296;
  }
}

export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The stream of one uncertainty range: seeded by the run's seed and the
 * range's path. Each range draws from its own stream, so adding, removing or
 * re-bounding one range leaves the draws of the others unchanged (common
 * random numbers: bands move only because of the edited range, and move
 * smoothly as a bound is dragged).
 */
export function streamFor(seed: number, path: string): Sfc32 {
  return new Sfc32((seed ^ fnv1a32(path)) >>> 0);
}
