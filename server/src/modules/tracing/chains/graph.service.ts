import type { Actor } from '../../../core/auth/actor.ts';
import type { Db } from '../../../core/db/database.ts';
import { notFound } from '../../../core/errors.ts';
import type { CaseNode, ClusterGraph, ClusterGraphQuery, Overview } from './chains.schema.ts';
import { findCluster, largestClusters } from './clusters.repository.ts';
import { toCluster } from './clusters.service.ts';
import * as repo from './graph.repository.ts';

// Contact nodes beyond this many make a page unreadable and slow to lay out; the reply says when cut.
const CONTACT_CAP = 5_000;

const toNode = (row: repo.CaseNodeRow): CaseNode => ({
  id: row.id,
  code: row.code,
  name: row.name,
  classification: row.classification,
  generation: row.generation,
  onsetDate: row.onset_date,
  contactCount: row.contact_count,
});

/**
 * One page of a cluster's graph: its cases within the jurisdiction in generation, then onset order, the
 * links touching them (a far end on another page comes as a stub naming that page), and with
 * `withContacts` the direct contacts of the page's cases. Callable without HTTP (the bench times it).
 */
export async function clusterGraph(
  db: Db,
  actor: Actor,
  clusterId: number,
  query: ClusterGraphQuery,
): Promise<ClusterGraph> {
  if (!(await findCluster(db, actor, clusterId))) throw notFound();
  const { page, pageSize } = query;
  const offset = (page - 1) * pageSize;
  const [order, all] = await Promise.all([
    repo.clusterOrder(db, actor, clusterId),
    repo.clusterLinks(db, actor, clusterId),
  ]);
  const pageIds = order.slice(offset, offset + pageSize);
  const rank = new Map(order.map((id, i) => [id, i + 1]));
  const onPage = (id: number) => {
    const r = rank.get(id) ?? 0;
    return r > offset && r <= offset + pageSize;
  };
  const links: ClusterGraph['links'] = [];
  const far = new Set<number>();
  all.from.forEach((from, i) => {
    const to = all.to[i] ?? 0;
    // Both ends must be listed cases (one excluded since the last recomputation is not).
    if (!rank.has(from) || !rank.has(to) || (!onPage(from) && !onPage(to))) return;
    links.push({ from, to });
    if (!onPage(from)) far.add(from);
    if (!onPage(to)) far.add(to);
  });
  const stubIds = [...far].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const [rows, codes, contacts] = await Promise.all([
    repo.caseNodes(db, actor, pageIds),
    repo.caseCodes(db, actor, stubIds),
    query.withContacts ? repo.contactsOfCases(db, actor, pageIds, CONTACT_CAP + 1) : [],
  ]);
  rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return {
    total: order.length,
    page,
    pageSize,
    nodes: rows.map(toNode),
    links,
    stubs: stubIds.map((id) => ({ id, code: codes.get(id) ?? '', page: Math.ceil((rank.get(id) ?? 0) / pageSize) })),
    contacts: contacts
      .slice(0, CONTACT_CAP)
      .map((c) => ({ id: c.id, caseId: c.case_id, name: c.name, kind: c.kind, status: c.status })),
    contactsTruncated: contacts.length > CONTACT_CAP,
  };
}

/**
 * The collapsed graph of the jurisdiction: one node per active cluster (largest first), then the linked
 * cases in no cluster with the links among them, `limit` nodes in all.
 */
export async function overview(db: Db, actor: Actor, limit: number): Promise<Overview> {
  const clusters = await largestClusters(db, actor, limit + 1);
  const room = Math.max(0, limit - clusters.length);
  const cases = await repo.looseCases(db, actor, room + 1);
  const shown = cases.slice(0, room);
  return {
    clusters: clusters.slice(0, limit).map(toCluster),
    cases: shown.map(toNode),
    links:
      shown.length > 0
        ? await repo.linksAmong(
            db,
            shown.map((c) => c.id),
          )
        : [],
    truncated: clusters.length > limit || cases.length > room,
  };
}
