import dayjs from 'dayjs';
import type { User } from './api';

/** A lock lapses on its own, so a lockedUntil in the past is no lock. */
export function isLocked(user: User): boolean {
  return user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(dayjs());
}
