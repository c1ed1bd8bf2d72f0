-- What the advisor marks as shareable with the mentor who raised the alert.
ALTER TABLE "FollowUpCase" ADD COLUMN "sharedOutcome" TEXT;
