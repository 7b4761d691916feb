import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../../test/world.ts';

describe('importing existing case and contact ledgers (台账)', () => {
  let world: World;
  let people: { id: number; id_number: string; name: string }[];

  const upload = (url: string, csv: string) => {
    const boundary = 'fk-ledger';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="台账.csv"\r\n\r\n`),
      iconv.encode(csv, 'gbk'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return world.t.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { cookie: world.cookieOf('office'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
  };

  beforeAll(async () => {
    world = await openWorld({ residents: 1_000, seed: 23 }, { office: { roles: ['tracing_staff'], scopeAll: true } });
    people = await world.t.db
      .selectFrom('resident')
      .select(['id', 'id_number', 'name'])
      .orderBy('id')
      .limit(6)
      .execute();
  });
  afterAll(() => world.t.close());

  it('should import a GBK case ledger, naming each bad row with its field and reason, and nothing twice', async () => {
    const [a, b, c] = people;
    const csv = [
      '姓名,身份证号,病例分类,发现途径,发病日期,发现时间,报告时间',
      `${a?.name},${a?.id_number},确诊病例,核酸筛查,2022-04-28,2022-04-30 08:00,2022-04-30 09:30`,
      `${b?.name},${b?.id_number},无症状感染者,管控人员中发现,,2022-04-30 10:00,`,
      `${c?.name},${c?.id_number},轻症,核酸筛查,,,`,
      `某人,110105194912310021,确诊,发热门诊,,,`,
      `入境者,E1234567,无症状,重点人群排查,,2022-04-30 11:00,2022-04-30 10:00`,
    ].join('\r\n');
    const first = await upload('/tracing/cases/import', csv);
    expect(first.json()).toEqual({
      created: 2,
      already: 0,
      rejected: [
        { row: 4, field: 'classification', reason: 'unknown_value' },
        { row: 5, field: 'idNumber', reason: 'invalid' },
        { row: 6, field: 'reportedAt', reason: 'before_found' },
      ],
    });
    expect((await upload('/tracing/cases/import', csv)).json()).toMatchObject({ created: 0, already: 2 });
    const cases = (await world.call('office', 'GET', '/tracing/cases')).json().items;
    const caseA = cases.find((x: { name: string }) => x.name === a?.name);
    expect(caseA).toMatchObject({
      classification: 'confirmed',
      foundVia: 'mass_testing',
      onsetDate: '2022-04-28',
      foundAt: '2022-04-30T00:00:00.000Z',
      reportedAt: '2022-04-30T01:30:00.000Z',
    });
  });

  it('should import a contact ledger linked by case code, refusing unknown codes and missing columns', async () => {
    const cases = (await world.call('office', 'GET', '/tracing/cases')).json().items;
    const code = cases.find((x: { name: string }) => x.name === people[0]?.name).code;
    const [, , , d, e] = people;
    const csv = [
      '姓名,身份证号,接触类别,关联病例编号,末次接触时间',
      `${d?.name},${d?.id_number},密切接触者,${code},2022-04-29 18:00`,
      `${e?.name},${e?.id_number},次密接,${code},`,
      `${d?.name},${d?.id_number},密接,BL202299999,`,
    ].join('\r\n');
    const first = await upload('/tracing/contacts/import', csv);
    expect(first.json()).toEqual({
      created: 2,
      already: 0,
      rejected: [{ row: 4, field: 'caseCode', reason: 'not_found' }],
    });
    expect((await upload('/tracing/contacts/import', csv)).json()).toMatchObject({ created: 0, already: 2 });
    const contacts = (await world.call('office', 'GET', '/tracing/contacts')).json().items;
    expect(contacts.map((x: { kind: string; foundVia: string }) => [x.kind, x.foundVia]).sort()).toEqual([
      ['close', 'ledger'],
      ['secondary', 'ledger'],
    ]);
    const missing = await upload('/tracing/contacts/import', '姓名,身份证号\r\n张三,110105194912310021');
    expect(missing.json()).toMatchObject({
      code: 'IMPORT_COLUMNS_MISSING',
      detail: expect.stringContaining('接触类别'),
    });
  });
});
