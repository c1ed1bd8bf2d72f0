// The launcher's copy of lib/server/data/demo-accounts.ts countDemoSignIns, in
// SQL: it runs before the web server, outside React's server condition.
import { DEMO_EMAIL_SUFFIX } from "../../lib/domain/demo-accounts";
import { withClient } from "./pg-admin";

export async function countDemoSignIns(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM "User" WHERE email LIKE '%' || $1 AND active AND "passwordHash" IS NOT NULL`,
      [DEMO_EMAIL_SUFFIX],
    );
    return Number(rows[0].count);
  });
}
