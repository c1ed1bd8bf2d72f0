-- Extensions for the accent- and case-insensitive search. Creating them needs the right
-- to create extensions in the database (its owner, PostgreSQL 13+: both are trusted, or a
-- superuser): see README "Deploying".
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- The folding the search matches on (lib/domain/search-key.ts folds a typed word the same
-- way). unaccent() is only STABLE (its dictionary could change): this wrapper names the
-- dictionary and is declared IMMUTABLE so that generated columns can use it.
CREATE FUNCTION public."searchFold"(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Derived columns the database keeps (GENERATED ... STORED), never written by the
-- application: "isOpen" follows the status, so the inbox's queues and counts and the
-- dashboard read open work through its indexes, whatever the closed history. "searchKey"
-- is what the inbox search matches, indexed by pg_trgm.
ALTER TABLE "SupportRequest"
  ADD COLUMN "isOpen" BOOLEAN GENERATED ALWAYS AS (status NOT IN ('RESOLVED', 'CLOSED')) STORED,
  ADD COLUMN "searchKey" TEXT GENERATED ALWAYS AS (public."searchFold"(subject)) STORED;

ALTER TABLE "User" ADD COLUMN "searchKey" TEXT GENERATED ALWAYS AS (public."searchFold"("firstName" || ' ' || "lastName")) STORED;

-- CreateIndex
CREATE INDEX "SupportRequest_isOpen_priority_createdAt_id_idx" ON "SupportRequest"("isOpen", "priority" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "SupportRequest_isOpen_assigneeId_priority_createdAt_id_queu_idx" ON "SupportRequest"("isOpen", "assigneeId", "priority" DESC, "createdAt", "id", "queue");

-- CreateIndex
CREATE INDEX "SupportRequest_learnerId_isOpen_idx" ON "SupportRequest"("learnerId", "isOpen");

-- CreateIndex
CREATE INDEX "SupportRequest_searchKey_idx" ON "SupportRequest" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_searchKey_idx" ON "User" USING GIN ("searchKey" gin_trgm_ops);
