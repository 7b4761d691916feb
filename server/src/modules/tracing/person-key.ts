/**
 * The key naming one person across tracing records: the ID number when known, else the phone. Contacts,
 * suggestions and cases are matched on it, so the same person and source is never entered twice.
 */
export function personKey(person: { idNumber?: string | null; phone?: string | null }): string | null {
  const idNumber = person.idNumber?.trim().toUpperCase();
  if (idNumber) return `id:${idNumber}`;
  const phone = person.phone?.replace(/[\s-]/g, '');
  return phone ? `ph:${phone}` : null;
}
