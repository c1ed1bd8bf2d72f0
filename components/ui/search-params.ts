/** The `after` cursor from a page's search params, or undefined. */
export async function afterParam(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<string | undefined> {
  const value = (await searchParams).after;
  return typeof value === "string" && /^[a-z0-9]{1,40}$/i.test(value) ? value : undefined;
}
