/**
 * The cluster suite talks to real `medusa start` processes over HTTP, as a storefront and the
 * dashboard do: plain `fetch`, one base URL per call (server A or server B).
 */
export type Res<T = any> = { status: number; data: T }

export async function call<T = any>(
  base: string,
  method: "GET" | "POST",
  path: string,
  { body, headers = {}, expect = 200 }: { body?: object; headers?: Record<string, string>; expect?: number | null } = {}
): Promise<Res<T>> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let data: any = text
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    // not JSON: kept as text
  }
  if (expect !== null && res.status !== expect) {
    throw new Error(`${method} ${base}${path}: expected ${expect}, got ${res.status}: ${text.slice(0, 500)}`)
  }
  return { status: res.status, data }
}

export type Shop = { publishable_key: string; region_id: string; shipping_option_id: string; product_id: string; variant_id: string }
export type Customer = { id: string; email: string; headers: Record<string, string> }

export const ADDRESS = {
  first_name: "Ana",
  last_name: "Popescu",
  address_1: "Bd. Unirii 10",
  city: "București",
  postal_code: "030167",
  country_code: "ro",
  phone: "+40712345678",
}

export async function registerCustomer(base: string, shop: Shop, email: string): Promise<Customer> {
  const pk = { "x-publishable-api-key": shop.publishable_key }
  const password = "Cluster-secret-123"
  const reg = await call(base, "POST", "/auth/customer/emailpass/register", { body: { email, password } })
  const created = await call(base, "POST", "/store/customers", {
    body: { email, first_name: "Ana", last_name: "Cluster" },
    headers: { ...pk, authorization: `Bearer ${reg.data.token}` },
  })
  const login = await call(base, "POST", "/auth/customer/emailpass", { body: { email, password } })
  return { id: created.data.customer.id, email, headers: { ...pk, authorization: `Bearer ${login.data.token}` } }
}

/** Medusa's store checkout: cart, item, address, shipping method, payment session, complete. */
export async function checkout(base: string, shop: Shop, customer: Customer, quantity: number) {
  const headers = customer.headers
  const { data: c } = await call(base, "POST", "/store/carts", { body: { region_id: shop.region_id, email: customer.email }, headers })
  const cart = c.cart.id
  await call(base, "POST", `/store/carts/${cart}/line-items`, { body: { variant_id: shop.variant_id, quantity }, headers })
  await call(base, "POST", `/store/carts/${cart}`, { body: { shipping_address: ADDRESS, billing_address: ADDRESS }, headers })
  await call(base, "POST", `/store/carts/${cart}/shipping-methods`, { body: { option_id: shop.shipping_option_id }, headers })
  const { data: pc } = await call(base, "POST", "/store/payment-collections", { body: { cart_id: cart }, headers })
  await call(base, "POST", `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
    body: { provider_id: "pp_system_default" },
    headers,
  })
  const { data: done } = await call(base, "POST", `/store/carts/${cart}/complete`, { body: {}, headers })
  if (done.type !== "order") {
    throw new Error(`checkout did not complete: ${JSON.stringify(done).slice(0, 500)}`)
  }
  return done.order as { id: string; items: { id: string; quantity: number }[] }
}

export async function loginAdmin(base: string, admin: { email: string; password: string }) {
  const { data } = await call(base, "POST", "/auth/user/emailpass", { body: admin })
  return { authorization: `Bearer ${data.token}` }
}

/** Polls `probe` until it returns a value other than undefined; fails after `ms` naming `what`. */
export async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>, everyMs = 250): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > until) {
      throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
