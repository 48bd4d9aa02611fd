/**
 * Exact linear algebra for the suppression audit: is a hidden group's count a linear
 * combination of the counts shown? Vectors are 0/1 memberships over the base cells;
 * elimination is fraction-free in BigInt, so no rounding can hide a derivation.
 */

type Row = bigint[];

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};

function normalise(row: Row): Row {
  const g = row.reduce((acc, v) => gcd(acc, v), 0n);
  return g > 1n ? row.map((v) => v / g) : row;
}

/** An echelon basis of the span of some vectors, to which targets are reduced. */
export class Span {
  private readonly basis: { pivot: number; row: Row }[] = [];

  constructor(vectors: readonly (readonly number[])[] = []) {
    for (const v of vectors) this.add(v);
  }

  /** The part of `vector` the basis cannot express (all zero when it lies in the span). */
  private reduce(vector: readonly number[] | Row): Row {
    let row: Row = vector.map((v) => BigInt(v));
    for (const { pivot, row: b } of this.basis) {
      const x = row[pivot]!;
      if (x === 0n) continue;
      const p = b[pivot]!;
      row = normalise(row.map((v, i) => v * p - b[i]! * x));
    }
    return row;
  }

  add(vector: readonly number[]): void {
    const row = this.reduce(vector);
    const pivot = row.findIndex((v) => v !== 0n);
    if (pivot >= 0) this.basis.push({ pivot, row });
  }

  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((v) => v === 0n);
  }

  get rank(): number {
    return this.basis.length;
  }
}
