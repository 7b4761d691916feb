/** What a list or record shows for a value that was never recorded. */
export const orDash = (value: string | null) => value ?? '—';
