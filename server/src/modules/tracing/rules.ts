import type { Actor } from '../../core/auth/actor.ts';
import type { AuditContext } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { type Protocol, activeProtocol, protocolsById, reviseProtocol } from '../protocol/protocol.repository.ts';
import type { TracingRules } from '../protocol/tracing-rules.ts';

export { TracingRules } from '../protocol/tracing-rules.ts';

export interface ActiveRules {
  protocolId: number;
  protocolName: string;
  version: number;
  rules: TracingRules;
}

const tracingPart = (protocol: Protocol): ActiveRules => ({
  protocolId: protocol.id,
  protocolName: protocol.name,
  version: protocol.version,
  rules: protocol.document.tracing,
});

/** The tracing rules of the active protocol, with the version a decision records. */
export async function activeTracingRules(db: Executor): Promise<ActiveRules> {
  return tracingPart(await activeProtocol(db));
}

/** The tracing rules of given protocol versions (those decisions recorded), by protocol id. */
export async function tracingRulesOf(db: Executor, protocolIds: number[]): Promise<Map<number, ActiveRules>> {
  const found = await protocolsById(db, protocolIds);
  return new Map([...found].map(([id, protocol]) => [id, tracingPart(protocol)]));
}

/** Changes the tracing rules: a new version of the active protocol, put in force (the old one stays). */
export async function reviseTracingRules(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  rules: TracingRules,
): Promise<ActiveRules> {
  const { code } = await activeProtocol(db);
  return tracingPart(await reviseProtocol(db, actor, audit, code, (document) => ({ ...document, tracing: rules })));
}
