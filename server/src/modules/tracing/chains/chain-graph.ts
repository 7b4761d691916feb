/**
 * The pure part of chain recomputation, on dense case indices 0..n-1 with links as parallel arrays
 * (from[i] → to[i]): connected components, generations, and which cluster each component keeps.
 */

/** The component of each case over the links taken as undirected (union-find), numbered 0..count-1. */
export function components(n: number, from: Int32Array, to: Int32Array): { of: Int32Array; count: number } {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const root = (i: number): number => {
    let r = i;
    while ((parent[r] ?? r) !== r) r = parent[r] ?? r;
    // Path compression keeps later finds near constant.
    for (let j = i; j !== r;) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  for (let e = 0; e < from.length; e += 1) {
    let a = root(from[e] ?? 0);
    let b = root(to[e] ?? 0);
    if (a === b) continue;
    if ((size[a] ?? 0) < (size[b] ?? 0)) [a, b] = [b, a];
    parent[b] = a;
    size[a] = (size[a] ?? 0) + (size[b] ?? 0);
  }
  const of = new Int32Array(n);
  const numbers = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const r = root(i);
    let number = numbers.get(r);
    if (number === undefined) numbers.set(r, (number = numbers.size));
    of[i] = number;
  }
  return { of, count: numbers.size };
}

/** A binary min-heap of case indices: the index is the rank (cases are numbered by onset, then id). */
class IndexHeap {
  private items: number[] = [];
  push(value: number): void {
    const items = this.items;
    items.push(value);
    for (let i = items.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if ((items[up] ?? 0) <= value) break;
      items[i] = items[up] ?? 0;
      items[up] = value;
      i = up;
    }
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < items.length && (items[l] ?? 0) < (items[min] ?? 0)) min = l;
      if (r < items.length && (items[r] ?? 0) < (items[min] ?? 0)) min = r;
      if (min === i) break;
      [items[i], items[min]] = [items[min] ?? 0, items[i] ?? 0];
      i = min;
    }
    return top;
  }
}

/**
 * Each case's generation: 1 without an incoming link, else 1 + the highest generation among the cases
 * linking to it. Cases must be numbered by onset date, then id. Links can form cycles (two cases each a
 * contact of the other): when every remaining case waits on another, the earliest case already reached from
 * a resolved one is taken as resolved with the links it still waits on ignored (the earliest of all when
 * none is reached), so the cycle is cut where the infection most plausibly entered it.
 */
export function generations(n: number, from: Int32Array, to: Int32Array): Int32Array {
  // Outgoing links in compressed rows: the links of case v are targets[start[v]..start[v+1]).
  const start = new Int32Array(n + 1);
  const waiting = new Int32Array(n);
  for (let e = 0; e < from.length; e += 1) {
    const f = from[e] ?? 0;
    const t = to[e] ?? 0;
    start[f + 1] = (start[f + 1] ?? 0) + 1;
    waiting[t] = (waiting[t] ?? 0) + 1;
  }
  for (let v = 0; v < n; v += 1) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const targets = new Int32Array(from.length);
  const fill = start.slice(0, n);
  for (let e = 0; e < from.length; e += 1) {
    const f = from[e] ?? 0;
    targets[fill[f] ?? 0] = to[e] ?? 0;
    fill[f] = (fill[f] ?? 0) + 1;
  }

  const generation = new Int32Array(n); // 0: not yet resolved
  const best = new Int32Array(n); // the highest generation among resolved cases linking to it
  const ready: number[] = [];
  for (let v = 0; v < n; v += 1) if (waiting[v] === 0) ready.push(v);
  const reached = new IndexHeap();
  let earliest = 0;
  for (let resolved = 0; resolved < n;) {
    let v = ready.pop();
    while (v === undefined) {
      v = reached.pop();
      if (v === undefined) {
        while (generation[earliest] !== 0) earliest += 1;
        v = earliest;
      } else if (generation[v] !== 0) v = undefined;
    }
    if (generation[v] !== 0) continue;
    const g = (best[v] ?? 0) + 1;
    generation[v] = g;
    resolved += 1;
    for (let i = start[v] ?? 0, end = start[v + 1] ?? 0; i < end; i += 1) {
      const w = targets[i] ?? 0;
      if (generation[w] !== 0) continue;
      if ((best[w] ?? 0) < g) best[w] = g;
      waiting[w] = (waiting[w] ?? 0) - 1;
      if (waiting[w] === 0) ready.push(w);
      else reached.push(w);
    }
  }
  return generation;
}

/**
 * Which existing cluster each large component keeps: the one most of its cases hold (ties: the oldest,
 * the lowest id), each cluster going to at most one component (a split cluster stays with the part holding
 * most of it). Components with none to keep get a new cluster.
 */
export function keptClusters(
  component: Int32Array,
  heldCluster: (number | null)[],
  large: (c: number) => boolean,
): { kept: Map<number, number>; fresh: number[] } {
  const holdings = new Map<string, { component: number; cluster: number; cases: number }>();
  const all = new Set<number>();
  component.forEach((c, i) => {
    if (!large(c)) return;
    all.add(c);
    const cluster = heldCluster[i];
    if (cluster === null || cluster === undefined) return;
    const key = `${c}:${cluster}`;
    const holding = holdings.get(key);
    if (holding) holding.cases += 1;
    else holdings.set(key, { component: c, cluster, cases: 1 });
  });
  const kept = new Map<number, number>();
  const taken = new Set<number>();
  const ranked = [...holdings.values()].sort((a, b) => b.cases - a.cases || a.cluster - b.cluster);
  for (const { component: c, cluster } of ranked) {
    if (kept.has(c) || taken.has(cluster)) continue;
    kept.set(c, cluster);
    taken.add(cluster);
  }
  return { kept, fresh: [...all].filter((c) => !kept.has(c)).sort((a, b) => a - b) };
}
