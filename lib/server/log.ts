import "server-only";
import pino from "pino";
import { LOG_LEVELS } from "@/lib/server/env";

// One JSON line per event (pino): `{"level":"warn","time":"…","msg":"…",…fields}`,
// debug and info on stdout, warn and error on stderr. The level comes from LOG_LEVEL
// (debug, info, warn, error; info by default; lib/server/env.ts checks it at start).
// Lines written during a request carry its `requestId` where the caller has it
// (lib/server/request-id.ts; proxy.ts sets the header).
type Level = (typeof LOG_LEVELS)[number];

function level(): Level {
  const wanted = process.env.LOG_LEVEL as Level | undefined;
  return wanted && LOG_LEVELS.includes(wanted) ? wanted : "info";
}

const logger = pino(
  {
    level: level(),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // errorFields() below shapes `err`; pino's own serializer would drop its name.
    serializers: { err: (value: unknown) => value },
  },
  // Synchronous writes: a line is out before a crash or an exit.
  pino.multistream(
    [
      { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
      { level: "warn", stream: pino.destination({ dest: 2, sync: true }) },
    ],
    { dedupe: true },
  ),
);

type Fields = Record<string, unknown>;

export const log = {
  debug: (msg: string, fields: Fields = {}) => logger.debug(fields, msg),
  info: (msg: string, fields: Fields = {}) => logger.info(fields, msg),
  warn: (msg: string, fields: Fields = {}) => logger.warn(fields, msg),
  error: (msg: string, fields: Fields = {}) => logger.error(fields, msg),
};

/** An error as log fields: its name, message and stack, never the values it was thrown with. */
export function errorFields(error: unknown): Fields {
  if (error instanceof Error) return { err: { name: error.name, message: error.message, stack: error.stack } };
  return { err: { message: String(error) } };
}
