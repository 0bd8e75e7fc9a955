/**
 * Rows of sums in one flat Float64Array, one row per name (an agent, a team), each name given a
 * small integer id the first time it is seen: a million day counts then add into typed arrays at
 * known offsets instead of looking up and growing an object per name. Whole counts stay exact in a
 * Float64Array (below 2^53, as in any JS number).
 */
export class TallyRows {
  /** Names in the order first seen; a row's id is its position here. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private lastName: string | undefined;
  private lastId = -1;
  sums: Float64Array;

  constructor(
    /** Sums per row. */
    readonly width: number,
    initialRows = 64,
  ) {
    this.sums = new Float64Array(width * initialRows);
  }

  /**
   * The offset of `name`'s row in `sums`, made (zero) when missing. Records come grouped by agent
   * or day, so the last name is checked before the map.
   */
  offsetOf(name: string): number {
    if (name === this.lastName) return this.lastId * this.width;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
      if ((id + 1) * this.width > this.sums.length) {
        const grown = new Float64Array(this.sums.length * 2);
        grown.set(this.sums);
        this.sums = grown;
      }
    }
    this.lastName = name;
    this.lastId = id;
    return id * this.width;
  }
}
