import "server-only";

// The one clock of the server. Data functions and jobs read `now()`; tests move
// it with `setClock` (never sleep), and put it back with `setClock(null)`.
// Outside tests it is the machine's time.

let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed.getTime()) : new Date();
}

/** Tests only: the instant `now()` answers from here on (null: real time again). */
export function setClock(at: Date | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("setClock is for tests");
  fixed = at ? new Date(at.getTime()) : null;
}

/** Tests only: moves the clock forward (or back, with a negative count). */
export function advanceClock(minutes: number): void {
  setClock(new Date(now().getTime() + minutes * 60_000));
}
