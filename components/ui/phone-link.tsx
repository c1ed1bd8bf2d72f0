import { formatPhone, telHref } from "@/lib/domain/phone";

/** A stored (E.164) number as a link that dials it: national format for France, international otherwise. */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={telHref(phone)} className="whitespace-nowrap">
      {formatPhone(phone)}
    </a>
  );
}
