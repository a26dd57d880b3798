import Medusa from "@medusajs/js-sdk"
import { createWarrantyClient, type WarrantyClient } from "medusa-plugin-warranty/client"
import { createContext, useContext, type ReactNode } from "react"
import type { StorefrontConfig } from "./config"

/** The storefront's one JS SDK instance and the warranty client made from it. */
export type Shop = { sdk: Medusa; warranty: WarrantyClient; config: StorefrontConfig }

export function createShop(config: StorefrontConfig): Shop {
  const sdk = new Medusa({
    baseUrl: config.backend_url,
    publishableKey: config.publishable_key,
    // The token lives in localStorage, so a signed-in shopper stays signed in across reloads.
    auth: { type: "jwt" },
  })
  return { sdk, warranty: createWarrantyClient(sdk), config }
}

const ShopContext = createContext<Shop | null>(null)

export function ShopProvider({ shop, children }: { shop: Shop; children: ReactNode }) {
  return <ShopContext.Provider value={shop}>{children}</ShopContext.Provider>
}

export function useShop(): Shop {
  const shop = useContext(ShopContext)
  if (!shop) {
    throw new Error("useShop outside ShopProvider")
  }
  return shop
}
