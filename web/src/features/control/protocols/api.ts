import { api } from '../../../app/api/client';
import type { ProtocolDocument } from '../../../../../server/src/modules/protocol/document.ts';
import type { Protocol } from '../../../../../server/src/modules/protocol/protocol.repository.ts';

export type { ProtocolDocument, Protocol };
export type ProtocolSummary = Omit<Protocol, 'document'>;

/** Every version of every protocol, newest first within each. */
export function fetchProtocols(signal: AbortSignal): Promise<ProtocolSummary[]> {
  return api.get<ProtocolSummary[]>('/protocols', { signal });
}

export function fetchProtocol(id: number, signal: AbortSignal): Promise<Protocol> {
  return api.get<Protocol>(`/protocols/${id}`, { signal });
}

/** Puts a version in force. */
export const activateProtocol = (id: number) => api.post<Protocol>(`/protocols/${id}/activate`);

/** Makes the document the protocol's next version, in force. */
export const reviseProtocol = (code: string, document: unknown) => api.put<Protocol>(`/protocols/${code}`, document);
