-- The mentor's catch-all topic "Autre situation" (issue 12, item 6), routed to triage.
ALTER TYPE "RequestTopic" ADD VALUE 'MENTOR_OTHER';
