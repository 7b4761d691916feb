/** One worker as pasted: the line it stands on (1-based, counting blank lines), ID number and optional post. */
export type WorkerLine = { line: number; idNumber: string; post?: string };
/** A line left out, by this page (id_invalid, post_too_long) or by the server (id_invalid, unknown_person). */
export type LineRejection = { line: number; reason: string };

export const MAX_WORKERS = 1_000;
const MAX_POST = 50;
// The server takes 15-digit (old) and 18-digit ID numbers; its own check of the digits follows.
const ID_LENGTH = /^[0-9Xx]{15,18}$/;

/**
 * Reads pasted text: one worker a line, "ID number" or "ID number,post" (a Chinese comma or a tab also
 * separates). Blank lines are skipped; lines this page can already tell are wrong are set aside.
 */
export function parseWorkerLines(text: string): { workers: WorkerLine[]; invalid: LineRejection[] } {
  const workers: WorkerLine[] = [];
  const invalid: LineRejection[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cut = raw.search(/[,，\t]/);
    const idNumber = (cut < 0 ? raw : raw.slice(0, cut)).replace(/\s/g, '').toUpperCase();
    const post = cut < 0 ? '' : raw.slice(cut + 1).trim();
    if (!ID_LENGTH.test(idNumber)) invalid.push({ line, reason: 'id_invalid' });
    else if (post.length > MAX_POST) invalid.push({ line, reason: 'post_too_long' });
    else workers.push(post ? { line, idNumber, post } : { line, idNumber });
  });
  return { workers, invalid };
}
