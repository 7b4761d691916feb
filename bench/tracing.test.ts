import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/test/db.ts';
import { tracingSizes, tracingSuite } from './suites/tracing.ts';

// A tiny run inside `npm test`, so the benchmark cannot rot between real runs.
describe('bench: tracing (tiny)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('should ingest the evidence over HTTP and COPY, find every case its candidates, and agree with the joins', async () => {
    const size = tracingSizes.tiny;
    const metrics = await tracingSuite({ ...database, dispose: async () => {} }, size);
    const value = (name: string) => metrics.find((m) => m.metric === name)?.value;
    expect(value('venue_scans_stored')).toBe(size.persons * size.days * size.scansPerDay);
    expect(value('venue_scan_api_request_errors')).toBe(0);
    expect(value('location_api_request_errors')).toBe(0);
    expect((value('location_rows_bulk_copy') ?? 0) + (value('location_rows_api_slice') ?? 0)).toBe(
      size.persons * size.days * 144,
    );
    expect(value('cases')).toBe(size.cases);
    // Everyone shares a home and a work cell with others, and scans where others scan.
    expect(value('venue_candidates_per_case')).toBeGreaterThan(0);
    expect(value('companion_candidates_per_case')).toBeGreaterThan(0);
    expect(value('venue_join_agrees')).toBe(1);
    expect(value('companion_join_agrees')).toBe(1);
    // The bench outbreak is one tree of linked cases: one cluster holding them all.
    expect(value('chain_cases')).toBe(size.chainCases);
    expect(value('chain_links')).toBe(size.chainCases - 1);
    expect(value('largest_cluster_cases')).toBe(size.chainCases);
    expect(metrics.every((m) => Number.isFinite(m.value))).toBe(true);
  });
});
