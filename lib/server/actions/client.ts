import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@prisma/client";
import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { errorFields, log } from "@/lib/server/log";
import { requestId } from "@/lib/server/request-id";
import { fieldErrorsOf, type ActionResult } from "@/lib/schemas/action-result";

// Every server action is built here:
//   export const replyAction = action("triage.reply").roles(STAFF).schema(replySchema)
//     .run(async (actor, input) => { await replyToRequest(actor, input); revalidatePath(…); });
// The client authenticates (re-reading role and active flag), checks the role
// — failing closed: a role outside the list gets the same answer as a record
// that does not exist —, parses with the form's own zod schema, and turns a
// NotFoundError, a Refusal or an unexpected error into one ActionResult.
// Next.js's own control flow (redirect, notFound) passes through.

export type ActionMeta = { name: string; roles: readonly Role[] | "public" };
type Action<D> = ((input: unknown) => Promise<ActionResult<D>>) & { meta: ActionMeta };

const registry = new Map<string, ActionMeta>();

/** Every action built so far, by name (the access-matrix tests enumerate them). */
export function registeredActions(): ReadonlyMap<string, ActionMeta> {
  return registry;
}

// Tests call actions as a given person without a browser session.
const testActor = new AsyncLocalStorage<Actor | null>();
export function runAs<T>(actor: Actor | null, work: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV === "production") throw new Error("runAs is for tests");
  return testActor.run(actor, work);
}
function resolveActor(): Promise<Actor | null> {
  const store = testActor.getStore();
  return store !== undefined ? Promise.resolve(store) : currentActor();
}

const NOT_FOUND = { ok: false, notFound: true, formError: "notFound" } as const;

function build<A extends Actor | null, S extends z.ZodType, D>(
  meta: ActionMeta,
  schema: S,
  body: (actor: A, input: z.output<S>) => Promise<D | Refusal>,
): Action<D> {
  // A module can be evaluated more than once (dev reloads, server layers):
  // the last one wins. Names are checked unique by the access-matrix tests.
  registry.set(meta.name, meta);
  const run = async (input: unknown): Promise<ActionResult<D>> => {
    const reference = randomUUID();
    try {
      const actor = await resolveActor();
      if (meta.roles !== "public" && (!actor || !meta.roles.includes(actor.role))) return NOT_FOUND;
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };
      const data = await body(actor as A, parsed.data);
      if (data instanceof Refusal) return { ok: false, ...data.failure };
      return { ok: true, data: data as D };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof NotFoundError) return NOT_FOUND;
      if (error instanceof Refusal) return { ok: false, ...error.failure };
      log.error("action failed", { action: meta.name, reference, requestId: await requestId(), ...errorFields(error) });
      return { ok: false, formError: "unexpected", reference };
    }
  };
  return Object.assign(run, { meta });
}

function withSchema<A extends Actor | null>(meta: ActionMeta) {
  return {
    schema<S extends z.ZodType>(schema: S) {
      return {
        run<D = undefined>(body: (actor: A, input: z.output<S>) => Promise<D | Refusal>): Action<D> {
          return build(meta, schema, body);
        },
        /**
         * For a plain HTML form (`<form action={…}>`, works without JavaScript):
         * the same checks, the result is not read by anyone but the log.
         */
        formAction(body: (actor: A, input: z.output<S>) => Promise<void | Refusal>) {
          const run = build(meta, schema, body);
          // `answer` is the same call with its ActionResult, for tests (a form ignores it).
          return Object.assign(async (formData: FormData): Promise<void> => void (await run(formData)), { meta, answer: run });
        },
      };
    },
  };
}

export function action(name: string) {
  return {
    /** Only these roles; anyone else (signed out included) gets the not-found result. */
    roles: (roles: readonly Role[]) => withSchema<Actor>({ name, roles }),
    /** Signed out allowed (sign-in, forgotten password, language); the body gets the actor if any. */
    public: () => withSchema<Actor | null>({ name, roles: "public" }),
  };
}
