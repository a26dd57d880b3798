/**
 * The cluster suite and `npm run bench:issuance` run this with `medusa exec` (a `server`-mode
 * process: it runs no subscriber): CLUSTER_ORDERS orders made in bulk with Medusa's Order Module
 * (`createOrders`, 250 at a time) for the shop that scripts/bench/seed-bench.ts wrote to
 * CLUSTER_SHOP, then one `order.placed` per order emitted on the app's event bus (Redis in the
 * cluster: the worker processes issue the cards). Checkout through the store API costs ~1 s per
 * order; this makes 1,000 in a few seconds. Order i has 1 + (i mod CLUSTER_UNITS_MOD) units of
 * the phone (default 2: one or two units).
 *
 * CLUSTER_ORDERS is a list of batch sizes (`1000,300`). All orders are made first (then
 * `created.json` is written to CLUSTER_DIR); batch k is emitted once the file `go-k` exists there
 * (the caller decides when: the app's boot is paid once, not per batch; `created.json` also
 * says how long `createOrders` took, in `create_ms`), after which
 * `batch-k.json` holds { order_ids, units, emitted_at }.
 */
import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Shop = { region_id: string; shipping_option_id: string; product_id: string; variant_id: string }

const ADDRESS = {
  first_name: "Ana",
  last_name: "Popescu",
  address_1: "Str. Lipscani 1",
  city: "București",
  postal_code: "030031",
  country_code: "ro",
  phone: "+40700000001",
}

export default async function placeOrders({ container }: ExecArgs) {
  const shopFile = process.env.CLUSTER_SHOP
  const dir = process.env.CLUSTER_DIR
  const sizes = (process.env.CLUSTER_ORDERS ?? "").split(",").map(Number)
  const mod = Number(process.env.CLUSTER_UNITS_MOD || 2)
  if (!shopFile || !dir || !sizes.every((n) => Number.isInteger(n) && n >= 1) || !Number.isInteger(mod) || mod < 1) {
    throw new Error(
      "CLUSTER_SHOP, CLUSTER_DIR and CLUSTER_ORDERS (batch sizes, whole numbers >= 1) must be set (this file is run by scripts/lib/cluster.js)"
    )
  }
  const shop: Shop = JSON.parse(fs.readFileSync(shopFile, "utf8"))
  const orders = container.resolve(Modules.ORDER)
  const events = container.resolve(Modules.EVENT_BUS)
  const tag = `${Date.now().toString(36)}`

  const batches: { order_ids: string[]; units: number }[] = []
  let i = 0
  const t0 = Date.now()
  for (const size of sizes) {
    const batch = { order_ids: [] as string[], units: 0 }
    for (let start = 0; start < size; start += 250) {
      const data = Array.from({ length: Math.min(250, size - start) }, () => {
        const quantity = 1 + (i % mod)
        batch.units += quantity
        return {
          region_id: shop.region_id,
          currency_code: "ron",
          email: `bulk-${tag}-${i++}@example.com`,
          status: "pending",
          shipping_address: ADDRESS,
          billing_address: ADDRESS,
          items: [
            {
              title: "iPhone 13",
              product_id: shop.product_id,
              product_title: "iPhone 13",
              variant_id: shop.variant_id,
              variant_title: "128 GB",
              variant_sku: "IPHONE-13-128-GB",
              quantity,
              unit_price: 2000,
            },
          ],
          shipping_methods: [{ name: "Courier", amount: 25, shipping_option_id: shop.shipping_option_id }],
        }
      })
      const created = await orders.createOrders(data)
      batch.order_ids.push(...created.map((o) => o.id))
    }
    batches.push(batch)
  }
  // Written whole, then renamed: the caller polls for these files.
  const publish = (name: string, value: object) => {
    fs.writeFileSync(path.join(dir, `${name}.tmp`), JSON.stringify(value))
    fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name))
  }
  // create_ms: Medusa's Order Module making them all (the issuance bench's yardstick).
  publish("created.json", { batches: batches.map((b) => b.order_ids.length), create_ms: Date.now() - t0 })

  for (const [k, batch] of batches.entries()) {
    while (!fs.existsSync(path.join(dir, `go-${k}`))) {
      await new Promise((r) => setTimeout(r, 100))
    }
    const emitted_at = Date.now()
    for (let start = 0; start < batch.order_ids.length; start += 1000) {
      await events.emit(batch.order_ids.slice(start, start + 1000).map((id) => ({ name: "order.placed", data: { id } })))
    }
    publish(`batch-${k}.json`, { ...batch, emitted_at })
  }
}
