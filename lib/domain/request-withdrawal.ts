// When a requester (a learner, or the mentor who raised an alert) may take
// their request back: until someone has answered it. "Answered" is a public
// reply from staff, which sets firstResponseAt; a request already resolved or
// closed is over and cannot be withdrawn either.
import type { RequestStatus } from "@prisma/client";

export type WithdrawRefusal = "alreadyAnswered" | "alreadyClosed";

export function withdrawRefusal(request: { status: RequestStatus; firstResponseAt: Date | null }): WithdrawRefusal | null {
  if (request.status === "RESOLVED" || request.status === "CLOSED") return "alreadyClosed";
  if (request.firstResponseAt) return "alreadyAnswered";
  return null;
}
