import { placeTypes } from '../registry/vocabulary.ts';

/* Plain data: the web app imports these too. */

/** How a checklist item is answered: yes or no, a figure, or one of its choices. */
export const itemKinds = ['yes_no', 'number', 'choice'] as const;
export type ItemKind = (typeof itemKinds)[number];

/**
 * What a checklist is for: a place type of the registry, 'community' for a region node (社区, 小区, a street),
 * or 'general' for the kinds of place without a list of their own.
 */
export const checklistTargetKinds = [...placeTypes, 'community', 'general'] as const;
export type ChecklistTargetKind = (typeof checklistTargetKinds)[number];

export const findingSeverities = ['minor', 'major', 'critical'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/** open → fixed on the spot (现场整改, with a photo) or ordered (交办, by a rectification order). */
export const findingDispositions = ['open', 'fixed_on_spot', 'ordered'] as const;
export type FindingDisposition = (typeof findingDispositions)[number];

export const planStatuses = ['planned', 'done', 'cancelled'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** What a person does for a unit (单位): its liaison officer (防疫联络员), a manager, other staff. */
export const unitDuties = ['liaison', 'manager', 'staff'] as const;
export type UnitDuty = (typeof unitDuties)[number];

export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof photoTypes)[number];

/** A phone photo, resized or not, stays well under this. */
export const photoLimitBytes = 8 * 1024 * 1024;

/** An item's weight: 1 (a detail) to 5 (a core measure). */
export const maxItemWeight = 5;
