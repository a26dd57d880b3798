/**
 * `npm run bench` runs this with `medusa exec` against its throw-away database: the shop of
 * ./seed-shop.ts (written to BENCH_SEED_OUT), plus one admin user who logs in with
 * BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD through `/auth/user/emailpass`, made the way
 * `medusa user -e -p` makes one (user, then an emailpass identity pointing at it).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import seedBenchShop from "./seed-shop"

export default async function seedBench(args: ExecArgs) {
  const email = process.env.BENCH_ADMIN_EMAIL
  const password = process.env.BENCH_ADMIN_PASSWORD
  if (!email || !password) {
    throw new Error("BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD are not set (this file is run by scripts/bench.js)")
  }
  await seedBenchShop(args)

  const {
    result: [user],
  } = await createUsersWorkflow(args.container).run({ input: { users: [{ email }] } })
  const auth = args.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`could not register the bench admin: ${error ?? "no identity"}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
}
