import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  maskIdNumber,
  maskName,
  maskPhone,
  parseIdNumber,
  parsePhone,
  upgradeLegacyIdNumber,
} from './id-number.ts';

describe('ID numbers (GB 11643)', () => {
  it('should accept the standard example and read birth date and sex', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'F',
    });
    expect(parseIdNumber(' 11010519491231002x ')).toMatchObject({ idNumber: '11010519491231002X' });
  });

  it('should compute the check character, X included', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44052418800101001')).toBe('4');
  });

  it('should reject a wrong check character, an impossible date and a bad format', () => {
    expect(parseIdNumber('110105194912310021')).toBe('checksum');
    expect(parseIdNumber('110105194902300025')).toBe('birthDate');
    expect(parseIdNumber('110105299901010028')).toBe('birthDate');
    expect(parseIdNumber('11010519491231')).toBe('format');
  });

  it('should upgrade a 15-digit legacy number', () => {
    expect(upgradeLegacyIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(parseIdNumber('110105491231002')).toMatchObject({ idNumber: '11010519491231002X', sex: 'F' });
  });

  it('should mask for lists', () => {
    expect(maskIdNumber('43020319900101123X')).toBe('430***********123X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(['张三丰', '李四', '王', '欧阳明月'].map(maskName)).toEqual(['张*丰', '李*', '王', '欧**月']);
  });

  it('should accept mobile and landline phones only', () => {
    expect(parsePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(parsePhone('0731-22881234')).toBe('073122881234');
    expect(parsePhone('12345')).toBeNull();
    expect(parsePhone('12812345678')).toBeNull();
  });
});
