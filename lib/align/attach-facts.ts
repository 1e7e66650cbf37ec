// Facts, not sentences: a claim that states a fact already grouped across sources joins that
// group too, even though the matching put it elsewhere (a lead restates the headline's fact and
// states a second one). It joins when its mean P(same) to the group's members reaches the
// threshold and its source is not in the group yet; a claim left alone that joins is no longer
// a fact of its own. Cost: claims × multi-source groups cohesion reads, each cached.
import type { AlignedGroup, Cohesion } from "./build-groups";

/** The units (source, index) that unit (source, index) has a nonzero pair score with. */
export type Partners = (source: number, index: number) => readonly (readonly [number, number])[];

/**
 * `partners`, when given, names every unit a unit has a nonzero pair score with: only groups that
 * hold one of them are read, which is the same answer when cohesion is a mean of those scores.
 */
export function attachFacts(groups: readonly AlignedGroup[], cohesion: Cohesion, threshold: number, partners?: Partners): AlignedGroup[] {
  const multi = groups.filter((g) => g.members.length > 1);
  const members = new Map(multi.map((g) => [g, new Map(g.members.map((m) => [m.source, new Set(m.indices)]))]));
  const groupsOf = new Map<string, AlignedGroup[]>();
  for (const g of multi) for (const m of g.members) for (const i of m.indices) {
    const key = `${m.source}.${i}`;
    if (!groupsOf.has(key)) groupsOf.set(key, []);
    groupsOf.get(key)!.push(g);
  }
  const reachable = (source: number, index: number): readonly AlignedGroup[] =>
    partners ? [...new Set(partners(source, index).flatMap(([s, i]) => groupsOf.get(`${s}.${i}`) ?? []))] : multi;
  const absorbed = new Set<AlignedGroup>();
  const joins: { group: AlignedGroup; source: number; index: number }[] = [];
  for (const own of groups) {
    const single = own.members.length === 1 && own.members[0]!.indices.length === 1;
    for (const m of own.members) {
      for (const index of m.indices) {
        const mine = new Map([[m.source, new Set([index])]]);
        for (const group of reachable(m.source, index)) {
          if (group === own || members.get(group)!.has(m.source)) continue;
          if (cohesion(mine, members.get(group)!) < threshold) continue;
          joins.push({ group, source: m.source, index });
          if (single) absorbed.add(own);
        }
      }
    }
  }
  for (const { group, source, index } of joins) {
    const member = group.members.find((x) => x.source === source);
    if (!member) group.members.push({ source, indices: [index] });
    else if (!member.indices.includes(index)) member.indices.push(index);
  }
  for (const group of multi) {
    group.members.sort((a, b) => a.source - b.source);
    for (const m of group.members) m.indices.sort((a, b) => a - b);
  }
  return groups.filter((g) => !absorbed.has(g));
}
