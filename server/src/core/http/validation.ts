import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '../errors.ts';

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

/** Turns ajv errors into field paths a user can act on, e.g. "body.roles[1]". */
export function fieldErrors(part: string, errors: ErrorObject[]): FieldError[] {
  return errors.map((error) => {
    const base = part + error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties') {
      return { path: `${base}.${String(params.additionalProperty)}`, message: 'unknown field' };
    }
    if (error.keyword === 'required') {
      return { path: `${base}.${String(params.missingProperty)}`, message: 'is required' };
    }
    return { path: base, message: error.message ?? error.keyword };
  });
}
