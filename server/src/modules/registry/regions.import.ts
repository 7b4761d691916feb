import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { importRegion } from '../regions/regions.service.ts';
import { type BatchOutcome, type ImportHandler, optional, type ParsedRow, required } from './import/handler.ts';
import type { FieldProblem } from './import/reasons.ts';

export interface RegionInput {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export function parseRegion(values: Record<string, string>): RegionInput | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const code = required(values, 'code', problems);
  const name = required(values, 'name', problems);
  const level = required(values, 'level', problems);
  return problems.length ? problems : { code, name, level, parentCode: optional(values, 'parentCode') };
}

const rejectedField = {
  unknown_level: 'level',
  level_order: 'level',
  unknown_parent: 'parentCode',
  outside_jurisdiction: 'code',
  name_taken: 'name',
} as const satisfies Record<string, keyof RegionInput>;

/** The administrative tree by code, parents before children (the order ledgers list them in). */
export const regionImport: ImportHandler<RegionInput> = {
  parse: parseRegion,
  key: (input) => input.code,
  ordered: true,
  async write(trx: Executor, actor: Actor, rows: ParsedRow<RegionInput>[]): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, rejections: [] };
    for (const { row, input } of rows) {
      const result = await importRegion(trx, actor, input);
      if (result === 'inserted' || result === 'updated' || result === 'unchanged') outcome[result] += 1;
      else {
        const field = rejectedField[result];
        outcome.rejections.push({ row, field, value: input[field] ?? '', reason: result });
      }
    }
    return outcome;
  },
};
