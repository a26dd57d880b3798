/**
 * The cluster suite and `npm run bench:issuance` run this with `medusa exec` (a `server`-mode
 * process: it runs no subscriber): CLUSTER_ORDERS orders made in bulk with Medusa's Order Module
 * (`createOrders`, 250 at a time) for the shop that scripts/bench/seed-bench.ts wrote to
 * CLUSTER_SHOP, then one `order.placed` per order emitted on the app's event bus (Redis in the
 * cluster: the worker processes issue the cards). Checkout through the store API costs ~1 s per
 * order; this makes 1,000 in a few seconds. Order i has 1 + (i mod CLUSTER_UNITS_MOD) units of
 * the phone (default 2: one or two units). Writes { order_ids, units, emitted_at } to CLUSTER_OUT.
 */
import fs from "fs"
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
  const out = process.env.CLUSTER_OUT
  const count = Number(process.env.CLUSTER_ORDERS)
  const mod = Number(process.env.CLUSTER_UNITS_MOD || 2)
  if (!shopFile || !out || !Number.isInteger(count) || count < 1 || !Number.isInteger(mod) || mod < 1) {
    throw new Error("CLUSTER_SHOP, CLUSTER_OUT and CLUSTER_ORDERS (a whole number >= 1) must be set (this file is run by scripts/lib/cluster.js)")
  }
  const shop: Shop = JSON.parse(fs.readFileSync(shopFile, "utf8"))
  const orders = container.resolve(Modules.ORDER)
  const events = container.resolve(Modules.EVENT_BUS)
  const tag = `${Date.now().toString(36)}`

  const order_ids: string[] = []
  let units = 0
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, (_, j) => {
      const i = start + j
      const quantity = 1 + (i % mod)
      units += quantity
      return {
        region_id: shop.region_id,
        currency_code: "ron",
        email: `bulk-${tag}-${i}@example.com`,
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
    const created = await orders.createOrders(batch)
    order_ids.push(...created.map((o) => o.id))
  }
  const emitted_at = Date.now()
  for (let start = 0; start < order_ids.length; start += 1000) {
    await events.emit(order_ids.slice(start, start + 1000).map((id) => ({ name: "order.placed", data: { id } })))
  }
  fs.writeFileSync(out, JSON.stringify({ order_ids, units, emitted_at }))
}
