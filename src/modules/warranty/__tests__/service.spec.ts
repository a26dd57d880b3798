import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WARRANTY_MODULE } from ".."
import WarrantyModuleService from "../service"

jest.setTimeout(60 * 1000)

const card = (line_item_id: string, unit_index: number, card_number: string) => ({
  card_number,
  order_id: "order_1",
  line_item_id,
  unit_index,
  product_title: "iPhone 12",
  months: 24,
  battery_days: 90,
  coverage: "full" as const,
  kind: "device" as const,
  delivery_kind: "courier" as const,
})

moduleIntegrationTestRunner<WarrantyModuleService>({
  moduleName: WARRANTY_MODULE,
  resolve: "./src/modules/warranty",
  moduleOptions: { time_zone: "Europe/Bucharest" },
  testSuite: ({ service }) => {
    it("R1.2 card numbers: 50 concurrent reservations get 50 distinct, consecutive numbers", async () => {
      const firsts = await Promise.all(Array.from({ length: 50 }, () => service.reserveSequence("card-2026", 1)))
      expect(new Set(firsts).size).toBe(50)
      expect([...firsts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
      const block = await service.reserveSequence("card-2026", 3)
      expect(block).toBe(51)
      expect(await service.reserveSequence("card-2026", 1)).toBe(54)
      expect(await service.reserveSequence("card-2027", 1)).toBe(1)
    })

    it("R1.1 one card per unit: the database refuses a second card for the same unit", async () => {
      await service.createWarrantyCards(card("ordli_1", 0, "WC-2026-000001"))
      await expect(service.createWarrantyCards(card("ordli_1", 0, "WC-2026-000002"))).rejects.toThrow()
      await expect(service.createWarrantyCards(card("ordli_1", 1, "WC-2026-000001"))).rejects.toThrow()
      expect(await service.listWarrantyCards({ line_item_id: "ordli_1" })).toHaveLength(1)
    })

    it("R2.2 one policy per product and one per variant", async () => {
      const base = { months: 12, battery_days: 90, coverage: "full" as const, kind: "device" as const }
      await service.createWarrantyPolicies({ ...base, product_id: "prod_1", variant_id: null })
      await service.createWarrantyPolicies({ ...base, product_id: "prod_1", variant_id: "variant_1", months: 6 })
      await expect(service.createWarrantyPolicies({ ...base, product_id: "prod_1", variant_id: null })).rejects.toThrow()
      await expect(service.createWarrantyPolicies({ ...base, product_id: "prod_1", variant_id: "variant_1" })).rejects.toThrow()
      expect(await service.listWarrantyPolicies({ product_id: "prod_1" })).toHaveLength(2)
    })

    it("R3.4 today() is the calendar day in the shop's time zone", () => {
      expect(service.today(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01")
      expect(service.getOptions()).toMatchObject({ time_zone: "Europe/Bucharest", default_warranty_months: 24 })
    })
  },
})
