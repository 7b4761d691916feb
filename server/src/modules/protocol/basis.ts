import { Type } from '@sinclair/typebox';
import type { Protocol } from './protocol.repository.ts';

/**
 * Where a proposed date or action comes from: the protocol version and the rule (a path in its document,
 * such as "quarantine.groups.close_contact.centralizedDays"). Stored with the decision and shown with it.
 */
export interface Basis {
  protocolId: number;
  protocol: string;
  name: string;
  version: number;
  rule: string;
}

/** A Basis in a reply schema. */
export const BasisSchema = Type.Object({
  protocolId: Type.Integer(),
  protocol: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
  rule: Type.String(),
});

export function basisOf(protocol: Pick<Protocol, 'id' | 'code' | 'name' | 'version'>, rule: string): Basis {
  return { protocolId: protocol.id, protocol: protocol.code, name: protocol.name, version: protocol.version, rule };
}
