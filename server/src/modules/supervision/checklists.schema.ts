import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { Id } from '../tracing/cases.schema.ts';
import { checklistTargetKinds, itemKinds, maxItemWeight } from './vocabulary.ts';

const Key = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z0-9_]*$' });
const Text = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const ChoiceOption = Type.Object({ key: Key, textZh: Text, textEn: Text }, { additionalProperties: false });

/**
 * One checklist item. yes_no: `expected` is the passing answer; number: passing within `min`..`max` (either
 * may be absent, not both); choice: `choices` to pick from, `passing` the keys that pass.
 */
export const ChecklistItem = Type.Object(
  {
    key: Key,
    textZh: Text,
    textEn: Text,
    kind: literals(itemKinds),
    expected: Type.Optional(Type.Boolean()),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    unit: Type.Optional(Type.String({ maxLength: 20 })),
    choices: Type.Optional(Type.Array(ChoiceOption, { maxItems: 20 })),
    passing: Type.Optional(Type.Array(Key, { maxItems: 20 })),
    weight: Type.Integer({ minimum: 1, maximum: maxItemWeight }),
    /** A failure must be fixed at once (a critical finding). */
    mustFixNow: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ChecklistItem = Static<typeof ChecklistItem>;

const Items = Type.Array(ChecklistItem, { minItems: 1, maxItems: 100 });

export const TemplateParams = Type.Object({ templateId: Id });

export const ReviseBody = Type.Object(
  { items: Items, name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' })) },
  { additionalProperties: false },
);
export type ReviseBody = Static<typeof ReviseBody>;

export const CreateTemplateBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$' }),
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    targetKind: literals(checklistTargetKinds),
    items: Items,
  },
  { additionalProperties: false },
);
export type CreateTemplateBody = Static<typeof CreateTemplateBody>;

export const TemplateSummary = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  targetKind: Type.String(),
  activeVersion: Nullable(Type.Integer()),
  itemCount: Type.Integer(),
});
export type TemplateSummary = Static<typeof TemplateSummary>;

export const ChecklistVersion = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  active: Type.Boolean(),
  items: Type.Array(ChecklistItem),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type ChecklistVersion = Static<typeof ChecklistVersion>;

export const TemplateDetail = Type.Composite([
  TemplateSummary,
  Type.Object({ versions: Type.Array(ChecklistVersion) }),
]);
export type TemplateDetail = Static<typeof TemplateDetail>;
