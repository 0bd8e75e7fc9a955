/**
 * Rows of sums in one flat Float64Array, one row per (agent, team) pair: a million day counts then
 * add into typed arrays at known offsets instead of looking up and growing an object per name.
 * Whole counts stay exact in a Float64Array (below 2^53, as in any JS number) and in any order.
 */

/** Team ids this large and up would collide in a pair's key (no account has two million teams). */
const teamKeySpan = 2 ** 21;

/**
 * Rows of sums per (agent, team) pair, each pair, agent and team given a small integer id the first
 * time a record names it: a million day counts add into one pair row each, and the agent and team
 * rows are summed from the few thousand pairs afterwards. Records come grouped by agent, so the
 * last pair is checked before any map.
 */
export class AgentTeamPairs {
  /** Agents and teams in the order first seen; their ids are positions here. */
  readonly agents: string[] = [];
  readonly teams: string[] = [];
  private readonly agentIds = new Map<string, number>();
  private readonly teamIds = new Map<string, number>();
  /** Pair ids by `agentId * teamKeySpan + teamId + 1` (0 for no team). */
  private readonly pairIds = new Map<number, number>();
  agentOf: Int32Array = new Int32Array(64);
  /** -1 for a pair without a team. */
  teamOf: Int32Array = new Int32Array(64);
  count = 0;
  sums: Float64Array;
  private lastAgent: string | undefined;
  private lastTeam: string | undefined;
  private lastOffset = -1;

  constructor(readonly width: number) {
    this.sums = new Float64Array(width * 64);
  }

  /** The offset of the pair's row in `sums`, made (zero) when missing. */
  offsetOf(agent: string, team: string | undefined): number {
    if (this.lastOffset >= 0 && agent === this.lastAgent && team === this.lastTeam) {
      return this.lastOffset;
    }
    const agentId = idOf(agent, this.agentIds, this.agents);
    const teamId = team === undefined ? -1 : idOf(team, this.teamIds, this.teams);
    const key = agentId * teamKeySpan + teamId + 1;
    let pair = this.pairIds.get(key);
    if (pair === undefined) {
      pair = this.count;
      this.count += 1;
      this.pairIds.set(key, pair);
      if (pair >= this.agentOf.length) {
        this.agentOf = grown(this.agentOf);
        this.teamOf = grown(this.teamOf);
      }
      if ((pair + 1) * this.width > this.sums.length) {
        const sums = new Float64Array(this.sums.length * 2);
        sums.set(this.sums);
        this.sums = sums;
      }
      this.agentOf[pair] = agentId;
      this.teamOf[pair] = teamId;
    }
    this.lastAgent = agent;
    this.lastTeam = team;
    this.lastOffset = pair * this.width;
    return this.lastOffset;
  }
}

/** The id of `name` in `ids`, appended to `names` when new. */
function idOf(name: string, ids: Map<string, number>, names: string[]): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    ids.set(name, id);
  }
  return id;
}

/** `array` copied into one twice its length. */
function grown(array: Int32Array): Int32Array {
  const copy = new Int32Array(array.length * 2);
  copy.set(array);
  return copy;
}
