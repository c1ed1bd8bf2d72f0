// Where sign-in goes on to: a link in an email (a booking link) opens the sign-in page with
// `?next=<path>`. Only a path of this portal: never another host ("//evil.example",
// "/\evil.example"), never a scheme, only the characters our own paths use.

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 300) return null;
  if (!/^\/[A-Za-z0-9_\-./?=&%~]*$/.test(value)) return null;
  if (value.startsWith("//") || value.includes("/..") || value.startsWith("/login") || value.startsWith("/api/")) return null;
  return value;
}

/** The page a booking link opens (behind sign-in) and the URL the email carries. */
export const bookingLinkPath = (token: string) => `/learner/booking/link/${token}`;
export const bookingLinkSignInPath = (token: string) => `/login?next=${encodeURIComponent(bookingLinkPath(token))}`;
