import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '../errors.ts';
import type { Lang } from './messages.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerceTypes: boolean): Ajv {
  // Unknown fields are rejected, never silently dropped (every body schema says additionalProperties: false).
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes, strict: false });
  return addFormats(ajv);
}

// Bodies are JSON and must carry the right types; query strings and params are text and are coerced.
const bodyAjv = makeAjv(false);
const textAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema);
};

type Params = Record<string, unknown>;

// Messages for the schema keywords our routes use, [zh-CN, en]; others fall back to ajv's English.
const keywordMessages: Record<string, (p: Params) => [string, string]> = {
  additionalProperties: () => ['未知字段', 'unknown field'],
  required: () => ['必填', 'is required'],
  type: (p) => [`类型应为 ${String(p.type)}`, `must be ${String(p.type)}`],
  minLength: (p) => [`至少 ${String(p.limit)} 个字符`, `must have at least ${String(p.limit)} characters`],
  maxLength: (p) => [`最多 ${String(p.limit)} 个字符`, `must have at most ${String(p.limit)} characters`],
  minimum: (p) => [`不能小于 ${String(p.limit)}`, `must be >= ${String(p.limit)}`],
  maximum: (p) => [`不能大于 ${String(p.limit)}`, `must be <= ${String(p.limit)}`],
  minItems: (p) => [`至少 ${String(p.limit)} 项`, `must have at least ${String(p.limit)} items`],
  maxItems: (p) => [`最多 ${String(p.limit)} 项`, `must have at most ${String(p.limit)} items`],
  uniqueItems: () => ['不能有重复项', 'must not contain duplicates'],
  minProperties: () => ['至少填写一项', 'must change at least one field'],
  pattern: () => ['格式不正确', 'has an invalid format'],
  format: (p) => [`格式应为 ${String(p.format)}`, `must be a valid ${String(p.format)}`],
  const: () => ['取值不在允许范围内', 'is not an allowed value'],
  anyOf: () => ['取值不在允许范围内', 'is not an allowed value'],
};

/** Turns ajv errors into field paths a user can act on, e.g. "body.roles[1]", in the request's language. */
export function fieldErrors(part: string, errors: ErrorObject[], lang: Lang): FieldError[] {
  const index = lang === 'en' ? 1 : 0;
  // anyOf/union failures also report each branch's failure; the union's own error says it all.
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors
    .filter((error) => error.keyword === 'anyOf' || !unions.has(error.instancePath))
    .map((error) => {
      const base = part + error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
      const params = error.params as Params;
      const message = keywordMessages[error.keyword]?.(params)[index] ?? error.message ?? error.keyword;
      if (error.keyword === 'additionalProperties')
        return { path: `${base}.${String(params.additionalProperty)}`, message };
      if (error.keyword === 'required') return { path: `${base}.${String(params.missingProperty)}`, message };
      return { path: base, message };
    });
}
