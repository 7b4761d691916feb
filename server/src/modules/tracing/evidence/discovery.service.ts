import type { Executor } from '../../../core/db/database.ts';
import type { TracingRules } from '../rules.ts';
import * as discovery from './discovery.repository.ts';
import { type ResidentMatch, residentsByIdNumber, residentsByPhone } from './evidence.repository.ts';
import { DAY_MS } from './partitions.ts';

export type { ResidentMatch } from './evidence.repository.ts';

/** A person who scanned in where and when the case was, with the scans that say so. */
export interface VenueCandidate {
  idNumber: string;
  /** The name the scans carry, else the resident's. */
  name: string | null;
  phone: string | null;
  /** The resident of that ID number, when the registry has them (any jurisdiction). */
  resident: ResidentMatch | null;
  evidence: { places: { placeId: number; placeName: string; scannedAt: string[]; entryId: number }[] };
  lastExposureAt: string;
}

/** A phone that kept company with the case's phone (时空伴随), cell by cell. */
export interface CompanionCandidate {
  phone: string;
  /** The one resident with that phone, when exactly one has it (any jurisdiction). */
  resident: ResidentMatch | null;
  evidence: {
    cells: { cell: string; minutesTogether: number; caseHours: number; otherHours: number; lastTogetherAt: string }[];
  };
  /** The last slot the two shared a cell (the slot's start, as the carriers floor it). */
  lastExposureAt: string;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const latest = (times: Date[]): string => new Date(Math.max(...times.map((t) => t.getTime()))).toISOString();

/**
 * Venue-scan contacts of a case: everyone who scanned in at a place of its trajectory within the
 * protocol's margin of the case's stay, except the case itself, one candidate per person.
 */
export async function venueCandidates(db: Executor, caseId: number, rules: TracingRules): Promise<VenueCandidate[]> {
  const me = await discovery.caseIdentity(db, caseId);
  if (!me) return [];
  const hits = await discovery.venueHits(db, caseId, me.idNumber, rules.venueMarginMinutes);
  const residents = await residentsByIdNumber(db, [...new Set(hits.map((h) => h.id_number))]);
  return [...groupBy(hits, (h) => h.id_number)].map(([idNumber, mine]) => {
    const resident = residents.get(idNumber) ?? null;
    return {
      idNumber,
      name: mine.find((h) => h.name !== null)?.name ?? resident?.name ?? null,
      phone: mine.find((h) => h.phone !== null)?.phone ?? null,
      resident,
      evidence: {
        places: mine.map((h) => ({
          placeId: h.place_id,
          placeName: h.place_name,
          scannedAt: h.scanned_at.map((t) => t.toISOString()),
          entryId: h.entry_id,
        })),
      },
      lastExposureAt: latest(mine.map((h) => h.exposure_at)),
    };
  });
}

const hours = (minutes: number) => Math.round((minutes * 100) / 60) / 100;

/**
 * Spatio-temporal companions of a case (时空伴随): phones that shared a cell with the case's phone (the
 * case's own, else its resident's) for more than minTogetherMinutes over the windowDays before `asOf`,
 * where either of the two spent more than minCellHours in that cell. None when the case has no phone.
 */
export async function companionCandidates(
  db: Executor,
  caseId: number,
  rules: TracingRules,
  asOf: Date = new Date(),
): Promise<CompanionCandidate[]> {
  const me = await discovery.caseIdentity(db, caseId);
  if (!me?.phone) return [];
  const { resolutionMinutes, minTogetherMinutes, minCellHours, windowDays } = rules.companion;
  const cells = await discovery.companionCells(db, {
    phone: me.phone,
    excluded: me.phones,
    from: new Date(asOf.getTime() - windowDays * DAY_MS),
    to: asOf,
    resolutionMinutes,
    minTogetherMinutes,
    minCellHours,
  });
  const residents = await residentsByPhone(db, [...new Set(cells.map((c) => c.phone))]);
  return [...groupBy(cells, (c) => c.phone)]
    .filter(([phone]) => residents.get(phone)?.idNumber !== me.idNumber)
    .map(([phone, mine]) => ({
      phone,
      resident: residents.get(phone) ?? null,
      evidence: {
        cells: mine.map((c) => ({
          cell: c.cell,
          minutesTogether: c.together_slots * resolutionMinutes,
          caseHours: hours(c.case_slots * resolutionMinutes),
          otherHours: hours(c.other_minutes),
          lastTogetherAt: c.last_together_at.toISOString(),
        })),
      },
      lastExposureAt: latest(mine.map((c) => c.last_together_at)),
    }));
}
