import type { Static } from '@sinclair/typebox';
import { api } from '../../../app/api/client';
import type {
  AssignStaffBody,
  Board as BoardSchema,
  BulkRoomsBody,
  Room,
  RoomStatusBody,
  Site,
  StaffMember,
  Summary,
  UpdateRoomBody,
} from '../../../../../server/src/modules/quarantine/sites.schema.ts';

export type {
  Occupancy,
  Room,
  Site,
  StaffMember,
  Summary,
} from '../../../../../server/src/modules/quarantine/sites.schema.ts';
export type {
  RoomKind,
  RoomStatus,
  SettableRoomStatus,
  StaffRole,
} from '../../../../../server/src/modules/quarantine/vocabulary.ts';
export {
  roomKinds,
  roomStatuses,
  settableRoomStatuses,
  staffRoles,
} from '../../../../../server/src/modules/quarantine/vocabulary.ts';

export type Board = Static<typeof BoardSchema>;
/** Bulk creation: firstRoom has a default on the server. */
export type BulkRooms = Omit<BulkRoomsBody, 'firstRoom'> & { firstRoom?: number };

/** Sites of the user's jurisdiction with their occupancy and staff. */
export async function fetchSites(signal: AbortSignal): Promise<Site[]> {
  return (await api.get<{ items: Site[] }>('/isolation-sites', { signal })).items;
}

/** Occupancy and rooms per 10,000 residents for the jurisdiction (or a region), with the target. */
export function fetchSummary(regionId: number | undefined, signal: AbortSignal): Promise<Summary> {
  return api.get<Summary>('/isolation-sites/summary', { query: { regionId }, signal });
}

export function fetchBoard(siteId: number, signal: AbortSignal): Promise<Board> {
  return api.get<Board>(`/isolation-sites/${siteId}/board`, { signal });
}

/** Creates rooms floor by floor; numbers the site already has are refused (ROOM_NUMBER_TAKEN). */
export function createRooms(siteId: number, body: BulkRooms): Promise<{ created: number }> {
  return api.post<{ created: number }>(`/isolation-sites/${siteId}/rooms`, body);
}

export function updateRoom(roomId: number, change: UpdateRoomBody): Promise<Room> {
  return api.patch<Room>(`/isolation-rooms/${roomId}`, change);
}

/** Free, to be cleaned or out of service; an occupied room is refused. */
export function setRoomStatus(roomId: number, body: RoomStatusBody): Promise<Room> {
  return api.post<Room>(`/isolation-rooms/${roomId}/status`, body);
}

export async function fetchStaff(siteId: number, signal: AbortSignal): Promise<StaffMember[]> {
  return (await api.get<{ items: StaffMember[] }>(`/isolation-sites/${siteId}/staff`, { signal })).items;
}

export async function assignStaff(siteId: number, body: AssignStaffBody): Promise<StaffMember[]> {
  return (await api.put<{ items: StaffMember[] }>(`/isolation-sites/${siteId}/staff`, body)).items;
}

export function removeStaff(siteId: number, userId: number): Promise<void> {
  return api.delete(`/isolation-sites/${siteId}/staff/${userId}`);
}
