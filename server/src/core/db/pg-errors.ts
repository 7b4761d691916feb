interface PgError {
  code?: string;
  constraint?: string;
}

/** The constraint a statement violated (unique 23505 or foreign key 23503), or null for other errors. */
export function violatedConstraint(error: unknown, kind: 'unique' | 'foreignKey'): string | null {
  const pgError = error as PgError;
  const code = kind === 'unique' ? '23505' : '23503';
  return pgError.code === code ? (pgError.constraint ?? '') : null;
}
