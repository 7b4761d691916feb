import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldError } from '../errors.ts';
import { fieldErrors } from './validation.ts';
import { langOf, messageFor } from './messages.ts';

/** Fastify's own error codes that are the client's fault, mapped to ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
};

// pg error codes meaning the database is not there (connection refused, shutting down, …).
const dbDownCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08006', '08001']);

function isDbDown(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code && dbDownCodes.has(code)) return true;
  const message = (error as Error).message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect/.test(message);
}

function toAppError(error: FastifyError | Error, request: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const lang = langOf(request.headers['accept-language']);
    const fields: FieldError[] = fieldErrors(fastifyError.validationContext ?? 'body', fastifyError.validation, lang);
    const details = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    return new AppError('VALIDATION_FAILED', { details }, fields);
  }
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) {
    return new AppError(mapped, {
      reason: fastifyError.message,
      limit: request.routeOptions.bodyLimit ?? 0,
      type: request.headers['content-type'] ?? '',
    });
  }
  if (isDbDown(error)) return new AppError('DB_UNAVAILABLE');
  return null;
}

/** Every error leaves as application/problem+json (RFC 9457) with a stable code and a localised detail. */
export function sendProblem(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error, request);
  if (!appError) request.log.error({ err: error }, 'unhandled error');
  const problem = appError ?? new AppError('INTERNAL');
  const { title, detail } = messageFor(problem.code, langOf(request.headers['accept-language']), problem.params);
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({
      type: `urn:fangkong:problem:${problem.code}`,
      title,
      status: problem.status,
      code: problem.code,
      detail,
      instance: request.url,
      ...(problem.fieldErrors.length > 0 ? { errors: problem.fieldErrors } : {}),
    });
}
