import {
  CreateInventoryLevelInput,
  ExecArgs,
  IAuthModuleService,
  Logger,
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createCustomerAddressesWorkflow,
  createInventoryLevelsWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import WarrantyModuleService from "../modules/warranty/service"
import { issueWarrantyCardsWorkflow } from "../workflows/issue-warranty-cards"
import { recordBatteryHealthWorkflow } from "../workflows/record-battery-health"
import { startWarrantyCardsWorkflow } from "../workflows/start-warranty-cards"
import type { MoveInput } from "../modules/warranty/rules/claim-moves"
import { moveWarrantyClaimWorkflow, MoveWarrantyClaimInput } from "../workflows/move-warranty-claim"
import { submitWarrantyClaimWorkflow } from "../workflows/submit-warranty-claim"
import { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"

/**
 * `npx medusa exec ./src/scripts/seed-demo.ts`: a refurbished-phone shop in Romania with the
 * warranty plugin, a shopper and three orders in three states (picked up, shipped and
 * delivered, not yet shipped). `npm run demo` runs it once; a second run stops at the marker.
 */

/** Set on the store's metadata when the seed has finished. `scripts/demo.js` reads it too. */
export const DEMO_SEED_MARKER = "warranty_demo_seeded_at"

const SHOPPER_EMAIL = process.env.DEMO_SHOPPER_EMAIL || "shopper@example.com"
const SHOPPER_PASSWORD = process.env.DEMO_SHOPPER_PASSWORD || "shopper-demo"

const ROMANIAN_ADDRESS = {
  first_name: "Andrei",
  last_name: "Popescu",
  address_1: "Strada Lipscani 12",
  address_2: "Ap. 4",
  city: "București",
  province: "București",
  postal_code: "030031",
  country_code: "ro",
  phone: "+40712345678",
}

type Price = { ron: number; eur: number }
type VariantSeed = { title: string; sku: string; price: Price; stock: number }
type ProductSeed = {
  key: string
  title: string
  handle: string
  description: string
  option: string
  variants: VariantSeed[]
}

const PRODUCTS: ProductSeed[] = [
  {
    key: "iphone12",
    title: "iPhone 12",
    handle: "iphone-12",
    description:
      "Refurbished iPhone 12, grade A. Up to the 12 series our iPhones get an OEM battery (R4.5): iOS may show a “non-genuine part” message.",
    option: "Storage",
    variants: [
      { title: "64 GB", sku: "IP12-64-BLK", price: { ron: 1299, eur: 259 }, stock: 6 },
      { title: "128 GB", sku: "IP12-128-BLK", price: { ron: 1499, eur: 299 }, stock: 4 },
    ],
  },
  {
    key: "iphone15pro",
    title: "iPhone 15 Pro",
    handle: "iphone-15-pro",
    description: "Refurbished iPhone 15 Pro, grade A, original battery at 85% or more.",
    option: "Storage",
    variants: [
      { title: "128 GB", sku: "IP15P-128-NAT", price: { ron: 3999, eur: 799 }, stock: 5 },
      { title: "256 GB", sku: "IP15P-256-NAT", price: { ron: 4499, eur: 899 }, stock: 3 },
    ],
  },
  {
    key: "s24",
    title: "Samsung Galaxy S24",
    handle: "samsung-galaxy-s24",
    description: "Refurbished Samsung Galaxy S24, grade A.",
    option: "Storage",
    variants: [
      { title: "128 GB", sku: "SGS24-128-BLK", price: { ron: 2599, eur: 519 }, stock: 5 },
      { title: "256 GB", sku: "SGS24-256-BLK", price: { ron: 2899, eur: 579 }, stock: 2 },
    ],
  },
  {
    key: "xiaomi14t",
    title: "Xiaomi 14T",
    handle: "xiaomi-14t",
    description: "Refurbished Xiaomi 14T, grade A, 24 months warranty.",
    option: "Storage",
    variants: [{ title: "256 GB", sku: "XM14T-256-GRY", price: { ron: 1899, eur: 379 }, stock: 7 }],
  },
  {
    key: "ipad",
    title: "iPad 10.2 (2021)",
    handle: "ipad-10-2-2021",
    description: "Refurbished iPad 10.2 (9th generation, 2021), Wi-Fi. Commercial warranty: 12 months.",
    option: "Storage",
    variants: [{ title: "64 GB Wi-Fi", sku: "IPAD9-64-WIFI", price: { ron: 1199, eur: 239 }, stock: 4 }],
  },
  {
    key: "charger",
    title: "USB-C charger 20W",
    handle: "usb-c-charger-20w",
    description: "New USB-C power adapter, 20 W. Accessory: covered for manufacturing defects only (R5.2).",
    option: "Power",
    variants: [{ title: "20W", sku: "CHG-USBC-20W", price: { ron: 79, eur: 16 }, stock: 50 }],
  },
]

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeService = container.resolve(Modules.STORE)
  const regionService = container.resolve(Modules.REGION)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const authService = container.resolve<IAuthModuleService>(Modules.AUTH)
  const customerService = container.resolve(Modules.CUSTOMER)
  const warranty = container.resolve<WarrantyModuleService>("warranty")

  const [store] = await storeService.listStores()
  if (store.metadata?.[DEMO_SEED_MARKER]) {
    // Seeded before: only make up for warranty cards a broken or missing workflow left out.
    logger.info(`[seed-demo] already seeded on ${store.metadata[DEMO_SEED_MARKER]}; checking warranty cards only.`)
    const [shopper] = await customerService.listCustomers({ email: SHOPPER_EMAIL })
    if (shopper) {
      await ensureWarrantyCards(container, logger, warranty, await demoOrders(query, shopper.id))
      await ensureDemoClaims(container, logger, warranty, shopper.id)
    }
    return
  }
  const [half] = await regionService.listRegions({ name: "Romania" })
  if (half) {
    throw new Error(
      "[seed-demo] the region Romania exists but the seed never finished (an earlier run failed). " +
        "Start from an empty database: stop the demo and delete .demo-pg/ (or drop the DATABASE_URL database)."
    )
  }

  // --- Store, sales channel, region, taxes -------------------------------------------------
  logger.info("[seed-demo] store, sales channel, region Romania…")
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: "Default Sales Channel" })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Default Sales Channel" }] },
    })
    salesChannel = result[0]
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Swipe Refurbished",
        supported_currencies: [
          { currency_code: "ron", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur", is_tax_inclusive: true },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Romania",
          currency_code: "ron",
          countries: ["ro"],
          payment_providers: ["pp_system_default"],
          is_tax_inclusive: true,
        },
      ],
    },
  })
  const region = regions[0]

  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "ro",
        provider_id: "tp_system",
        default_tax_rate: { rate: 21, code: "TVA21", name: "TVA 21%" },
      },
    ],
  })

  // --- Stock location, fulfilment (courier + in-store pickup) ------------------------------
  logger.info("[seed-demo] stock location, courier and pickup fulfilment sets…")
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Bucharest service & shop",
          address: {
            address_1: "Bulevardul Unirii 27",
            city: "București",
            province: "București",
            postal_code: "030823",
            country_code: "RO",
            phone: "+40213000000",
          },
        },
      ],
    },
  })
  const location = locations[0]

  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_location_id: location.id } },
  })

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  let [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  const courierSet = await fulfillmentService.createFulfillmentSets({
    name: "Courier",
    type: "shipping",
    service_zones: [{ name: "Romania (courier)", geo_zones: [{ type: "country", country_code: "ro" }] }],
  })
  const pickupSet = await fulfillmentService.createFulfillmentSets({
    name: "In-store pickup",
    type: "pickup",
    service_zones: [{ name: "Bucharest shop counter", geo_zones: [{ type: "country", country_code: "ro" }] }],
  })
  for (const set of [courierSet, pickupSet]) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
  }

  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const { result: shippingOptions } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Courier (FAN)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: courierSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Courier", description: "FAN Courier, 1-2 working days.", code: "courier-fan" },
        prices: [
          { currency_code: "ron", amount: 25 },
          { currency_code: "eur", amount: 5 },
          { region_id: region.id, amount: 25 },
        ],
        rules: storeRules,
      },
      {
        name: "Pickup in store",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: pickupSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Pickup", description: "Pick up at Bulevardul Unirii 27, București.", code: "pickup" },
        prices: [
          { currency_code: "ron", amount: 0 },
          { currency_code: "eur", amount: 0 },
          { region_id: region.id, amount: 0 },
        ],
        rules: storeRules,
      },
    ],
  })
  const courierOption = shippingOptions.find((o) => o.name === "Courier (FAN)")!
  const pickupOption = shippingOptions.find((o) => o.name === "Pickup in store")!

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })

  // --- Publishable API key -------------------------------------------------------------------
  const { data: apiKeys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { type: "publishable" },
  })
  const publishableKey = apiKeys[0]
  if (!publishableKey) {
    throw new Error("[seed-demo] no publishable API key: Medusa creates one at boot; is the database migrated?")
  }
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishableKey.id, add: [salesChannel.id] },
  })

  // --- Products, stock, warranty policies ----------------------------------------------------
  logger.info("[seed-demo] products, inventory, warranty policies…")
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((p) => ({
        title: p.title,
        handle: p.handle,
        description: p.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfile.id,
        options: [{ title: p.option, values: p.variants.map((v) => v.title) }],
        variants: p.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          manage_inventory: true,
          options: { [p.option]: v.title },
          prices: [
            { currency_code: "ron", amount: v.price.ron },
            { currency_code: "eur", amount: v.price.eur },
          ],
        })),
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })
  const productByKey = new Map(PRODUCTS.map((p) => [p.key, products.find((x) => x.handle === p.handle)!]))
  const variantBySku = new Map(products.flatMap((p) => (p.variants ?? []).map((v) => [v.sku!, v])))
  const stockBySku = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, v.stock])))

  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const levels: CreateInventoryLevelInput[] = inventoryItems.map((item) => ({
    inventory_item_id: item.id,
    location_id: location.id,
    stocked_quantity: stockBySku.get(item.sku ?? "") ?? 5,
  }))
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  // R2.2: the tablet carries its own 12-month warranty; the accessory only covers manufacturing
  // defects (R5.2); the Xiaomi states the default explicitly. iPhones and the Galaxy: no row.
  await warranty.createWarrantyPolicies([
    {
      product_id: productByKey.get("ipad")!.id,
      months: 12,
      battery_days: 90,
      coverage: WarrantyCoverage.FULL,
      kind: ProductKind.DEVICE,
    },
    {
      product_id: productByKey.get("charger")!.id,
      months: 24,
      battery_days: 0,
      coverage: WarrantyCoverage.MANUFACTURING_DEFECTS,
      kind: ProductKind.ACCESSORY,
    },
    {
      product_id: productByKey.get("xiaomi14t")!.id,
      months: 24,
      battery_days: 90,
      coverage: WarrantyCoverage.FULL,
      kind: ProductKind.DEVICE,
    },
  ])

  // --- Shopper with a password login ----------------------------------------------------------
  logger.info(`[seed-demo] customer ${SHOPPER_EMAIL}…`)
  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email: SHOPPER_EMAIL, password: SHOPPER_PASSWORD },
  })
  if (error || !authIdentity) {
    throw new Error(`[seed-demo] could not register ${SHOPPER_EMAIL}: ${error}`)
  }
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: {
        email: SHOPPER_EMAIL,
        first_name: ROMANIAN_ADDRESS.first_name,
        last_name: ROMANIAN_ADDRESS.last_name,
        phone: ROMANIAN_ADDRESS.phone,
      },
    },
  })
  await createCustomerAddressesWorkflow(container).run({
    input: {
      addresses: [
        {
          ...ROMANIAN_ADDRESS,
          customer_id: customer.id,
          address_name: "Home",
          is_default_shipping: true,
          is_default_billing: true,
        },
      ],
    },
  })

  // --- Three orders through real carts -------------------------------------------------------
  const placeOrder = async (items: { sku: string; quantity: number }[], shippingOptionId: string) => {
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: salesChannel.id,
        currency_code: "ron",
        email: SHOPPER_EMAIL,
        customer_id: customer.id,
        shipping_address: ROMANIAN_ADDRESS,
        billing_address: ROMANIAN_ADDRESS,
        items: items.map((i) => ({ variant_id: variantBySku.get(i.sku)!.id, quantity: i.quantity })),
      },
    })
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: shippingOptionId }] },
    })
    const { result: paymentCollection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: paymentCollection.id, provider_id: "pp_system_default" },
    })
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    return result.id
  }

  const fulfilAll = async (orderId: string) => {
    const { data: orders } = await query.graph({
      entity: "order",
      // `items.quantity` alone comes back undefined in 2.21 (it lives on the item's detail row).
      fields: ["id", "items.*"],
      filters: { id: orderId },
    })
    const rows = (orders[0].items ?? []) as { id: string; quantity: number | string }[]
    const items = rows.map((i) => ({ id: i.id, quantity: Number(i.quantity) }))
    const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
      input: { order_id: orderId, items, location_id: location.id },
    })
    return { fulfillmentId: fulfillment.id, items }
  }

  logger.info("[seed-demo] order 1: iPhone 12 + charger, picked up in store…")
  const order1 = await placeOrder(
    [
      { sku: "IP12-128-BLK", quantity: 1 },
      { sku: "CHG-USBC-20W", quantity: 1 },
    ],
    pickupOption.id
  )
  const f1 = await fulfilAll(order1)
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({
    input: { orderId: order1, fulfillmentId: f1.fulfillmentId },
  })

  logger.info("[seed-demo] order 2: iPhone 15 Pro + Galaxy S24, shipped by courier and delivered…")
  const order2 = await placeOrder(
    [
      { sku: "IP15P-256-NAT", quantity: 1 },
      { sku: "SGS24-128-BLK", quantity: 1 },
    ],
    courierOption.id
  )
  const f2 = await fulfilAll(order2)
  await createOrderShipmentWorkflow(container).run({
    input: {
      order_id: order2,
      fulfillment_id: f2.fulfillmentId,
      items: f2.items,
      labels: [
        {
          tracking_number: "FAN2400012345",
          tracking_url: "https://www.fancourier.ro/awb-tracking/?tracking=FAN2400012345",
          label_url: "https://www.fancourier.ro/",
        },
      ],
    },
  })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({
    input: { orderId: order2, fulfillmentId: f2.fulfillmentId },
  })

  logger.info("[seed-demo] order 3: Xiaomi 14T by courier, not shipped yet…")
  const order3 = await placeOrder([{ sku: "XM14T-256-GRY", quantity: 1 }], courierOption.id)

  // --- Warranty cards ---------------------------------------------------------------------------
  await ensureWarrantyCards(container, logger, warranty, await demoOrders(query, customer.id))
  await ensureDemoClaims(container, logger, warranty, customer.id)

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...(store.metadata ?? {}), [DEMO_SEED_MARKER]: new Date().toISOString() } },
    },
  })
  logger.info(
    `[seed-demo] done: region ${region.id}, location ${location.id}, customer ${customer.id}, ` +
      `orders ${order1} (picked up), ${order2} (shipped, delivered), ${order3} (not shipped), ` +
      `publishable key ${publishableKey.token}`
  )
}

