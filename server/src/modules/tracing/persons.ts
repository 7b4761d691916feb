import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { pathInScope } from '../regions/regions.service.ts';
import { residentsByIdNumbers } from '../registry/residents.repository.ts';

/** Where a case or contact belongs: their registry record when there is one, else a region of the caller. */
export interface PersonPlace {
  residentId: number | null;
  gridId: number | null;
  path: string;
}

/**
 * Places a person in the jurisdiction: a resident found by ID number takes their grid; anyone else (a
 * traveller, a resident of another city) needs the region they belong to, within the caller's reach.
 */
export async function placePerson(
  db: Executor,
  actor: Actor,
  person: { idNumber?: string | null; regionId?: number | undefined },
): Promise<PersonPlace> {
  const idNumber = person.idNumber?.toUpperCase();
  const [resident] =
    idNumber && /^\d{17}[\dX]$/.test(idNumber) ? await residentsByIdNumbers(db, actor, [idNumber]) : [];
  if (resident) return { residentId: resident.id, gridId: resident.grid_id, path: resident.path };
  if (person.regionId === undefined) throw new AppError('PERSON_REGION_REQUIRED');
  const region = await pathInScope(db, actor, person.regionId);
  if (!region) throw notFound();
  return { residentId: null, gridId: region.levelKey === 'grid' ? person.regionId : null, path: region.path };
}
