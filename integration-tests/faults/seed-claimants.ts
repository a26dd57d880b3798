import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { addMonths, format } from "date-fns"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { WarrantyCoverage, ProductKind } from "../../src/modules/warranty/models/warranty-policy"
import { DeliveryKind, WarrantyCardStatus } from "../../src/modules/warranty/models/warranty-card"

/**
 * `medusa exec` seed of the PostgreSQL-restart test (integration-tests/faults/): a publishable
 * key, CLAIMANTS customers and one active phone card each (started today), written to SEED_OUT.
 */
export default async function seedClaimants({ container }: ExecArgs) {
  const count = Number(process.env.CLAIMANTS || 50)
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "faults", type: "publishable", created_by: "" }] },
  })
  const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
    Array.from({ length: count }, (_, i) => ({ email: `claimant${i}@example.com`, first_name: "Ana", last_name: `Claimant ${i}` }))
  )
  const warranty = container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
  const today = warranty.today()
  const cards = await warranty.createWarrantyCards(
    customers.map((c, i) => ({
      card_number: `FLT-${String(i).padStart(6, "0")}`,
      order_id: `order_faults_${i}`,
      line_item_id: `ordli_faults_${i}`,
      unit_index: 0,
      customer_id: c.id,
      product_title: "iPhone 12",
      months: 24,
      battery_days: 90,
      coverage: WarrantyCoverage.FULL,
      kind: ProductKind.DEVICE,
      delivery_kind: DeliveryKind.COURIER,
      status: WarrantyCardStatus.ACTIVE,
      issued_at: new Date(),
      starts_on: today,
      ends_on: format(addMonths(new Date(`${today}T12:00:00`), 24), "yyyy-MM-dd"),
      battery_ends_on: today,
    }))
  )
  writeFileSync(
    process.env.SEED_OUT as string,
    JSON.stringify({ publishable_key: key.token, claimants: customers.map((c, i) => ({ customer_id: c.id, card_id: cards[i].id })) })
  )
}