type StartInput = { fulfillment_id: string; trigger: "shipment" | "delivery" }
type DemoOrder = { orderId: string; starts: StartInput[] }

/** The shopper's orders, with the start triggers their fulfilments have seen (shipped, delivered). */
async function demoOrders(query: RemoteQueryFunction, customerId: string): Promise<DemoOrder[]> {
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at"],
    filters: { customer_id: customerId },
  })
  type Row = {
    id: string
    created_at: string | Date
    fulfillments?: { id: string; shipped_at?: string | Date | null; delivered_at?: string | Date | null }[] | null
  }
  return (data as Row[])
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((o) => ({
      orderId: o.id,
      starts: (o.fulfillments ?? []).flatMap((f) => [
        ...(f.shipped_at ? [{ fulfillment_id: f.id, trigger: "shipment" as const }] : []),
        ...(f.delivered_at ? [{ fulfillment_id: f.id, trigger: "delivery" as const }] : []),
      ]),
    }))
}

/** Sale readings recorded on the phone cards (R4.2, R4.3: the iPhone 12 is under the 85% threshold). */
const SALE_READINGS: Record<string, { percent: number; battery_kind: "original" | "oem" }> = {
  "iPhone 12": { percent: 84, battery_kind: "oem" },
  "iPhone 15 Pro": { percent: 91, battery_kind: "original" },
  "Samsung Galaxy S24": { percent: 96, battery_kind: "original" },
  "Xiaomi 14T": { percent: 98, battery_kind: "original" },
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The plugin's subscribers issue and start cards on `order.placed`, `shipment.created` and
 * `delivery.created`, but `medusa exec` may exit before the event bus delivers them. So: give
 * the subscribers a moment, then run the (idempotent) workflows directly for what is missing.
 */
async function ensureWarrantyCards(
  container: MedusaContainer,
  logger: Logger,
  warranty: WarrantyModuleService,
  orders: DemoOrder[]
) {
  const countCards = async () => {
    let n = 0
    for (const o of orders) {
      n += (await warranty.listWarrantyCards({ order_id: o.orderId })).length
    }
    return n
  }
  for (let i = 0; i < 16 && (await countCards()) === 0; i++) {
    await sleep(250)
  }

  for (const o of orders) {
    await tolerant(logger, `issue ${o.orderId}`, () =>
      issueWarrantyCardsWorkflow(container).run({ input: { order_id: o.orderId } })
    )
    for (const s of o.starts) {
      await tolerant(logger, `start ${s.fulfillment_id}`, () => startWarrantyCardsWorkflow(container).run({ input: s }))
    }
    for (const card of await warranty.listWarrantyCards({ order_id: o.orderId })) {
      const reading = SALE_READINGS[card.product_title]
      if (!reading || card.sale_battery_health !== null) {
        continue
      }
      await recordBatteryHealthWorkflow(container).run({
        input: {
          warranty_card_id: card.id,
          percent: reading.percent,
          source: "sale",
          battery_kind: reading.battery_kind,
          measured_at: new Date(),
          recorded_by: "Bucharest service (demo seed)",
        },
      })
    }
  }

  for (const o of orders) {
    const cards = await warranty.listWarrantyCards({ order_id: o.orderId })
    logger.info(
      `[seed-demo] ${o.orderId}: ` +
        (cards.map((c) => `${c.card_number} ${c.product_title} ${c.status}`).join(", ") || "no cards")
    )
  }
}

type DemoMove = Pick<MoveWarrantyClaimInput, "move" | "input">
type OfferMove = { move: "make_offer"; input: MoveInput["make_offer"] }

/** What the demo's claims go through, so the claims pages show several stages (R6-R9). */
const DEMO_CLAIMS: {
  product: string
  defects: string[]
  description: string
  delivery: "courier" | "drop_off"
  moves: DemoMove[]
  /** Handles of the products the offer suggests for a credit with top-up (R8.3(b)). */
  suggest?: string[]
}[] = [
  {
    product: "Samsung Galaxy S24",
    defects: ["charging_port"],
    description: "Charges only when the cable is held at an angle.",
    delivery: "courier",
    // The storefront's product picker lists these: dearer phones than the 2100 RON valuation.
    suggest: ["iphone-15-pro", "samsung-galaxy-s24"],
    // R8.3: the board is beyond repair and no S24 128 GB is left to swap: a valuation, the shopper chooses.
    moves: [
      { move: "receive", input: { original_packaging: true, seals_intact: true, accessories_received: ["USB-C cable"] } },
      { move: "diagnose", input: { findings: "Charging IC shorted the main board.", covered: true } },
      { move: "mark_unrepairable", input: { note: "Main board no longer supplied by Samsung." } },
      {
        move: "make_offer",
        input: {
          kind: "valuation",
          value: { amount: 2100, currency_code: "ron" },
          basis: "market_value",
          basis_note: "Median of five refurbished S24 128 GB listings, November 2026",
          suggested_product_ids: [],
        },
      },
    ],
  },
  {
    product: "iPhone 15 Pro",
    defects: ["battery", "display"],
    description: "Battery drains in two hours and the screen flickers at low brightness.",
    delivery: "courier",
    moves: [
      { move: "receive", input: { original_packaging: true, seals_intact: true, accessories_received: ["USB-C cable"], battery_percent: 88 } },
      { move: "diagnose", input: { findings: "Battery cell failing under load; display connector loose.", covered: true, battery_finding: "failure" } },
      { move: "start_repair", input: { note: "Battery and connector from stock." } },
    ],
  },
  {
    product: "iPhone 12",
    defects: ["display"],
    description: "Dropped it; the glass is cracked and touch fails in one corner.",
    delivery: "drop_off",
    moves: [
      { move: "receive", input: { original_packaging: false, seals_intact: true, damage_notes: "Cracked glass, impact mark bottom-left." } },
      { move: "diagnose", input: { findings: "Impact damage to the display assembly.", covered: false, exclusion_reason: "user_damage" } },
      { move: "quote", input: { amount: 900, currency_code: "ron", parts_to_order: ["Display assembly"], estimated_days: 5 } },
    ],
  },
]

/** Files the demo's claims through the same workflows as the API (once; skipped when claims exist). */
async function ensureDemoClaims(container: MedusaContainer, logger: Logger, warranty: WarrantyModuleService, customerId: string) {
  if ((await warranty.listWarrantyClaims({ customer_id: customerId }, { take: 1 })).length) {
    return
  }
  const cards = await warranty.listWarrantyCards({ customer_id: customerId, status: "active" })
  for (const spec of DEMO_CLAIMS) {
    const card = cards.find((c) => c.product_title === spec.product)
    if (!card) {
      logger.warn(`[seed-demo] no active card for ${spec.product}; its demo claim is left out`)
      continue
    }
    await tolerant(logger, `claim on ${card.card_number}`, async () => {
      const { result: claim } = await submitWarrantyClaimWorkflow(container).run({
        input: {
          customer_id: customerId,
          warranty_card_id: card.id,
          defects: spec.defects,
          description: spec.description,
          delivery_method: spec.delivery,
          acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: true, accessories: ["USB-C cable"] },
          locale: "ro",
        },
      })
      const suggested = await productIdsByHandle(container, spec.suggest ?? [])
      for (const step of spec.moves) {
        await moveWarrantyClaimWorkflow(container).run({
          input: { id: claim.id, actor: "admin", actor_id: "demo-seed", ...withSuggestions(step, suggested) },
        })
      }
      logger.info(`[seed-demo] claim ${claim.ticket_number} on ${card.product_title}`)
    })
  }
}

const isOffer = (step: DemoMove): step is OfferMove => step.move === "make_offer"

/** An offer step with the suggested products of this database (ids differ from one seed to the next). */
function withSuggestions(step: DemoMove, ids: string[]): DemoMove {
  return isOffer(step) && ids.length ? { move: step.move, input: { ...step.input, suggested_product_ids: ids } } : step
}

async function productIdsByHandle(container: MedusaContainer, handles: string[]): Promise<string[]> {
  if (!handles.length) {
    return []
  }
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
  const rows = data as { id: string; handle: string }[]
  return handles.map((h) => rows.find((p) => p.handle === h)?.id).filter((id): id is string => !!id)
}

/** A subscriber may be doing the same work at the same moment; the workflows are idempotent. */
async function tolerant(logger: Logger, what: string, run: () => Promise<unknown>) {
  try {
    await run()
  } catch (e) {
    logger.warn(`[seed-demo] ${what}: ${e instanceof Error ? e.message : String(e)}`)
  }
}
