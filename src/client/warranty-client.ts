import type { HttpTypes } from "@medusajs/types"
import type {
  StoreAcceptWarrantyCardTransferBody,
  StoreAcceptWarrantyCardTransferResponse,
  StoreAcceptWarrantyOfferBody,
  StoreCancelWarrantyCardTransferResponse,
  StoreRequestWarrantyCardTransferBody,
  StoreWarrantyCardTransferResponse,
  StoreWarrantyCardTransferStateResponse,
  StoreCancelWarrantyClaimBody,
  StoreCreateWarrantyClaimBody,
  StoreDeclineWarrantyOfferBody,
  StorePayWarrantyClaimFeeBody,
  StoreProductWarrantyResponse,
  StoreWarrantyCardListParams,
  StoreWarrantyCardListResponse,
  StoreWarrantyCardParams,
  StoreWarrantyCardResponse,
  StoreWarrantyClaimListParams,
  StoreWarrantyClaimListResponse,
  StoreWarrantyClaimOfferResponse,
  StoreWarrantyClaimResponse,
  StoreWarrantyClaimReturnDetailsBody,
  StoreWarrantyCheckResponse,
  StoreWarrantyEligibilityResponse,
  StoreWarrantyClaimPhotoListResponse,
  WarrantyCalendarDate,
  WarrantyDefectCode,
} from "../types"
import { WarrantyClientError } from "./errors"
import { requestBlob, requestJson, type Query, type WarrantyRequestOptions, type WarrantySdk } from "./transport"

type Opts = WarrantyRequestOptions

/** `payFee`'s body: the route's own fields, and whether the client opens the payment session first. */
export type WarrantyPayFeeInput = StorePayWarrantyClaimFeeBody & {
  /**
   * Open a session on the fee's payment collection first (default). Pass `false` after
   * `openFeePayment` when the shopper confirmed that session with the provider (a card form).
   */
  open_session?: boolean
}

/**
 * One typed method per store route of the plugin. Every method takes `opts` last and throws a
 * `WarrantyClientError`; the routes that need a logged-in customer use the SDK's token or session.
 */
