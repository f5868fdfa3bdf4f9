const FIELDS = 4;

/**
 * Every occurrence of a context cue in a text, in order of start, kept in one flat array: a long
 * page holds thousands, and evidence near a name reads only the few around it.
 */
export class CueHits {
  length = 0;
  private data = new Int32Array(FIELDS * 256);

  push(start: number, end: number, entity: number, node: number): void {
    if ((this.length + 1) * FIELDS > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const at = this.length++ * FIELDS;
    this.data[at] = start;
    this.data[at + 1] = end;
    this.data[at + 2] = entity;
    this.data[at + 3] = node;
  }

  start(hit: number): number {
    return this.data[hit * FIELDS]!;
  }

  end(hit: number): number {
    return this.data[hit * FIELDS + 1]!;
  }

  entity(hit: number): number {
    return this.data[hit * FIELDS + 2]!;
  }

  /** The cue's trie node: the same cue met twice has the same node. */
  node(hit: number): number {
    return this.data[hit * FIELDS + 3]!;
  }

  /** The first hit starting at or after `from`. */
  firstFrom(from: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.start(middle) < from) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
