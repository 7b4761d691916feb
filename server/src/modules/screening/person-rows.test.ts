import { describe, expect, it } from 'vitest';
import { checkCharacter } from '../registry/id-number.ts';
import { checkPersons } from './person-rows.ts';

const zone = 'Asia/Shanghai';
const first17 = '11010119900307123';
const valid = first17 + checkCharacter(first17);
const typo = first17 + (checkCharacter(first17) === '1' ? '2' : '1');

describe('checking the rows of a screening list', () => {
  it('should normalise what it takes: trimmed text, upper-case X, bare phone, times in the platform zone', () => {
    const withX = '11010119900307001';
    const id = withX + checkCharacter(withX);
    const { valid: taken, rejected } = checkPersons(
      [
        {
          row: 2,
          idNumber: ` ${id.toLowerCase()} `,
          name: ' 张三 ',
          phone: '+86 138-0013-8000',
          address: '',
          arrivedAt: '2022-05-01 10:20',
        },
      ],
      'risk_area_returnee',
      zone,
    );
    expect(rejected).toEqual([]);
    expect(taken).toEqual([
      {
        row: 2,
        idNumber: id,
        name: '张三',
        phone: '13800138000',
        address: null,
        fromArea: null,
        arrivedAt: '2022-05-01T02:20:00.000Z',
        note: null,
      },
    ]);
  });

  it('should name every problem of a row with its field, and refuse a repeated ID number', () => {
    const { valid: taken, rejected } = checkPersons(
      [
        { row: 1, idNumber: valid, name: '甲' },
        { row: 2, idNumber: typo, name: '', phone: '12345' },
        { row: 3, idNumber: '', name: '丙', arrivedAt: '2022-02-30 08:00' },
        { row: 4, idNumber: '11010120990101123X', name: '丁' },
        { row: 5, idNumber: valid, name: '甲' },
        { row: 6, idNumber: valid.slice(0, 10), name: '戊', note: 'x'.repeat(501) },
      ],
      'fever_clinic',
      zone,
    );
    expect(taken.map((p) => p.row)).toEqual([1]);
    expect(rejected).toEqual([
      { row: 2, field: 'idNumber', reason: 'id_checksum' },
      { row: 2, field: 'name', reason: 'required' },
      { row: 2, field: 'phone', reason: 'invalid' },
      { row: 3, field: 'idNumber', reason: 'required' },
      { row: 3, field: 'arrivedAt', reason: 'invalid' },
      { row: 4, field: 'idNumber', reason: 'id_birth_date' },
      { row: 5, field: 'idNumber', reason: 'duplicate' },
      { row: 6, field: 'idNumber', reason: 'id_format' },
      { row: 6, field: 'note', reason: 'too_long' },
    ]);
  });

  it('should take passport-like numbers from inbound travellers only, never a mistyped ID number', () => {
    const rows = [
      { row: 1, idNumber: 'e12345678', name: 'Anna' },
      { row: 2, idNumber: typo, name: 'Bob' },
    ];
    expect(checkPersons(rows, 'inbound_traveller', zone)).toMatchObject({
      valid: [{ row: 1, idNumber: 'E12345678' }],
      rejected: [{ row: 2, field: 'idNumber', reason: 'id_checksum' }],
    });
    expect(checkPersons(rows, 'pushed_list', zone).rejected).toContainEqual({
      row: 1,
      field: 'idNumber',
      reason: 'id_format',
    });
  });
});
