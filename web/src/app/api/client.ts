import { getLanguage, i18n } from '../i18n';

const BASE = '/api/v1';

export type FieldError = { path: string; message: string };

/** RFC 9457 problem details as the server sends them. */
type Problem = {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  errors?: FieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Human-readable, already in the user's language: safe to show as is. */
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(status: number, problem: Problem) {
    const detail = problem.detail ?? problem.title ?? i18n.t('errors.http', { status });
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? 'HTTP_ERROR';
    this.detail = detail;
    this.errors = problem.errors ?? [];
  }
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type RequestOptions = { query?: Query; body?: unknown; signal?: AbortSignal };

let unauthorizedHandler: (() => void) | undefined;

/** Called when the server says the session is gone, so the app can send the user to /login. */
export function onUnauthorized(handler: () => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = undefined;
  };
}

/** The address of an API path, for what is not fetched here (e.g. a download link). */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return {};
  try {
    return (await response.json()) as Problem;
  } catch {
    return {};
  }
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': getLanguage(),
  };
  const { body } = options;
  // A FormData body goes as multipart: the browser writes the Content-Type with its boundary.
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, { code: 'NETWORK_ERROR', detail: i18n.t('errors.network') });
  }

  if (!response.ok) {
    if (response.status === 401) unauthorizedHandler?.();
    throw new ApiError(response.status, await readProblem(response));
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The one way the web app talks to the server: JSON in and out (or FormData up), errors as ApiError. */
export const api = {
  get: <T>(path: string, options?: { query?: Query; signal?: AbortSignal }) => request<T>('GET', path, options),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
};
