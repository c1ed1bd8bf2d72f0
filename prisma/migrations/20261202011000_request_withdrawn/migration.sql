-- A requester withdraws a request nobody has answered yet (issue 12, item 3): the request
-- is CLOSED and this event records why, visible to the requester and staff.
ALTER TYPE "RequestEventType" ADD VALUE 'WITHDRAWN';
