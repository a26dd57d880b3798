import Medusa from "@medusajs/js-sdk"
import { createWarrantyClient, WarrantyClientError } from ".."

type Sent = { url: URL; method: string; headers: Headers; body: string | null; credentials?: RequestCredentials }

/** Answers every request with `reply` and keeps what the client sent. */
function fakeFetch(reply: () => Response) {
  const sent: Sent[] = []
  const fn = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      url: new URL(String(input)),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? init.body : null,
      credentials: init?.credentials,
    })
    return reply()
  })
  return { fn, sent }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

describe("storefront client", () => {
  const realFetch = globalThis.fetch
  afterEach(() => {
    globalThis.fetch = realFetch
  })

  async function jwtClient(reply: () => Response, baseUrl = "https://shop.example/api/") {
    const sdk = new Medusa({ baseUrl, publishableKey: "pk_test", auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await sdk.client.setToken("token-1")
    const fake = fakeFetch(reply)
    globalThis.fetch = fake.fn
    return { warranty: createWarrantyClient(sdk), sent: fake.sent }
  }

  it("sends what the SDK would: base path, publishable key, bearer token, JSON body; the locale per call", async () => {
    const { warranty, sent } = await jwtClient(() => json(200, { warranty_claim: { id: "wclaim_1" } }))
    const res = await warranty.claims.cancel("wclaim/1", { reason: "works again" }, { locale: "en", headers: { "x-trace": "t1" } })
    expect(res.warranty_claim.id).toBe("wclaim_1")
    const [req] = sent
    expect(req.url.href).toBe("https://shop.example/api/store/warranty-claims/wclaim%2F1/cancel")
    expect(req.method).toBe("POST")
    expect(req.headers.get("x-publishable-api-key")).toBe("pk_test")
    expect(req.headers.get("authorization")).toBe("Bearer token-1")
    expect(req.headers.get("x-medusa-locale")).toBe("en")
    expect(req.headers.get("x-trace")).toBe("t1")
    expect(req.headers.get("content-type")).toBe("application/json")
    expect(JSON.parse(req.body ?? "")).toEqual({ reason: "works again" })
    expect(req.credentials).toBe("omit")
  })

  it("lists become repeated query keys; eligibility's defects are one comma-separated value", async () => {
    const { warranty, sent } = await jwtClient(() => json(200, {}))
    await warranty.cards.list({ status: ["active", "expired"], limit: 5, order: "-created_at" })
    await warranty.cards.eligibility("wcard_1", { defects: ["display", "battery"], on: "2026-05-01" })
    expect(sent[0].url.search).toBe("?status=active&status=expired&limit=5&order=-created_at")
    expect(sent[1].url.searchParams.get("defects")).toBe("display,battery")
    expect(sent[1].url.searchParams.get("on")).toBe("2026-05-01")
    expect(sent[1].headers.get("content-type")).toBeNull()
  })

  it("a refused move keeps the status, type, message, current status and allowed moves the SDK's FetchError drops", async () => {
    const { warranty } = await jwtClient(() =>
      json(409, { type: "conflict", message: 'Claim WR-1 is "received"', current_status: "received", allowed_moves: ["note"] })
    )
    const error = await warranty.claims.acceptQuote("wclaim_1").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WarrantyClientError)
    expect(error).toMatchObject({ status: 409, type: "conflict", message: 'Claim WR-1 is "received"', current_status: "received", allowed_moves: ["note"] })
    expect((error as WarrantyClientError).isConflict).toBe(true)
  })

  it("an answer that is not JSON is still a WarrantyClientError with the status", async () => {
    const { warranty } = await jwtClient(() => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }))
    await expect(warranty.claims.list()).rejects.toMatchObject({ status: 502, message: "Bad Gateway" })
  })

  it("a request that gets no answer is status 0, type network", async () => {
    const { warranty } = await jwtClient(() => {
      throw new TypeError("fetch failed")
    })
    await expect(warranty.cards.retrieve("wcard_1")).rejects.toMatchObject({ status: 0, type: "network" })
  })

  it("PDFs come back as a Blob", async () => {
    const { warranty, sent } = await jwtClient(() => new Response("%PDF-1.7", { status: 200, headers: { "content-type": "application/pdf" } }))
    const pdf = await warranty.claims.label("wclaim_1")
    expect(pdf.type).toBe("application/pdf")
    expect(await pdf.text()).toBe("%PDF-1.7")
    expect(sent[0].headers.get("accept")).toBe("application/pdf")
  })

  it("a session storefront sends its cookie and no bearer token", async () => {
    const sdk = new Medusa({ baseUrl: "https://shop.example", publishableKey: "pk_test", auth: { type: "session" } })
    const fake = fakeFetch(() => json(200, { warranty: {} }))
    globalThis.fetch = fake.fn
    await createWarrantyClient(sdk).products.warranty("prod_1")
    expect(fake.sent[0].headers.get("authorization")).toBeNull()
    expect(fake.sent[0].credentials).toBe("include")
  })

  it("payFee opens a session on the due fee's collection through Medusa's route, then pays", async () => {
    const answers = [
      json(200, { warranty_claim: { fees: [{ status: "due", payment_collection_id: "pay_col_1", payment_id: null }] } }),
      json(200, { payment_collection: { id: "pay_col_1" } }),
      json(200, { warranty_claim: { id: "wclaim_1", fees: [{ status: "paid" }] } }),
    ]
    const { warranty, sent } = await jwtClient(() => answers.shift() as Response)
    const paid = await warranty.claims.payFee("wclaim_1", { provider_id: "pp_system_default" })
    expect(paid.warranty_claim.fees?.[0].status).toBe("paid")
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      "GET /api/store/warranty-claims/wclaim_1",
      "POST /api/store/payment-collections/pay_col_1/payment-sessions",
      "POST /api/store/warranty-claims/wclaim_1/fee/pay",
    ])
    expect(JSON.parse(sent[1].body ?? "")).toEqual({ provider_id: "pp_system_default" })
    expect(JSON.parse(sent[2].body ?? "")).toEqual({ provider_id: "pp_system_default" })
  })
})
