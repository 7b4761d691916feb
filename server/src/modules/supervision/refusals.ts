import { AppError, type FieldError } from '../../core/errors.ts';

/** INSPECTION_STATE: the plan, inspection or finding is not at the step asked for. */
export const stateRefusal = (zh: string, en: string) =>
  new AppError('INSPECTION_STATE', { reasonZh: zh, reasonEn: en });

/** VALIDATION_FAILED naming each field and what is wrong with it. */
export const invalidInput = (errors: FieldError[]) =>
  new AppError('VALIDATION_FAILED', { details: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }, errors);
