import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

let region: Promise<HttpTypes.StoreRegion> | null = null

/** The shop's region (the demo sells in one: Romania), read once per visit for prices and carts. */
export function shopRegion(sdk: Medusa): Promise<HttpTypes.StoreRegion> {
  if (!region) {
    region = sdk.store.region.list({ limit: 1 }).then(({ regions }) => {
      if (!regions[0]) {
        throw new Error("The shop has no region to sell in.")
      }
      return regions[0]
    })
    region.catch(() => {
      region = null
    })
  }
  return region
}
