import { type Static, Type } from '@sinclair/typebox';

export const RegionRef = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  levelKey: Type.String(),
});
export type RegionRef = Static<typeof RegionRef>;

export const Region = Type.Object({
  id: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  levelId: Type.Integer(),
  levelKey: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  childCount: Type.Integer(),
});
export type Region = Static<typeof Region>;

export const RegionLevel = Type.Object({
  id: Type.Integer(),
  rank: Type.Integer(),
  key: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
});
export type RegionLevel = Static<typeof RegionLevel>;

const Code = Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9A-Za-z_-]+$' });
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const ListRegionsQuery = Type.Object(
  {
    parentId: Type.Optional(Type.Integer({ minimum: 1 })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type ListRegionsQuery = Static<typeof ListRegionsQuery>;

export const CreateRegionBody = Type.Object(
  {
    parentId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    levelId: Type.Integer({ minimum: 1 }),
    code: Type.Optional(Type.Union([Code, Type.Null()])),
    name: Name,
  },
  { additionalProperties: false },
);
export type CreateRegionBody = Static<typeof CreateRegionBody>;

export const UpdateRegionBody = Type.Object(
  {
    name: Type.Optional(Name),
    code: Type.Optional(Type.Union([Code, Type.Null()])),
    parentId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRegionBody = Static<typeof UpdateRegionBody>;

export const RegionParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type RegionParams = Static<typeof RegionParams>;
