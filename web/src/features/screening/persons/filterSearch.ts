import { keyPersonStatuses } from '../api';
import type { KeyPersonFilter } from '../api';

/*
 * The persons tab keeps its filters in the address, so the lists tab links straight to a list's overdue or
 * unplaced persons, and a grid worker's phone comes back to the same view after a reload.
 */

const PERSONS = '/screening/persons';

const numberOf = (text: string | null) => {
  const value = text === null || text === '' ? NaN : Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
};

/** The filters an address names; anything malformed is left out. */
export function filterOfSearch(search: URLSearchParams): KeyPersonFilter {
  const status = keyPersonStatuses.find((s) => s === search.get('status'));
  const overdue = search.get('overdue');
  const escalation = numberOf(search.get('escalation'));
  return {
    listId: numberOf(search.get('listId')) || undefined,
    status,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    escalation: escalation !== undefined && escalation <= 2 ? escalation : undefined,
    gridId: numberOf(search.get('gridId')),
    q: search.get('q')?.trim() || undefined,
  };
}

/** The query string of the persons tab showing `filter`. */
export function searchOfFilter(filter: KeyPersonFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const personsPath = (filter: KeyPersonFilter) => `${PERSONS}${searchOfFilter(filter)}`;
