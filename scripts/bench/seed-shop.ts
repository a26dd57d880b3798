/**
 * `npm run bench` runs this (through seed-bench.ts, with `medusa exec`) against its throw-away database: the same small
 * shop the HTTP tests use (integration-tests/fixtures/shop.ts, built with Medusa's workflows)
 * with one phone. The customer and the 20 orders are made afterwards through the store API.
 *
 * Writes what the benchmark needs (publishable key, region, shipping option, product, variant) as JSON
 * to the file named by BENCH_SEED_OUT.
 */
import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedShop } from "../../integration-tests/fixtures/shop"

export default async function seedBenchShop({ container }: ExecArgs) {
  const out = process.env.BENCH_SEED_OUT
  if (!out) {
    throw new Error("BENCH_SEED_OUT is not set (this file is run by scripts/bench.js)")
  }
  const shop = await seedShop(container, [{ title: "iPhone 13", variants: ["128 GB"] }])
  fs.writeFileSync(
    out,
    JSON.stringify({
      publishable_key: shop.publishable_key,
      region_id: shop.region_id,
      shipping_option_id: shop.courier_option_id,
      product_id: shop.products["iPhone 13"].id,
      variant_id: shop.products["iPhone 13"].variants["128 GB"],
    })
  )
}
