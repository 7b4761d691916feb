import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { nextOrderSerial } from './orders.repository.ts';

describe('the serial of a 交办单 number', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should count within a year and start again at 1 in the next', async () => {
    const { db } = database;
    expect([await nextOrderSerial(db, 2026), await nextOrderSerial(db, 2026)]).toEqual([1, 2]);
    expect(await nextOrderSerial(db, 2027)).toBe(1);
    expect(await nextOrderSerial(db, 2026)).toBe(3);
  });

  it('should give a serial back when the order is rolled back', async () => {
    const { db } = database;
    let taken = 0;
    const failed = db.transaction().execute(async (trx) => {
      taken = await nextOrderSerial(trx, 2028);
      throw new Error('the order failed');
    });
    await expect(failed).rejects.toThrow('the order failed');
    expect(taken).toBe(1);
    expect(await nextOrderSerial(db, 2028)).toBe(1);
  });
});
