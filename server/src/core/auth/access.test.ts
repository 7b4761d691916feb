import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import type { App } from '../http/types.ts';
import { registerAccessControl } from './plugin.ts';

describe('access control', () => {
  it('should refuse to start with an API route that declares no access', async () => {
    const app = Fastify() as unknown as App;
    registerAccessControl(app, {} as Db, 1);
    expect(() => app.get('/api/v1/forgotten', async () => 'open')).toThrow('declares no access');
    expect(() => app.get('/api/v1/declared', { config: { access: 'public' } }, async () => 'open')).not.toThrow();
  });
});
