import { type Static, Type } from '@sinclair/typebox';
import { literals } from '../../core/http/schema-helpers.ts';
import { Id } from '../tracing/cases.schema.ts';
import { unitDuties } from './vocabulary.ts';

export const UnitParams = Type.Object({ placeId: Id });
export const UnitMemberParams = Type.Object({ placeId: Id, userId: Id });

export const UnitMemberBody = Type.Object({ duty: literals(unitDuties) }, { additionalProperties: false });
export type UnitMemberBody = Static<typeof UnitMemberBody>;

export const UnitMember = Type.Object({
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  duty: literals(unitDuties),
  since: Type.String(),
});
export type UnitMember = Static<typeof UnitMember>;
