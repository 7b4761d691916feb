/** One listed person as pasted: the line it stands on (1-based, counting blank lines) and the ID number. */
export type ListedId = { line: number; idNumber: string };
/** A line left out, by this page (id_invalid) or by the server (id_invalid, unknown_person, ...). */
export type ListRejection = { line: number; reason: string };

export const MAX_LISTED = 50_000;
// The server reads each entry as an ID number of at most 30 characters; longer lines are wrong already.
const MAX_ID = 30;

const linesOf = (text: string) => text.split(/\r?\n/);
const idOf = (raw: string) => raw.replace(/\s/g, '').toUpperCase();

/** Reads pasted text, one ID number a line; blank lines are skipped, overlong ones set aside. */
export function parseIdList(text: string): { listed: ListedId[]; invalid: ListRejection[] } {
  const listed: ListedId[] = [];
  const invalid: ListRejection[] = [];
  linesOf(text).forEach((raw, i) => {
    const idNumber = idOf(raw);
    if (idNumber === '') return;
    if (idNumber.length > MAX_ID) invalid.push({ line: i + 1, reason: 'id_invalid' });
    else listed.push({ line: i + 1, idNumber });
  });
  return { listed, invalid };
}

/** The lines of the list that are not blank: the persons it names. */
export function countListed(text: string): number {
  return linesOf(text).reduce((count, raw) => (raw.trim() === '' ? count : count + 1), 0);
}

/**
 * The ID numbers of a .txt or .csv file: the first column of each line (quotes dropped), the first line
 * left out when it is a header rather than an ID number.
 */
export function idNumbersOfFile(text: string): string[] {
  const ids = linesOf(text.replace(/^\uFEFF/, ''))
    .map((line) => idOf(line.split(/[,，;\t]/)[0] ?? '').replace(/^"|"$/g, ''))
    .filter((id) => id !== '');
  return ids.length > 0 && !/^\d+X?$/.test(ids[0] ?? '') ? ids.slice(1) : ids;
}
