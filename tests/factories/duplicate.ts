/**
 * For tests about something else that file several requests about one
 * learner: the answer to "a similar request already exists" given up front
 * (it is ignored when there is none). tests/integration/duplicates.test.ts
 * covers the question itself.
 */
export const FILE_ANEW = { duplicateChoice: "new", duplicateReason: "Situation distincte (test)" } as const;
