interface PgError {
  code?: string;
  constraint?: string;
}

const codes = { unique: '23505', foreignKey: '23503', exclusion: '23P01' } as const;

/** The constraint a statement violated (unique, foreign key or exclusion), or null for other errors. */
export function violatedConstraint(error: unknown, kind: keyof typeof codes): string | null {
  const pgError = error as PgError;
  const code = codes[kind];
  return pgError.code === code ? (pgError.constraint ?? '') : null;
}
