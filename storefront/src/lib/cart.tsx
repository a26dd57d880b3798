import type { HttpTypes } from "@medusajs/types"
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react"
import { shopRegion } from "./region"
import { useShop } from "./shop"

const KEY = "swipe_demo_cart"

type Stored = { id: string; count: number }

type CartState = {
  cartId: string | null
  /** Units in the cart, for the header (kept beside the id, so no page spends a call on it). */
  count: number
  addItem: (variantId: string, quantity: number) => Promise<HttpTypes.StoreCart>
  /** After a change made elsewhere (checkout, line removal). */
  remember: (cart: HttpTypes.StoreCart) => void
  forget: () => void
}

function read(): Stored | null {
  try {
    const raw = window.localStorage.getItem(KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : null
    if (parsed && typeof parsed === "object" && typeof (parsed as Stored).id === "string") {
      return { id: (parsed as Stored).id, count: Number((parsed as Stored).count) || 0 }
    }
  } catch {
    // A damaged entry is a forgotten cart.
  }
  return null
}

const units = (cart: HttpTypes.StoreCart) => (cart.items ?? []).reduce((n, i) => n + Number(i.quantity), 0)

const CartContext = createContext<CartState | null>(null)

/** The visitor's cart, created on the first "Add to cart" in the store's one region. */
export function CartProvider({ children }: { children: ReactNode }) {
  const { sdk } = useShop()
  const [stored, setStored] = useState<Stored | null>(read)

  const remember = useCallback((cart: HttpTypes.StoreCart) => {
    const next = { id: cart.id, count: units(cart) }
    window.localStorage.setItem(KEY, JSON.stringify(next))
    setStored(next)
  }, [])

  const forget = useCallback(() => {
    window.localStorage.removeItem(KEY)
    setStored(null)
  }, [])

  const addItem = useCallback(
    async (variantId: string, quantity: number) => {
      let id = stored?.id
      if (id) {
        // A cart completed or deleted meanwhile cannot take items: start a new one.
        const current = await sdk.store.cart.retrieve(id, { fields: "id,completed_at" }).catch(() => null)
        if (!current || current.cart.completed_at) {
          id = undefined
        }
      }
      if (!id) {
        const region = await shopRegion(sdk)
        const { cart } = await sdk.store.cart.create({ region_id: region.id })
        id = cart.id
      }
      const { cart } = await sdk.store.cart.createLineItem(id, { variant_id: variantId, quantity })
      remember(cart)
      return cart
    },
    [sdk, stored, remember]
  )

  const value = useMemo(
    () => ({ cartId: stored?.id ?? null, count: stored?.count ?? 0, addItem, remember, forget }),
    [stored, addItem, remember, forget]
  )
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>
}

export function useCart(): CartState {
  const state = useContext(CartContext)
  if (!state) {
    throw new Error("useCart outside CartProvider")
  }
  return state
}
