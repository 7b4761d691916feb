import { parseLedgerTime } from '../../../core/time/local-time.ts';
import { parseIdNumber, parsePhone } from '../../registry/id-number.ts';
import type { LedgerRow } from '../../registry/import/ledger-rows.ts';
import type { Classification, ContactKind, FoundVia, Milestone } from '../vocabulary.ts';
import { classificationWords, contactKindWords, foundViaWords, wordValue } from './import.fields.ts';

export interface Rejection {
  row: number;
  field: string;
  reason: string;
}

export interface LedgerPerson {
  row: number;
  name: string;
  idNumber: string;
  phone: string | null;
}

export interface LedgerCase extends LedgerPerson {
  classification: Classification;
  foundVia: FoundVia;
  onsetDate: string | null;
  sampledAt: string | null;
  foundAt: string;
  milestones: Partial<Record<Milestone, string>>;
}

export interface LedgerContact extends LedgerPerson {
  kind: ContactKind;
  caseCode: string;
  lastExposureAt: string | null;
}

/** Reads the cells of one row, collecting a rejection for each unreadable one. */
class RowReader {
  readonly problems: Rejection[] = [];
  constructor(
    private readonly source: LedgerRow,
    private readonly timeZone: string,
  ) {}

  private refuse(field: string, reason: string): null {
    this.problems.push({ row: this.source.row, field, reason });
    return null;
  }

  text(field: string, required: boolean): string | null {
    const value = this.source.values[field] ?? '';
    return value === '' ? (required ? this.refuse(field, 'required') : null) : value;
  }

  /** An 18-digit ID number with its check character, or a passport-like document number. */
  idNumber(): string | null {
    const raw = this.text('idNumber', true)?.toUpperCase();
    if (raw === undefined || raw === null) return null;
    const parsed = /^\d{15}(\d{2}[\dX])?$/.test(raw) ? parseIdNumber(raw) : raw;
    if (typeof parsed === 'object') return parsed.idNumber;
    return /^[0-9A-Z]{6,20}$/.test(raw) && !/^\d{15,18}X?$/.test(raw) ? raw : this.refuse('idNumber', 'invalid');
  }

  phone(): string | null {
    const raw = this.text('phone', false);
    return raw === null ? null : (parsePhone(raw) ?? this.refuse('phone', 'invalid'));
  }

  word<T extends string>(field: string, words: Record<string, T>): T | null {
    const raw = this.text(field, true);
    return raw === null ? null : (wordValue(words, raw) ?? this.refuse(field, 'unknown_value'));
  }

  /** A time that is not in the future, as an ISO instant. */
  time(field: string): string | null {
    const raw = this.text(field, false);
    if (raw === null) return null;
    const at = parseLedgerTime(raw, this.timeZone);
    return at && at.getTime() <= Date.now() + 60_000 ? at.toISOString() : this.refuse(field, 'invalid_time');
  }

  date(field: string): string | null {
    const at = this.time(field);
    return at && new Date(at).toLocaleDateString('sv-SE', { timeZone: this.timeZone });
  }

  person(): LedgerPerson | null {
    const name = this.text('name', true);
    const idNumber = this.idNumber();
    const phone = this.phone();
    return name && idNumber ? { row: this.source.row, name, idNumber, phone } : null;
  }
}

const milestoneFields = { reportedAt: 'reported', isolatedAt: 'isolated', treatedAt: 'treated' } as const;

/** A row of a case ledger, or the reasons it cannot be stored. */
export function caseOfRow(source: LedgerRow, timeZone: string): LedgerCase | Rejection[] {
  const read = new RowReader(source, timeZone);
  const person = read.person();
  const classification = read.word('classification', classificationWords);
  const foundVia = read.word('foundVia', foundViaWords);
  const onsetDate = read.date('onsetDate');
  const sampledAt = read.time('sampledAt');
  const times = Object.entries(milestoneFields).map(([field, milestone]) => ({
    field,
    milestone,
    at: read.time(field),
  }));
  // A ledger without a discovery time: the earliest time it does give stands for it.
  const foundAt = read.time('foundAt') ?? times.find((t) => t.at)?.at ?? sampledAt ?? new Date().toISOString();
  const milestones: LedgerCase['milestones'] = {};
  for (const { field, milestone, at } of times) {
    if (at && at < foundAt) read.problems.push({ row: source.row, field, reason: 'before_found' });
    else if (at) milestones[milestone] = at;
  }
  if (!person || !classification || !foundVia || read.problems.length > 0) return read.problems;
  return { ...person, classification, foundVia, onsetDate, sampledAt, foundAt, milestones };
}

/** A row of a contact ledger, or the reasons it cannot be stored. */
export function contactOfRow(source: LedgerRow, timeZone: string): LedgerContact | Rejection[] {
  const read = new RowReader(source, timeZone);
  const person = read.person();
  const kind = read.word('kind', contactKindWords);
  const caseCode = read.text('caseCode', true);
  const lastExposureAt = read.time('lastExposureAt');
  if (!person || !kind || !caseCode || read.problems.length > 0) return read.problems;
  return { ...person, kind, caseCode, lastExposureAt };
}
