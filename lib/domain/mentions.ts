// @mentions in internal notes. The note's text keeps each mention as a token,
// `@[Camille Martin](user-id)`, inserted by the note box's "@" picker: the name is what
// readers see, the id is who is told. Pure: the data function checks that each id is a
// colleague who may see the request (lib/domain/followers.ts) before saving.

/** A mention token: the name shown (no brackets, no line break) and the user id. */
const TOKEN = /@\[([^\]\n]{1,80})\]\(([A-Za-z0-9]{1,40})\)/g;
/** At most this many people told by one note (a note is not a mailing list). */
export const MENTIONS_MAX = 10;

export type NoteSegment = { text: string } | { mention: { name: string; id: string } };

/** The distinct user ids a text mentions, in order of first mention. */
export function parseMentions(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(TOKEN)) if (!ids.includes(match[2]!)) ids.push(match[2]!);
  return ids;
}

/** The text cut into plain runs and mentions, for display. */
export function noteSegments(body: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let at = 0;
  for (const match of body.matchAll(TOKEN)) {
    if (match.index > at) segments.push({ text: body.slice(at, match.index) });
    segments.push({ mention: { name: match[1]!, id: match[2]! } });
    at = match.index + match[0].length;
  }
  if (at < body.length) segments.push({ text: body.slice(at) });
  return segments;
}

/** The token the picker inserts for a colleague (brackets in a name would end it early: dropped). */
export function mentionToken(person: { id: string; name: string }): string {
  return `@[${person.name.replace(/[[\]\n]/g, "").slice(0, 80)}](${person.id})`;
}

/** What the "@" typed so far asks for: the words after the last "@" at a word start, or null. */
export function mentionQuery(textBeforeCaret: string): { start: number; text: string } | null {
  const found = /(^|\s)@([^\s@[\]()]{0,40})$/.exec(textBeforeCaret);
  if (!found) return null;
  return { start: textBeforeCaret.length - found[2]!.length - 1, text: found[2]! };
}