export type WarrantyClient = {
  check: {
    /**
     * Issue 11 s.4: the public warranty check by IMEI (publishable key only, no login): product,
     * status and end days. No warranty (unknown or void) is a 404; a malformed IMEI a 400; past the
     * shop's per-address limit a 429 (`Retry-After`).
     */
    byImei(imei: string, opts?: Opts): Promise<StoreWarrantyCheckResponse>
  }
  products: {
    /** R2.2 R5.3: the terms a product page shows (publishable key only, no login). */
    warranty(productId: string, opts?: Opts): Promise<StoreProductWarrantyResponse>
  }
  cards: {
    /** The customer's cards, newest first. */
    list(query?: StoreWarrantyCardListParams, opts?: Opts): Promise<StoreWarrantyCardListResponse>
    /** One card with its battery history, covered functions and statement. */
    retrieve(id: string, query?: StoreWarrantyCardParams, opts?: Opts): Promise<StoreWarrantyCardResponse>
    /** R1.3: the card as a PDF. */
    document(id: string, opts?: Opts): Promise<Blob>
    /** R11.3: which covers would apply to these defects (today, or `on`), before filing. */
    eligibility(id: string, query: { defects: WarrantyDefectCode[]; on?: WarrantyCalendarDate }, opts?: Opts): Promise<StoreWarrantyEligibilityResponse>
    /** Issue 11 s.3: whether the shop transfers cards (hide the button if not) and the open transfer. */
    transfer(id: string, opts?: Opts): Promise<StoreWarrantyCardTransferStateResponse>
    /** Issue 11 s.3: hands the card on to the account with this e-mail; a one-time link goes there (201). */
    requestTransfer(id: string, body: StoreRequestWarrantyCardTransferBody, opts?: Opts): Promise<StoreWarrantyCardTransferResponse>
    /** Issue 11 s.3: the new owner, signed in with that address, takes the card with the link's token. */
    acceptTransfer(id: string, body: StoreAcceptWarrantyCardTransferBody, opts?: Opts): Promise<StoreAcceptWarrantyCardTransferResponse>
    /** Issue 11 s.3: the owner takes back the open transfer; its link stops working. */
    cancelTransfer(id: string, opts?: Opts): Promise<StoreCancelWarrantyCardTransferResponse>
  }
  claims: {
    /** R6.1: files a claim (201). */
    create(body: StoreCreateWarrantyClaimBody, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    list(query?: StoreWarrantyClaimListParams, opts?: Opts): Promise<StoreWarrantyClaimListResponse>
    /** Status in words, due date, timeline, quote, fees, offer state and `allowed_moves`. */
    retrieve(id: string, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /** R6.5: the parcel label as a PDF. */
    label(id: string, opts?: Opts): Promise<Blob>
    /** R8.4 */
    acceptQuote(id: string, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /** R8.4: the diagnostic fee becomes due and the device goes back. */
    declineQuote(id: string, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /** R7.4: where the device goes back. */
    returnDetails(id: string, body: StoreWarrantyClaimReturnDetailsBody, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /** Before intake only (a 409 after). */
    cancel(id: string, body?: StoreCancelWarrantyClaimBody, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /** R8.2-R8.5: the offer and the choices it allows, in the reader's language (404 without one). */
    offer(id: string, opts?: Opts): Promise<StoreWarrantyClaimOfferResponse>
    acceptOffer(id: string, body: StoreAcceptWarrantyOfferBody, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    declineOffer(id: string, body?: StoreDeclineWarrantyOfferBody, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /**
     * R8.4: opens a session on the due fee's payment collection through Medusa's own
     * `POST /store/payment-collections/:id/payment-sessions`, for providers whose session the
     * shopper confirms in between (its `data` carries what the provider's form needs).
     */
    openFeePayment(id: string, body?: StorePayWarrantyClaimFeeBody, opts?: Opts): Promise<HttpTypes.StorePaymentCollectionResponse>
    /** R8.4: pays the due fee: opens the session (unless told not to), then authorizes and captures it. */
    payFee(id: string, body?: WarrantyPayFeeInput, opts?: Opts): Promise<StoreWarrantyClaimResponse>
    /** R11.4: the claim's photos the shopper sees (theirs, and those the service shows them), oldest first. */
    photos(id: string, opts?: Opts): Promise<StoreWarrantyClaimPhotoListResponse>
    /**
     * R11.4: attaches photos of the defect while the claim is submitted (JPEG, PNG, WebP, HEIC;
     * at most the shop's `max_claim_photos`); answers the photos added. A `File` keeps its name.
     */
    addPhotos(id: string, files: Blob[], opts?: Opts): Promise<StoreWarrantyClaimPhotoListResponse>
    /** R11.4: one photo's image, or its thumbnail (`{ thumbnail: true }`): show it with `URL.createObjectURL`. */
    photo(id: string, photoId: string, opts?: Opts & { thumbnail?: boolean }): Promise<Blob>
  }
}

const DEFAULT_PROVIDER = "pp_system_default"

/**
 * The warranty calls of a storefront, made with its own JS SDK instance:
 * `createWarrantyClient(sdk).claims.retrieve(id)`.
 */
export function createWarrantyClient(sdk: WarrantySdk): WarrantyClient {
  const get = <T>(path: string, query: Query | undefined, opts: Opts | undefined) =>
    requestJson<T>(sdk, { method: "GET", path, query }, opts)
  const post = <T>(path: string, body: object | undefined, opts: Opts | undefined) =>
    requestJson<T>(sdk, { method: "POST", path, body }, opts)
  const card = (id: string, tail = "") => `/store/warranty-cards/${encodeURIComponent(id)}${tail}`
  const claim = (id: string, tail = "") => `/store/warranty-claims/${encodeURIComponent(id)}${tail}`

  /** The due fee's payment collection, unless an earlier attempt already has a payment on it. */
  async function dueFeeCollection(id: string, opts?: Opts) {
    const { warranty_claim } = await get<StoreWarrantyClaimResponse>(claim(id), undefined, opts)
    const fee = (warranty_claim.fees ?? []).find((f) => f.status === "due" && !!f.payment_collection_id && !f.payment_id)
    return fee?.payment_collection_id ?? null
  }

  const openSession = (collectionId: string, body: StorePayWarrantyClaimFeeBody, opts?: Opts) =>
    post<HttpTypes.StorePaymentCollectionResponse>(
      `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`,
      { provider_id: body.provider_id ?? DEFAULT_PROVIDER },
      opts
    )

  return {
    check: {
      byImei: (imei, opts) => get("/store/warranty-check", { imei }, opts),
    },
    products: {
      warranty: (productId, opts) =>
        get(`/store/products/${encodeURIComponent(productId)}/warranty`, undefined, opts),
    },
    cards: {
      list: (query, opts) => get("/store/warranty-cards", query, opts),
      retrieve: (id, query, opts) => get(card(id), query, opts),
      document: (id, opts) => requestBlob(sdk, card(id, "/document"), opts),
      eligibility: (id, { defects, on }, opts) => get(card(id, "/eligibility"), { defects: defects.join(","), on }, opts),
      transfer: (id, opts) => get(card(id, "/transfer"), undefined, opts),
      requestTransfer: (id, body, opts) => post(card(id, "/transfer"), body, opts),
      acceptTransfer: (id, body, opts) => post(card(id, "/transfer/accept"), body, opts),
      cancelTransfer: (id, opts) => post(card(id, "/transfer/cancel"), {}, opts),
    },
    claims: {
      create: (body, opts) => post("/store/warranty-claims", body, opts),
      list: (query, opts) => get("/store/warranty-claims", query, opts),
      retrieve: (id, opts) => get(claim(id), undefined, opts),
      label: (id, opts) => requestBlob(sdk, claim(id, "/label"), opts),
      acceptQuote: (id, opts) => post(claim(id, "/quote/accept"), {}, opts),
      declineQuote: (id, opts) => post(claim(id, "/quote/decline"), {}, opts),
      returnDetails: (id, body, opts) => post(claim(id, "/return-details"), body, opts),
      cancel: (id, body, opts) => post(claim(id, "/cancel"), body ?? {}, opts),
      offer: (id, opts) => get(claim(id, "/offer"), undefined, opts),
      acceptOffer: (id, body, opts) => post(claim(id, "/offer/accept"), body, opts),
      declineOffer: (id, body, opts) => post(claim(id, "/offer/decline"), body ?? {}, opts),
      openFeePayment: async (id, body = {}, opts) => {
        const collectionId = await dueFeeCollection(id, opts)
        if (!collectionId) {
          // The same answer as the pay route's (R8.4): nothing is left to pay online.
          throw new WarrantyClientError(400, { type: "not_allowed" }, "fees: no fee is due on this claim that can be paid online")
        }
        return openSession(collectionId, body, opts)
      },
      payFee: async (id, body = {}, opts) => {
        const { open_session = true, ...fields } = body
        const collectionId = open_session ? await dueFeeCollection(id, opts) : null
        if (collectionId) {
          await openSession(collectionId, fields, opts)
        }
        // With nothing due, the pay route itself says why (or records an earlier capture).
        return post(claim(id, "/fee/pay"), fields, opts)
      },
      photos: (id, opts) => get(claim(id, "/photos"), undefined, opts),
      addPhotos: (id, files, opts) => {
        const form = new FormData()
        files.forEach((file, i) => form.append("files", file, (file as { name?: string }).name || `photo-${i + 1}`))
        return requestJson(sdk, { method: "POST", path: claim(id, "/photos"), form }, opts)
      },
      photo: (id, photoId, opts) =>
        requestBlob(sdk, claim(id, `/photos/${encodeURIComponent(photoId)}${opts?.thumbnail ? "/thumbnail" : ""}`), opts, "image/*"),
    },
  }
}
