/** Keyset pagination: fetch one row more than the page to know whether a next page exists. */
export const PAGE_SIZE = 50;

export function cursorArgs(after: string | undefined, pageSize = PAGE_SIZE): { cursor?: { id: string }; skip?: number; take: number } {
  return after ? { cursor: { id: after }, skip: 1, take: pageSize + 1 } : { take: pageSize + 1 };
}

export function toPage<T extends { id: string }>(rows: T[], pageSize = PAGE_SIZE) {
  const hasMore = rows.length > pageSize;
  const items = hasMore ? rows.slice(0, pageSize) : rows;
  return { items, nextCursor: hasMore ? items[items.length - 1].id : null };
}
