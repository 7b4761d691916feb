import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { type AuditContext, appendAudit } from './audit.ts';
import { verifyAuditChain } from './verify.ts';

const cli = path.resolve(import.meta.dirname, '../../../bin/fangkong.js');
const run = promisify(execFile);

async function auditVerifyCli(url: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, 'audit', 'verify'], {
      env: { ...process.env, DATABASE_URL: url },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the audit log', () => {
  let database: TestDatabase;
  const context: AuditContext = { actorId: 7, actorName: '张三', ip: '10.1.2.3' };

  const behindTheGuard = (statement: RawBuilder<unknown>) =>
    database.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
      await statement.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 1; i <= 5; i += 1) {
      await appendAudit(database.db, context, {
        action: 'resident.read',
        entity: 'resident',
        entityId: i,
        reason: '流调',
        summary: { i, 姓名: '李四' },
      });
    }
  });
  afterAll(() => database.drop());

  it('should chain each row to the previous one', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 5 });
  });

  it('should keep a single chain under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        appendAudit(database.db, context, { action: 'concurrent', entity: 'test', entityId: i }),
      ),
    );
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 45 });
  });

  it('should refuse UPDATE, DELETE and TRUNCATE from the application', async () => {
    await expect(sql`UPDATE audit_log SET reason = 'x' WHERE id = 1`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE id = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('should pass `fangkong audit verify` while intact', async () => {
    const result = await auditVerifyCli(database.url);
    expect(result).toMatchObject({ code: 0 });
    expect(result.output).toContain('45 rows verified');
  });

  it('should name the first row changed by someone who switched the guard off', async () => {
    // The table's owner (or a superuser) can disable the guard trigger: the tampering the chain exists to reveal.
    await behindTheGuard(sql`UPDATE audit_log SET summary = '{"i": 3, "姓名": "王五"}' WHERE id = 3`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, checked: 2, broken: { id: 3 } });
    const result = await auditVerifyCli(database.url);
    expect(result.code).toBe(1);
    expect(result.output).toContain('BROKEN at row 3');
  });

  it('should notice a deleted row', async () => {
    await behindTheGuard(sql`DELETE FROM audit_log WHERE id IN (3, 45)`);
    expect((await verifyAuditChain(database.db)).broken).toEqual({ id: 4, reason: 'rows 3..3 are missing' });
  });
});
