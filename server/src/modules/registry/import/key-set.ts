/**
 * A set of strings kept as 64-bit hashes in typed arrays: about 16 bytes a key at most, so spotting
 * duplicates across a 10-million-row file needs ~160 MB rather than the gigabytes of a Set<string>.
 * Two independent 32-bit hashes make a false "duplicate" about 1 in 10^12 at that size.
 */
export class KeySet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private used = 0;

  constructor(capacity = 1 << 16) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
  }

  get size(): number {
    return this.used;
  }

  /** Adds the key; false if it was already there. */
  add(key: string): boolean {
    if ((this.used + 1) * 10 > this.hi.length * 7) this.grow();
    const [h1, h2] = hash(key);
    return this.insert(h1, h2);
  }

  private insert(h1: number, h2: number): boolean {
    const mask = this.hi.length - 1;
    // Slot 0/0 marks empty, so the low hash is never 0.
    const lo = h2 === 0 ? 1 : h2;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      if (this.lo[slot] === 0) {
        this.hi[slot] = h1;
        this.lo[slot] = lo;
        this.used += 1;
        return true;
      }
      if (this.hi[slot] === h1 && this.lo[slot] === lo) return false;
    }
  }

  private grow(): void {
    const { hi, lo } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    this.used = 0;
    for (let i = 0; i < hi.length; i += 1) if (lo[i] !== 0) this.insert(hi[i] ?? 0, lo[i] ?? 0);
  }
}

/** FNV-1a and a murmur-style mix over the UTF-16 code units, as two unsigned 32-bit values. */
function hash(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, Math.imul(b ^ (b >>> 13), 0xc2b2ae35) >>> 0];
}
