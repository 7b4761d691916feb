import type { QuarantineGroup } from '../protocol/document.ts';
import type { HomeConditionKey, RoomStatus } from './vocabulary.ts';

/** [zh-CN, en] words for error messages: a refusal names things the way the reader's interface does. */
type Words = readonly [string, string];

export const groupWords: Record<QuarantineGroup, Words> = {
  close_contact: ['密切接触者', 'close contacts'],
  secondary_contact: ['密接的密接', 'secondary contacts'],
  high_risk_area: ['高风险区人员', 'persons from high-risk areas'],
  inbound: ['入境人员', 'inbound travellers'],
};

export const roomStatusWords: Record<RoomStatus, Words> = {
  free: ['空闲', 'free'],
  occupied: ['已入住', 'occupied'],
  cleaning: ['待清洁消毒', 'being cleaned'],
  out_of_service: ['停用', 'out of service'],
};

export const homeConditionWords: Record<HomeConditionKey, Words> = {
  singleRoom: ['单独房间', 'a room of their own'],
  ownBathroom: ['独立卫生间', 'their own bathroom'],
  noVulnerableCohabitants: ['无老幼病孕等同住人员', 'no vulnerable person living with them'],
  caregiverIfNeeded: ['需要时有照护人', 'a caregiver where one is needed'],
};

/** Why a room cannot take a person, for ROOM_UNAVAILABLE's {reasonZh}/{reasonEn}. */
export const roomRefusals = {
  full: ['已满', 'is full'],
  cleaning: ['待清洁消毒，尚未空闲', 'is being cleaned and not free yet'],
  out_of_service: ['已停用', 'is out of service'],
  otherSite: ['不属于所选隔离点', 'belongs to another site'],
  same: ['即为当前所住房间', 'is the room the person is in now'],
  bedsBelowPersons: ['入住人数多于床位数', 'would have fewer beds than persons in it'],
} as const satisfies Record<string, Words>;

/** ROOM_UNAVAILABLE's parameters. */
export function roomRefusal(room: string, reason: keyof typeof roomRefusals): Record<string, string> {
  const [reasonZh, reasonEn] = roomRefusals[reason];
  return { room, reasonZh, reasonEn };
}
