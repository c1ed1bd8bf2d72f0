// The folding the search matches on: the database keeps each searched column's key as
// lower(unaccent(text)) (a trigger, migration 20261203020000); a typed word is folded here
// the same way, so "lea" finds "Léa" and "LEFEVRE" finds "Lefèvre".
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D" };

export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[œŒæÆßøØłŁđĐ]/g, (c) => LIGATURES[c] ?? c)
    .toLowerCase();
}
