import type { HeapGraphModel } from "./heap-graph-model";

/**
 * Search by name: the frames' names first (a variable), then the labels of drawn references (an
 * attribute, a key), since a learner looking for `other` means `a.other` as much as a variable.
 * An exact name wins; without one, every name containing the query, ignoring case.
 */
export type NameMatch = { name: string; where: string; nodeId: string };

export type NameSearch = { matches: NameMatch[]; nodeIds: ReadonlySet<string> };

const NO_MATCH: NameSearch = { matches: [], nodeIds: new Set() };

export function findNames(model: HeapGraphModel, query: string): NameSearch {
  const wanted = query.trim();
  if (wanted === "") return NO_MATCH;
  const titles = new Map(model.nodes.map((node) => [node.id, node.kind === "frame" ? (node.function === null ? "global" : `in ${node.function}`) : node.object.type]));
  const candidates: NameMatch[] = [
    ...model.edges.filter((edge) => edge.kind === "name").map((edge) => ({ name: edge.label, where: titles.get(edge.source) ?? "", nodeId: edge.target })),
    ...model.edges
      .filter((edge) => edge.kind !== "name" && /^[A-Za-z_]/.test(edge.label))
      .map((edge) => ({ name: edge.label, where: `attribute of ${titles.get(edge.source) ?? "an object"}`, nodeId: edge.target })),
  ];
  const exact = candidates.filter((candidate) => candidate.name === wanted);
  const lower = wanted.toLowerCase();
  const matches = exact.length > 0 ? exact : candidates.filter((candidate) => candidate.name.toLowerCase().includes(lower));
  return { matches, nodeIds: new Set(matches.map((match) => match.nodeId)) };
}
