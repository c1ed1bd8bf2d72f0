import { isRecordId } from "@/lib/schemas/fields";

/** The `after` cursor from a page's search params, or undefined. */
export async function afterParam(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<string | undefined> {
  const value = (await searchParams).after;
  return isRecordId(value) ? value : undefined;
}
