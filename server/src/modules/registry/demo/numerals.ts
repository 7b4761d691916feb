const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals for 1-99 as used in names: 三 (三组), 十二 (第十二网格), 二十一. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones === 0 ? '' : (digits[ones] ?? '');
  if (tens === 0) return onesText;
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${onesText}`;
}
