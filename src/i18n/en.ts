/**
 * English: every text a shopper reads, in one file. To add a language, copy this file, translate
 * every text (keep the keys and the functions' arguments), and register it in `index.ts`.
 */
import type {
  WarrantyClaimBase,
  WarrantyClaimCoverKind,
  WarrantyExtensionReason,
  WarrantyOfferKind,
  WarrantyOfferStatus,
  WarrantyTradeInReason,
  WarrantyValueBasis,
} from "../types"
import type { Catalogue } from "./catalogue"
import { publicCheckEn } from "./public-check-en"
import { ownershipEn } from "./ownership-en"
import {
  sentence,
  type AcceptedOffer,
  type ClaimMailBase,
  type DeviceReturn,
  type IssuedCredit,
  type Money,
  type OfferSummary,
  type Outcome,
  type ShopMoment,
} from "./claim-email"

/** R2.1: a warranty length in months. */
const months = (n: number) => (n === 1 ? "1 month" : `${n} months`)

/** R4.1: a battery warranty length (and any other span) in days. */
const days = (n: number) => (n === 1 ? "1 day" : `${n} days`)

/** R7.1, R11.2: the limit a claim's due date comes from (the service period or the legal one). */
type DueBasis = NonNullable<WarrantyClaimBase["due_basis"]>

/** R5.3: the commercial warranty does not affect the consumer's statutory rights (Art. 5). */
const STATUTORY_RIGHTS =
  "Our commercial warranty does not affect your statutory rights as a consumer under the law in force (the legal guarantee of conformity)."

// ---------------------------------------------------------------------------------------------
// E-mails

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]

/** `2026-12-05` as `5 December 2026`; anything else as given. */
function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : day
}

/**
 * `EUR 1,234.50`. Built by hand rather than with Intl, whose spaces (no-break or not) and
 * symbols vary between ICU versions.
 */
function formatMoney(money: Money): string {
  const code = money.currency_code.toUpperCase()
  const [whole, cents] = Math.abs(money.amount).toFixed(2).split(".")
  const sign = money.amount < 0 ? "-" : ""
  return `${sign}${code} ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`
}

/** `14:30 on 5 December 2026`, in the shop's time zone. */
function formatMoment(at: ShopMoment): string {
  const day = formatDay(at.day)
  return at.time ? `${at.time} on ${day}` : day
}

const greeting = (d: ClaimMailBase) => (d.name ? `Hello ${d.name},` : "Hello,")

const closing = (d: ClaimMailBase) =>
  `You can follow claim ${d.ticket_number} here: ${d.claim_url}\n\nKind regards,\nThe ${d.shop_name} team`

const body = (d: ClaimMailBase, paragraphs: (string | null | false | undefined)[]) =>
  [greeting(d), ...paragraphs.filter((p): p is string => !!p), closing(d)].join("\n\n")

/** R8.3: what a valuation is based on. */
const VALUE_BASIS = {
  list_price: "the product's list price",
  market_value: "the product's current market value",
}

/** R8.5: why a repair is not offered. */
const TRADE_IN_REASON = {
  unrepairable: "the device cannot be repaired",
  parts_withdrawn: "the parts needed for the repair are no longer available",
  end_of_life: "the model has reached the end of its life",
  repair_too_costly: "the repair would cost too much compared with the device's value",
}

/** A few words naming the offer, for reminders. */
function offerInShort(o: OfferSummary): string {
  const value = o.value ? formatMoney(o.value) : ""
  switch (o.kind) {
    case "replacement":
      return "a replacement with a unit of the same model"
    case "valuation":
      return `the value of ${value} set for your device`
    case "trade_in":
      return `a credit of ${value} towards another device`
  }
}

const creditValidity = (n: number | null | undefined) => (n ? `, valid for ${days(n)},` : "")

/** R8.2, R8.3, R8.5: what is offered and what each choice leads to. */
function offerParagraphs(d: ClaimMailBase & { offer: OfferSummary }): (string | null | false | undefined)[] {
  const o = d.offer
  const value = o.value ? formatMoney(o.value) : ""
  const validity = creditValidity(o.credit_valid_days)
  switch (o.kind) {
    case "replacement":
      return [
        `Your ${d.product_title} cannot be repaired. Under the warranty we offer you instead a unit of the same model with the same characteristics.`,
        `If you accept, we send you the new unit through an exchange on your original order, and the faulty device stays with us. ${
          o.fresh_term
            ? "The new unit gets a new warranty card."
            : "The new unit's warranty ends on the same date as your current warranty."
        }`,
      ]
    case "valuation": {
      const basis = o.basis ? VALUE_BASIS[o.basis] : null
      const source = o.basis_note?.trim() ? ` (source: ${o.basis_note.trim()})` : ""
      return [
        `Your ${d.product_title} cannot be repaired and the same model is no longer available. Under the warranty we have valued it at ${value}${basis ? `, ${basis}${source}` : ""}.`,
        [
          "You can choose one of these:",
          `- another product for ${value}: you get a single-use credit code${validity} to use at checkout;`,
          "- a dearer product: we apply the code to a cart with the product you choose and you pay the difference at checkout;",
          `- a refund of ${value} to the payment method of your original order.`,
        ].join("\n"),
      ]
    }
    case "trade_in": {
      const reason = o.trade_in_reason ? TRADE_IN_REASON[o.trade_in_reason] : null
      const suggested = o.suggested_products?.length ? o.suggested_products.join(", ") : null
      return [
        `We cannot offer you a repair of your ${d.product_title}${reason ? `: ${reason}` : ""}. Instead we offer you a credit of ${value} towards another device, new or second-hand, from our shop.`,
        suggested && `We suggest: ${suggested}.`,
        `If you accept, you get a single-use credit code${validity} and the faulty device is recycled free of charge. If you want it back, we return it: free of charge if you have bought another device with this credit by the time we ship it, otherwise at your cost.`,
      ]
    }
  }
}

/** R6.2: no answer by the deadline, or a decline, sends the device back at the shopper's cost. */
const offerDeadline = (o: OfferSummary) =>
  `Please accept or decline the offer on your claim page by ${formatMoment(o.expires)}. If you decline it or do not answer by then, the device is returned to you at your cost.`

/**
 * R8.4, R7.4, R6.2: what the shopper does before the device can go back. `shipping_cost: false`
 * leaves out who pays the shipping (R8.5: a trade-in return can be free).
 */
function returnParagraphs(d: DeviceReturn, shipping_cost = true): string[] {
  const out: string[] = []
  if (d.fee_due) {
    out.push(
      `Before the device goes back, the diagnostic fee of ${formatMoney(d.fee_due)} must be paid: online on your claim page, or at our service counter. The device leaves only once the fee has been paid or we have waived it.`
    )
  }
  const how =
    d.delivery_method === "drop_off"
      ? "You can collect the device in person from the service. If you prefer us to send it by courier, confirm the delivery address and phone number on your claim page."
      : d.return_details_confirmed
        ? "We will ship the device to the address you confirmed and send you the tracking number when it leaves."
        : "Please confirm on your claim page the delivery address and the phone number the courier can reach you on. We ship the device only once you have confirmed these details."
  out.push(shipping_cost ? `${how} The return shipping is at your cost.` : how)
  return out
}

/** R8.3 a/b, R8.5: the code, its amount and until when. */
function creditSentence(c: IssuedCredit): string {
  const until = c.expires_on ? formatDay(c.expires_on) : null
  return `Your credit code is ${c.code}, worth ${formatMoney(c)}. It can be used once, only with your account${until ? `, until ${until}` : ""}.`
}

const creditPending = (value: Money | null | undefined) =>
  `The credit code${value ? ` worth ${formatMoney(value)}` : ""} appears on your claim page as soon as it is issued.`

/** What happens after the shopper's choice (R8.2-R8.5). */
function acceptedParagraphs(d: ClaimMailBase & AcceptedOffer): (string | null | false | undefined)[] {
  const credit = d.credit ? creditSentence(d.credit) : creditPending(d.value)
  switch (d.option) {
    case "replacement": {
      const card = d.card?.ends_on
        ? d.card.same_end_date
          ? `The new unit's warranty ends on the same date as your original warranty: ${formatDay(d.card.ends_on)}.`
          : `The new unit's warranty runs until ${formatDay(d.card.ends_on)}.`
        : d.fresh_term
          ? "The new unit gets a new warranty card, which you will find in your account."
          : "The new unit's warranty ends on the same date as your original warranty."
      return [
        `We are sending you a new unit of the same model as your ${d.product_title}, through an exchange on your original order. The faulty device stays with us as the exchange's return; the exchange also shows in your order's history.`,
        card,
      ]
    }
    case "credit":
      return [credit, "You can use it at checkout, for any product in our shop."]
    case "credit_with_top_up": {
      const product = d.product ? ` with ${d.product}` : ""
      return [credit, `We have applied it to a cart${product}. Complete the order from your claim page and pay the difference in price.`]
    }
    case "refund": {
      const amount = d.refund ?? d.value
      const sum = amount ? formatMoney(amount) : null
      return [
        `We are refunding ${sum ?? "the value we set"} to the payment method of your original order. Depending on your bank, it may take a few working days to show.`,
      ]
    }
    case "trade_in": {
      const device = d.return_device
        ? "We will return the faulty device, as you asked: the shipping is free if you have bought another device with this credit by the time we ship it, otherwise it is at your cost."
        : "The faulty device will be recycled free of charge."
      const steps =
        d.return_device && d.delivery_method
          ? returnParagraphs(
              { delivery_method: d.delivery_method, return_details_confirmed: !!d.return_details_confirmed, fee_due: d.fee_due },
              false
            )
          : []
      return [credit, "You can use it at checkout for another device, new or second-hand.", device, ...steps]
    }
  }
}

/** R8.2-R8.5: the outcome in one clause. */
function outcomeLine(d: Outcome): string {
  const amount = d.amount ? formatMoney(d.amount) : null
  const code = d.credit_code
    ? `the credit code ${d.credit_code}${amount ? ` worth ${amount}` : ""}`
    : `a credit code${amount ? ` worth ${amount}` : ""}`
  const device = d.recycled
    ? "the faulty device was recycled free of charge"
    : d.return_device
      ? "the faulty device was returned to you"
      : null
  switch (d.option) {
    case "replacement":
      return "we are replacing your device with a new unit of the same model, through an exchange on your original order"
    case "credit":
      return `you received ${code}`
    case "credit_with_top_up":
      return `you received ${code}, applied to a cart with the product you chose`
    case "refund":
      return `we refunded ${amount ?? "the value we set"} to the payment method of your original order`
    case "trade_in":
      return `you received ${code} towards another device${device ? `, and ${device}` : ""}`
    case null:
      return device ?? "there is nothing left to do"
  }
}

// ---------------------------------------------------------------------------------------------
// The demo storefront

/**
 * The demo storefront's own labels (headings, buttons, form fields, notices). English sets their
 * keys and arguments (`StorefrontTexts` is this object's type), so every other language must give
 * the same ones; `storefront/src` reads each as `t.storefront.<section>.<key>`. What the rest of
 * the catalogue already says (card statuses, battery sources, start rules, the R6.3 checklist,
 * packing advice, R10 power notes...) the storefront reads from there, not from a copy here.
 */
export const storefront = {
  common: {
    loading: "Loading…",
    retry: "Try again",
  },
  nav: {
    shopName: "Swipe Refurbished",
    main: "Main",
    skip: "Skip to content",
    catalogue: "Shop",
    cart: (n: number) => (n ? `Cart (${n})` : "Cart"),
    account: "My account",
    signIn: "Sign in",
    signOut: "Sign out",
    language: "Language",
    /** This language's own name, on its button of the language switch. */
    languageName: "English",
    footer: "Demo storefront of medusa-plugin-warranty: refurbished phones with a warranty card per unit.",
  },
  errors: {
    title: "Something went wrong",
    network: "The shop could not be reached. Check your connection and try again.",
    notFoundTitle: "Not found",
    notFoundText: "This page does not exist, or it is not yours to see.",
    backHome: "Back to the shop",
    crashedTitle: "This page could not be shown",
    configTitle: "The shop is not available",
    configText: "The storefront could not load its settings (/config.json). Start it with `npm run demo`.",
  },
  // R2.2: "24 months warranty, battery 90 days"; R5.2 an accessory's manufacturing defects.
  warranty: {
    badgeDevice: (m: number, d: number) => `${months(m)} warranty, battery ${days(d)}`,
    badgeMonths: (m: number) => `${months(m)} warranty`,
    badgeAccessory: (m: number) => `${months(m)} warranty, manufacturing defects`,
    coverageDevice:
      "Covers the phone's functions listed in the terms: display and touch screen, battery, cameras, buttons, sensors, sound, signal, charging port and SIM slot.",
  },
  catalogue: {
    title: "Refurbished phones",
    subtitle: "Every unit comes with its own warranty card.",
    empty: "No products yet.",
    from: (price: string) => `from ${price}`,
    noPrice: "Price on request",
  },
  product: {
    loadingTitle: "Product",
    notFound: "This product does not exist or is no longer sold.",
    price: "Price",
    taxIncluded: "VAT included.",
    variant: "Version",
    addToCart: "Add to cart",
    soldOut: "Out of stock",
    added: "Added to your cart.",
    viewCart: "View cart",
    warrantyTitle: "Warranty",
    description: "Description",
  },
  cart: {
    title: "Your cart",
    empty: "Your cart is empty.",
    browse: "Browse the phones",
    itemsTitle: "Items",
    summary: "Summary",
    items: "Items",
    discount: "Credit and discounts",
    shipping: "Delivery",
    total: "Total",
    vatIncluded: (vat: string) => `VAT included: ${vat}`,
    quantity: (n: number) => `quantity ${n}`,
    decrease: (title: string) => `One fewer ${title}`,
    increase: (title: string) => `One more ${title}`,
    remove: "Remove",
    checkout: "Go to checkout",
  },
  checkout: {
    title: "Checkout",
    notFound: "This cart does not exist or is not yours.",
    addressTitle: "Contact and address",
    email: "E-mail",
    firstName: "First name",
    lastName: "Last name",
    phone: "Phone",
    continueToDelivery: "Continue to delivery",
    editAddress: "Change the address",
    deliveryTitle: "Delivery",
    noOptions: "No delivery option is available for this address.",
    free: "free",
    pickupAt: (where: string) => `At ${where}.`,
    paymentTitle: "Payment",
    paymentText: "Demo payment: the order is paid with the shop's test provider; no card is charged.",
    placeOrder: (total: string) => `Place order · ${total}`,
    failed: "The order could not be placed.",
    alreadyCompleted: "This cart has already become an order.",
    toAccount: "See your orders",
    codes: (codes: string) => `Codes applied: ${codes}`,
    promoLabel: "Credit or discount code",
    promoApply: "Apply the code",
    promoRefused: (code: string) =>
      `The code ${code} cannot be used on this cart (unknown, used, expired or another shopper's).`,
  },
  confirmed: {
    title: "Thank you for your order",
    placed: (n: string | number) => `Order #${n} is placed.`,
    total: (total: string) => `Total: ${total}`,
    email: (email: string) => `Placed for ${email}.`,
    cards: "Each unit gets its own warranty card; you will find the cards on the order page.",
    viewOrder: "View the order and its warranty cards",
  },
  auth: {
    signInTitle: "Sign in",
    registerTitle: "Create an account",
    email: "E-mail",
    password: "Password",
    firstName: "First name",
    lastName: "Last name",
    signIn: "Sign in",
    register: "Create an account",
    createAccount: "Create the account",
    noAccount: "New here?",
    haveAccount: "Already have an account?",
  },
  account: {
    title: "My account",
    signedInAs: (name: string, email: string) =>
      name === email ? `Signed in as ${email}` : `Signed in as ${name} (${email})`,
    ordersTitle: "Orders",
    noOrders: "No orders yet.",
    orderLink: (n: string | number) => `Order #${n}`,
    claimsTitle: "Warranty claims",
    noClaims: "No claims.",
    claimLink: (ticket: string, product: string) => `${ticket} · ${product}`,
    filedOn: (d: string) => `filed on ${d}`,
  },
  order: {
    loadingTitle: "Order",
    notFound: "This order does not exist or is not yours.",
    title: (n: string | number) => `Order #${n}`,
    placedOn: (d: string) => `Placed on ${d}`,
    summaryTitle: "Summary",
    total: (total: string) => `Total: ${total}`,
    delivery: (how: string, cost: string) => `Delivery: ${how} · ${cost}`,
    cardsTitle: "Warranty cards",
    cardsIntro: "One card per unit. Keep the PDF: it is your warranty certificate.",
    noCards: "The warranty cards are being issued; reload the page in a moment.",
  },
  // R1.2: one unit's card; its field names are the PDF's (`card.document`).
  card: {
    title: (product: string, variant: string | null) => (variant ? `${product} · ${variant}` : product),
    period: "Warranty",
    periodText: (from: string, to: string, m: number) => `${from} to ${to} (${months(m)})`,
    voidReason: "Void because",
    batteryHistory: "Battery health",
    noReadings: "No readings yet.",
    claims: "Claims",
    claimLink: (ticket: string) => `Claim ${ticket}`,
    download: "Download the card (PDF)",
    fileClaim: "File a claim",
    pendingNote: "You can file a claim once the warranty has started.",
  },
  // R11.3: the free covers, keyed by the API's cover kinds.
  covers: {
    legal: "the legal guarantee of conformity",
    commercial: "the shop's warranty",
    battery: "the battery warranty",
  } satisfies Record<WarrantyClaimCoverKind, string>,
  // R11.4: photos of the defect on the claim form and the claim page.
  photos: {
    title: "Photos of the defect",
    intro: (max: number) =>
      `Optional: up to ${max} photos (JPEG, PNG, WebP or HEIC, 10 MB each) of the defect and of the whole device. Location data is removed before they are stored.`,
    add: "Add photos",
    remove: (name: string) => `Remove ${name}`,
    tooMany: (max: number) => `At most ${max} photos: the rest were left out.`,
    uploading: "Uploading the photos…",
    uploadFailed: "The claim is filed, but the photos were not sent. Add them again below.",
    none: "No photos.",
    byService: "From the service",
    addMore: "Add photos (until the service receives the device)",
  },
  claimForm: {
    title: "File a warranty claim",
    notFound: "This warranty card does not exist or is not yours.",
    subtitle: (product: string, card: string, order: string | number) => `${product} · card ${card} · order #${order}`,
    backToOrder: "Back to the order",
    defectsTitle: "What is wrong",
    defectsIntro: "Tick every function that does not work (the ones the warranty covers).",
    accessoryIntro: "Accessories are covered for manufacturing defects only.",
    description: "Describe the problem",
    descriptionHint: "When it happens and what you see (up to 2000 characters).",
    eligibilityTitle: "Is it covered?",
    pickDefects: "Tick what is wrong and we tell you at once whether the repair is free.",
    checking: "Checking your warranty…",
    free: "Free of charge: your device is covered by",
    coverUntil: (cover: string, until: string) => `${cover}, until ${until}`,
    paid: "This would be a paid service: no free cover applies to what you ticked.",
    acceptPaid: "I understand this would be a paid service and I want to file the claim",
    acceptPaidDetail: "The service diagnoses the device and sends you a quote; nothing is repaired before you accept it.",
    notFileable: "A claim cannot be filed on this card:",
    courier: "By courier",
    dropOff: "I bring it in",
    dropOffDetail: "You drop it off at the service address in its opening hours (Monday to Friday).",
    contactTitle: "Sender on the label",
    contactIntro: "Filled in from your order's delivery address; change it if the parcel leaves from elsewhere.",
    senderName: "Name",
    contactPerson: "Contact person",
    phone: "Phone",
    checklistIntro: "The service needs the device ready for testing.",
    accessoriesList: "Accessories in the parcel",
    accessoriesHint: "Separated by commas, e.g. USB-C cable, charger.",
    fixFirst: "Before filing:",
    missingDefects: "tick at least one problem",
    missingDescription: "describe the problem",
    missingAcks: "confirm the three steps before sending",
    missingEligibility: "wait for the warranty check",
    missingPaid: "accept the paid service, or leave the claim",
    submit: "File the claim",
  },
  // R6.1, R6.5, R6.8: right after filing.
  filed: {
    title: (ticket: string) => `Claim ${ticket} is filed`,
    ticket: (ticket: string) => `Your ticket number is ${ticket}. Mention it whenever you contact us.`,
    stepLabel: "Print the parcel label (it carries the ticket and the service address) and stick it on the parcel.",
    labelButton: "Download the label (PDF)",
    stepChecklist: "Back up your data, remove the screen lock and protective films, and add all the accessories.",
    stepDropOff: "Bring it to the service address on the label, Monday to Friday.",
    // R6.5, R6.8: with the service's address, hours and phone from the claim
    serviceTitle: "The service",
    emails: "We e-mail you at every step.",
  },
  claim: {
    loadingTitle: "Claim",
    notFound: "This claim does not exist or is not yours.",
    title: (ticket: string) => `Claim ${ticket}`,
    subtitle: (product: string, variant: string | null, card: string) =>
      `${product}${variant ? ` · ${variant}` : ""}${card ? ` · card ${card}` : ""}`,
    downloadLabel: "Download the label",
    statusTitle: "Status",
    overdue: "Past its due date",
    filed: "Filed on",
    received: "Received by the service",
    due: "Due by",
    dueOn: (d: string) => `due by ${d}`,
    dueText: (d: string, basis: string) => (basis ? `${d} (${basis})` : d),
    // R7.1, R11.2: which limit the due date comes from, keyed by the claim's `due_basis`.
    dueBasis: {
      legal: "the legal guarantee's limit",
      commercial: "the warranty's service period",
    } satisfies Record<DueBasis, string>,
    dueAfterIntake: "Set when the service receives the device.",
    extended: "Extended",
    extensionText: (d: string, why: string) => `to ${d}: ${why}`,
    // R7.2, keyed by the API's extension reasons.
    extensionReason: {
      manufacturer_service: "the device went to the manufacturer's authorised service",
      no_replacement: "no replacement product is available yet",
    } satisfies Record<WarrantyExtensionReason, string>,
    coversTerm: "Covers on the filing day",
    paidService: "Paid service (no free cover applies)",
    delivery: "Sent",
    description: "Problem",
    order: "Order",
    viewOrder: "View the order",
    diagnosis: (findings: string) => `Diagnosis: ${findings}`,
    rejected: (why: string) => `Not covered by the warranty: ${why}`,
    quoteTitle: "Repair quote",
    quoteAmount: (amount: string) => `Repair: ${amount}`,
    quoteDays: (d: number) => `Estimated time: ${days(d)} after you accept.`,
    quoteParts: (parts: string) => `Parts to order: ${parts}`,
    quoteAccepted: (at: string) => `You accepted the quote on ${at}.`,
    quoteDeclined: (at: string) => `You declined the quote on ${at}.`,
    quoteAcceptMeans: "If you accept, the parts are ordered and the repair starts.",
    // R8.4: the fee a decline costs, said before the shopper clicks.
    quoteDeclineMeans: (fee: string) =>
      `If you decline, a diagnostic fee of ${fee} is due and the device is returned to you at your cost.`,
    acceptQuote: (amount: string) => `Accept the repair (${amount})`,
    declineQuote: (fee: string) => `Decline (diagnostic fee ${fee})`,
    quoteAcceptedNotice: "You accepted the quote: the repair starts.",
    quoteDeclinedNotice: (fee: string) =>
      `You declined the quote: the diagnostic fee of ${fee} is due, then the device comes back to you.`,
    quoteDeclineMeansNoFee: "If you decline, no fee is due and the device is returned to you at your cost.",
    declineQuoteNoFee: "Decline",
    quoteDeclinedNoFeeNotice: "You declined the quote: the device comes back to you.",
    feesTitle: "Fees",
    feeLine: (amount: string, why: string) => `Diagnostic fee ${amount} (${why})`,
    feeReason: { quote_declined: "quote declined", rejected: "not covered" },
    feeDue: "To pay: the device is sent back once the fee is paid.",
    feePaid: (at: string, how: string) => `Paid ${how} on ${at}.`,
    feeWaived: (why: string) => (why ? `Waived: ${why}` : "Waived."),
    online: "online",
    atCounter: "at the counter",
    payFee: (amount: string) => `Pay ${amount} online`,
    payFeeDetail: "Demo payment: the shop's test provider, no card is charged.",
    feePaidNotice: (amount: string) => `Thank you: the fee of ${amount} is paid.`,
    timelineTitle: "What happened so far",
  },
  // R8.2-R8.5: the offer; its choices and their details are `claim.offer_option`/`offer_detail`.
  offer: {
    title: "Our offer",
    kind: {
      replacement: "A replacement of the same model",
      valuation: "Your device is valued: choose how to get its value",
      trade_in: "A trade-in: credit towards another device",
    } satisfies Record<WarrantyOfferKind, string>,
    value: (amount: string) => `Value: ${amount}`,
    basis: { list_price: "list price", market_value: "current market value" } satisfies Record<WarrantyValueBasis, string>,
    tradeInReason: {
      unrepairable: "The device cannot be repaired.",
      parts_withdrawn: "The parts are no longer made.",
      end_of_life: "The model has reached its end of life.",
      repair_too_costly: "The repair would cost too much compared with the device's value.",
    } satisfies Record<WarrantyTradeInReason, string>,
    openUntil: (d: string) => `Open until ${d}.`,
    status: {
      open: "Open",
      accepted: "You accepted this offer.",
      declined: "You declined this offer.",
      expired: "This offer has expired.",
      replaced: "This offer was replaced by a newer one.",
    } satisfies Record<WarrantyOfferStatus, string>,
    silence: "Without an answer by then, the device is returned to you at your cost.",
    choicesLabel: "Your choice",
    noneNow: "None of these choices can be taken right now (the reason is under each). Call the service, or decline the offer.",
    productPicker: "The product you want (you pay the difference at checkout)",
    noSuggestions: "The shop has not suggested products for this choice; contact the service.",
    variant: "Version",
    chooseVariant: "Choose a version",
    returnDevice: "Send my device back",
    returnDeviceDetail:
      "Otherwise the broken device is recycled free of charge. Returning it is at your cost unless you buy another device with the credit.",
    pickChoice: "Choose one of the options first.",
    pickProduct: "Choose the product (and its version) first.",
    accept: "Accept",
    acceptChoice: (label: string) => `Accept: ${label}`,
    decline: "Decline the offer",
    declineMeans: "If you decline, the device is returned to you at your cost.",
    acceptedNotice: (label: string) => `You chose: ${label}.`,
    declinedNotice: "You declined the offer: the device is returned to you at your cost.",
    youChose: (label: string) => `You chose: ${label}.`,
  },
  resolution: {
    title: "Your resolution",
    credit: (amount: string, until: string) => `Your credit of ${amount} is valid until ${until}, on your account only.`,
    codeLabel: "Credit code",
    copy: "Copy the code",
    useCode: "Enter this code at checkout to use the credit.",
    topUp: "The product you chose is in a cart with your credit applied: pay the difference to complete the order.",
    continueCheckout: "Continue to checkout",
    bought: "You bought a device with this credit.",
    viewOrder: "View the order",
    refund: (amount: string) => `${amount} is refunded to the payment method of your order.`,
    exchange: "A replacement unit is on its way; its warranty card appears on the order.",
    recycled: (at: string) => `The old device was recycled free of charge on ${at}.`,
  },
  // R7.4: where the device goes back.
  returns: {
    title: "Return of the device",
    askedNow: "Tell us where to send the device back: the service ships it only after you confirm these details.",
    askLater: "When the service is done, we send the device back to the address you confirm here.",
    give: "Give the return details",
    change: "Change the return details",
    name: "Name",
    phone: "Phone",
    submit: "Confirm the return details",
    savedNotice: "Thank you: the return details are confirmed.",
    confirmed: (at: string) => `Confirmed on ${at}:`,
    shipped: (carrier: string, tracking: string, at: string) =>
      `Shipped back with ${carrier}, tracking number ${tracking}, on ${at}.`,
    paidByShop: "Shipping is paid by the shop.",
    paidByYou: "Shipping is paid by you.",
  },
  cancel: {
    title: "Cancel the claim",
    intro: "You can withdraw the claim until the service receives the device.",
    reason: "Why (optional)",
    submit: "Cancel this claim",
    notice: "The claim is canceled.",
  },
  address: {
    address1: "Address",
    address2: "Apartment, floor (optional)",
    city: "City",
    postalCode: "Postal code",
    province: "County (optional)",
    country: "Country",
    chooseCountry: "Choose the country",
    romania: "Romania",
  },
}

export const en: Catalogue = {
  format: {
    language_tag: "en-GB",
    document_day: (day) => day,
    months,
    days,
  },
  warranty: {
    // R5.3
    statutory_rights: STATUTORY_RIGHTS,
    // R5.2
    accessory_exclusions:
      "Not covered: wear, abrasions, scratches, stains, cracks, broken or bent cables and other damage that appears through use.",
    battery_terms: (days, threshold) =>
      `The battery is under warranty for ${days} days from the start of the warranty, for a defect that makes it stop working. Battery health falling under ${threshold}% during use is normal wear and is not covered.`,
    // R4.5
    oem_battery_note:
      "This model uses an OEM battery with the same characteristics and durability as the original. The phone may show a \"non-genuine part\" message or no health percentage; this does not affect performance. A warranty replacement is also an OEM battery at 100% capacity.",
    // R10
    power_requirements: "Power: earthed sockets, 220 V (-15% / +10%), 50 Hz (±1 Hz).",
  },
  // R5.1 the phone's functions, in the order of Art. 2; R5.2 an accessory's one cover.
  defect: {
    original_phone: "Original phone",
    no_liquid_contact: "No liquid contact",
    display: "Working display",
    touch_screen: "Working touch screen",
    biometric_unlock: "Fingerprint or face unlock",
    battery: "Battery",
    light_sensor: "Light sensor",
    proximity_sensor: "Proximity sensor",
    microphone: "Microphone",
    speaker: "Speaker",
    audio_jack: "Audio jack",
    menu_button: "Menu button",
    power_button: "Power button",
    volume_buttons: "Volume buttons",
    silent_switch: "Silent switch",
    vibration: "Vibration",
    wifi: "Wi-Fi",
    bluetooth: "Bluetooth",
    flashlight: "Flashlight",
    gsm_navigation: "GSM signal and navigation",
    cameras: "Cameras",
    autofocus: "Autofocus",
    charging_port: "Charging port",
    sim_slot: "SIM slot",
    manufacturing_defect: "Manufacturing defects",
  },
  card: {
    status: {
      pending: "Pending",
      active: "Active",
      expired: "Expired",
      void: "Void",
    },
    coverage: {
      full: "The phone's functions (Art. 2)",
      manufacturing_defects: "Manufacturing defects only (Art. 4)",
    },
    delivery_kind: {
      pickup: "Pickup in store",
      courier: "Courier",
    },
    // R3.1-R3.3
    start_rule: {
      pickup: "The warranty starts on the day you receive the product and the warranty card, at pickup in store.",
      courier:
        "For products delivered by courier, the warranty starts on the day the warranty card (the invoice) is issued.",
    },
    battery_source: {
      sale: "At sale",
      intake: "At service intake",
      repair: "After repair",
      customer_report: "Reported by the customer",
    },
    battery_kind: {
      original: "Original",
      oem: "OEM",
    },
    document: {
      title: "Warranty card",
      card_number: "Card number",
      order: "Order",
      customer: "Customer",
      product: "Product",
      variant: "Variant",
      sku: "SKU",
      serial: "Serial / IMEI",
      serial_missing: "To be set by the shop",
      status: "Status",
      delivery: "Delivery",
      issued_at: "Issue date",
      length: "Warranty length",
      coverage: "Coverage",
      starts_on: "Start date",
      ends_on: "End date",
      ends_on_note: "valid through the whole end day",
      not_started: "not started yet",
      start_rule_title: "When the warranty starts",
      battery_title: "Battery warranty",
      battery_length: "Battery warranty length",
      battery_ends_on: "Battery warranty through",
      sale_health: "Battery health at sale",
      readings: "Latest battery readings",
      reading_date: "Date",
      reading_percent: "Health",
      reading_source: "Source",
      reading_kind: "Battery kind",
      no_percent: "no percentage shown",
      oem_title: "OEM battery",
      coverage_title: "What the warranty covers",
      statutory_title: "Your statutory rights",
      page: "Page",
    },
  },
  claim: {
    status: {
      submitted: "Submitted",
      received: "Received",
      diagnosing: "Diagnosing",
      awaiting_customer: "Awaiting your decision",
      repairing: "Repairing",
      at_manufacturer: "At the manufacturer",
      ready: "Ready",
      awaiting_return_details: "Awaiting return details",
      returning: "Being returned",
      rejected: "Rejected",
      unrepairable: "Cannot be repaired",
      offered: "Offer awaiting your choice",
      recycling: "To be recycled",
      closed: "Closed",
      canceled: "Canceled",
    },
    move: {
      submit: "Claim filed",
      add_photos: "Photos added",
      receive: "Device received by the service",
      cancel: "Claim canceled",
      diagnose: "Diagnosis started",
      start_repair: "Repair started",
      quote: "Quote sent",
      accept_quote: "Quote accepted",
      decline_quote: "Quote declined",
      reject: "Not covered by the warranty",
      mark_unrepairable: "The device cannot be repaired",
      send_to_manufacturer: "Sent to the manufacturer",
      mark_ready: "The device is ready",
      request_return_details: "Please confirm the return details",
      confirm_return_details: "Return details confirmed",
      ship_return: "Device shipped back",
      close: "Claim closed",
      extend: "Service period extended",
      note: "Message from the service",
      mark_overdue: "Service period exceeded",
      make_offer: "Resolution offer sent",
      accept_offer: "Offer accepted",
      accept_trade_in: "Trade-in offer accepted",
      accept_trade_in_return: "Trade-in offer accepted (the device is returned to you)",
      decline_offer: "Offer declined",
      expire_offer: "Offer expired",
      remind_offer: "The offer expires soon",
      recycle: "Device recycled free of charge",
      pay_fee: "Diagnostic fee paid online",
      mark_fee_paid: "Diagnostic fee paid at the counter",
      waive_fee: "Diagnostic fee waived",
    },
    // R9 (Art. 12), in the order of the terms.
    exclusion_reason: {
      card_mismatch: "The warranty card data does not match the product.",
      card_missing: "The warranty card (or its copy) is missing.",
      warranty_expired: "The warranty period has expired.",
      outside_repair: "A repair, modification or change was attempted outside the authorised workshop.",
      non_original_parts: "Non-original consumables or materials were used.",
      normal_wear: "Periodic checks, maintenance or replacement of parts worn by normal use.",
      misuse_software: "Misuse: unofficial software or OS, a beta OS, rooting, long exposure to sun or cold.",
      seals_broken: "Warranty seals, patches or factory labels are broken.",
      transport_or_handling:
        "Damage from transport, storage, ignoring the instructions, electrical faults, lightning, lack of earthing, mechanical deformation or careless handling.",
      force_majeure: "Force majeure: surges, storms, floods, fire, war, civil unrest, poor mains.",
      other_devices: "Defects caused by other modules or devices used with the product.",
      software_or_malware: "Defects caused by software updates or malware.",
      impact_liquid_damage:
        "Impact marks, heavy dirt, liquid or visible mechanical damage (not accepted for warranty service).",
      touch_screen_force: "Excessive force or metal objects used on the touch screen.",
      imei_tampered:
        "IMEI removed or changed, device opened or repaired by another service, warranty stickers removed.",
      improper_use: "Physical damage from improper use and care.",
      user_damage: "User damage: a broken screen, USB port or SIM slot.",
      water_damage: "Water or humidity damage.",
      screen_misuse: "Screen damage from misuse (yellow spot, pinch streaks).",
      screen_burn_in: "Screen burn-in (the \"ghost\" effect) from one app left on screen too long.",
    },
    eligibility: {
      card_void: (reason) => `The warranty card is void (${reason}); no claim can be filed on it.`,
      card_not_started: () => "The warranty has not started yet: the product has not been handed over or invoiced.",
      before_start: (day) => `The date asked is before the warranty started (${day}).`,
      legal_ended: (day) => `The legal guarantee of conformity ended on ${day}.`,
      commercial_ended: (day) => `The commercial warranty ended on ${day}.`,
      commercial_not_covered: (codes) => `The commercial warranty does not cover: ${codes}.`,
      battery_ended: (day) => `The battery warranty ended on ${day}.`,
      battery_wear: () => "Battery health falling through use is normal wear, not a defect (R4.4).",
      paid_service: () => "No warranty applies: the repair will be paid, after a quote that you accept or decline.",
    },
    // R8.2 replacement, R8.3 credit, top-up or refund, R8.5 trade-in.
    offer_option: {
      replacement: "Replacement with the same model",
      credit: "Another product for the valued amount",
      credit_with_top_up: "A dearer product, paying the difference",
      refund: "A refund of the value",
      trade_in: "Credit towards another device (trade-in)",
    },
    offer_detail: {
      replacement:
        "You receive a unit of the same model with the same characteristics; its card keeps your warranty's end date.",
      credit: "You get a single-use credit code that works only on your account.",
      credit_with_top_up: "Pick the product; the credit is put on a cart and you pay the difference at checkout.",
      refund: "The value is refunded to the original order's payment method.",
      trade_in:
        "You get a credit code; the broken device is recycled free of charge. If you want it back, the return is free when you buy another device.",
    },
    offer_blocked: {
      offer_closed: "The offer is no longer open.",
      payment_not_captured: "Not possible yet: the shop has not taken the order's payment. Please contact the shop.",
      nothing_to_refund: "Not possible: less than this value is left to refund on the order's payment. Please contact the shop.",
      out_of_stock: "Not possible now: the replacement is out of stock. The shop will make you another offer.",
      currency_mismatch: "Not possible: the offer is in another currency than your order. Please contact the shop.",
      order_canceled: "Not possible: the order was canceled.",
      unit_not_delivered: "Not possible: the unit was not delivered to you from this order.",
      no_shipping_option: "Not possible: the order has no delivery method for the replacement. Please contact the shop.",
      variant_unavailable: "Not possible: the replacement is no longer sold. The shop will make you another offer.",
      card_void: "Not possible: the unit's warranty card is void.",
      no_customer: "Not possible: a credit code needs a customer account.",
    },
  },
  claim_label: {
    field: {
      title: "Parcel label – warranty claim",
      cut_courier: "Cut out the label and stick it on the parcel",
      cut_drop_off: "Cut out the label and stick it on the package you bring to the service",
      ticket_number: "TICKET NUMBER",
      sender: "SENDER",
      recipient: "RECIPIENT (SERVICE)",
      name: "NAME",
      address: "ADDRESS",
      contact_person: "CONTACT PERSON",
      phone: "PHONE",
      no_cod_title: "NO CASH ON DELIVERY · SHIPPING PAID BY THE SENDER",
      hand_in_title: "How to hand in the device",
      checklist_title: "Before you hand it in",
      packing_title: "Packing",
      claim_title: "Your claim",
      product: "Product",
      serial: "Serial / IMEI",
      defects: "Reported defects",
      filed_on: "Filed on",
      service_hours: "Service hours",
      service_phone: "Phone",
      page: "Page",
    },
    // R6.2
    no_cash_on_delivery:
      "Cash-on-delivery parcels are refused. Shipping to the service and back is paid by the customer.",
    // R6.8
    service_hours: (opens, closes) => `Monday to Friday ${opens}-${closes}`,
    // R6.2
    courier_instructions:
      "Send the parcel by courier to the service address on the label, with the shipping paid by you. Cash-on-delivery parcels are refused. Sending the device back after service is also at your cost.",
    // R6.2, R6.8
    drop_off_instructions: (address, hours) =>
      `Bring the device in person to the service address (${address}), ${hours}. You do not need to ship it. If you ship it after all, you pay the shipping: cash-on-delivery parcels are refused.`,
    // R6.3 (Art. 7)
    checklist: {
      data_backup: "I backed up my data. The shop is not liable for data lost from the device.",
      lock_removed: "I removed the screen lock code, so that the service can test the device.",
      films_removed: "I removed the protective films and stickers from the case and buttons.",
    },
    // R6.4
    accessories_included: (accessories) =>
      `I included all the device's accessories (battery, charger, cradle, etc.). Declared in the claim: ${
        accessories.length ? accessories.join(", ") : "no accessories"
      }.`,
    // R6.6
    packing_advice:
      "Wrap the device in bubble wrap, then put it in a carton box. Use the original packaging if you have it. Stick the label on the box where it can be seen.",
    // R6.7
    no_invoice_needed: (shop) => `No invoice needed: your order from ${shop} is the purchase document.`,
  },

  receipts: {
    field: {
      intake_title: "Intake receipt",
      handover_title: "Handover receipt",
      ticket_number: "Ticket",
      card_number: "Warranty card",
      customer: "Customer",
      phone: "Phone",
      device: "Device",
      serial: "IMEI / serial",
      received_on: "Received on",
      handed_over_on: "Handed over on",
      delivery: "Brought in",
      delivery_drop_off: "At the counter",
      delivery_courier: "By courier",
      received_title: "What we received",
      accessories: "Accessories",
      no_accessories: "None",
      packaging: "Original packaging",
      seals: "Warranty seals",
      yes: "Yes",
      no: "No",
      seals_intact: "Intact",
      seals_broken: "Broken or missing",
      damage: "Visible damage",
      no_damage: "None noted",
      battery_intake: "Battery health at intake",
      defects_title: "Defects reported",
      defects: "Defects",
      description: "In your words",
      due_title: "Service due by",
      service_title: "Where to reach us",
      service_address: "Service address",
      service_hours: "Hours",
      terms_title: "Terms that apply",
      outcome: "Outcome",
      work_title: "What was done",
      findings: "Diagnosis",
      repair_note: "Repair note",
      parts: "Parts",
      reason: "Reason",
      battery_after: "Battery health after repair",
      return_shipment: "Sent back by",
      fees_title: "Fees",
      no_fees: "Nothing to pay: no fee was charged for this service.",
      warranty_title: "Your warranty",
      signatures_title: "Signatures",
      sign_clerk: "For the service (name, signature)",
      sign_customer: "Customer (name, signature)",
      page: "Page",
    },
    // R7.1
    due_commercial: (days) => `${days}-day service period`,
    // R11.2
    due_legal: (days, working) => `${days}-${working ? "working-day" : "day"} legal limit`,
    // R7.2
    due_extended: "extended: the device went to the manufacturer's centre or no replacement was available",
    outcome: {
      repaired: "Repaired",
      replaced: "Replaced with the same model",
      valued: "Valued: credit or refund",
      returned_unrepaired: "Returned unrepaired",
      recycled: "Left with us for free recycling",
    },
    // R8.4
    fee: {
      diagnostic: "Diagnostic fee",
      paid: "paid",
      paid_counter: "paid at the counter",
      waived: "waived",
      due: "to pay",
    },
    money: (amount, currency_code) => formatMoney({ amount, currency_code }),
    terms: {
      // R6.7
      care: (shop) =>
        `From the day on this receipt until it is handed back, the device is in the care of ${shop}, which answers for it. Keep this receipt: it proves what you left with us. Your order from ${shop} is the purchase document; no invoice is needed.`,
      // R6.3 (Art. 7)
      data: "We are not liable for data on the device: back it up before handing it in, and remove the screen lock so that we can test it.",
      // R7.1, R7.2
      service_period: (days) =>
        `The service takes at most ${days} days from the day we receive the device. If it has to go to the manufacturer's authorised centre, or no replacement is available, the period may be extended; we will tell you the new date.`,
      // R11.2
      legal_limit: (days, working, fromFiling) =>
        `Under the legal guarantee of conformity, a repair or replacement is free of charge and done within ${days} ${
          working ? "working days" : "calendar days"
        } from ${fromFiling ? "the day you told us about the defect" : "the day we receive the device"}.`,
      // R7.4, R6.2
      collect: (hours) =>
        `We will tell you when the service ends. Collect the device at the service address (${hours}) with this receipt, or we send it back by courier once you have confirmed the shipping details; shipping is paid by the customer.`,
    },
    handover: {
      // R7.6
      warranty_continues: (card, endsOn) =>
        `A repair under warranty neither ends nor restarts your warranty: card ${card} stays valid until ${endsOn}.`,
      // R8.2
      warranty_new_card: (card, endsOn) => `The replacement comes with its own warranty card ${card}, valid until ${endsOn}.`,
      // R8.5
      recycled: "The device stays with us and is recycled free of charge, as you chose.",
      confirm:
        "Check the device before you sign. By signing, the customer confirms that they received the device and the accessories listed on the intake receipt.",
    },
    intake_confirm: "By signing, both confirm that the device was handed in as described above.",
  },

  claim_email: {
    submitted: (d) => ({
      subject: `Your service claim ${d.ticket_number} has been filed`,
      text: body(d, [
        `We have registered your service claim for ${d.product_title}. Your ticket number is ${d.ticket_number}; please quote it whenever you contact us.`,
        `Download the parcel label (with the ticket number and the service address) here: ${d.label_url}\nStick it on the parcel, or bring it when you drop the device off.`,
        [
          "Before you hand the device over:",
          "- back up your data (we are not liable for lost data);",
          "- remove the screen lock code;",
          "- remove protective films and stickers;",
          "- include all its accessories (charger, cable, etc.).",
        ].join("\n"),
        "If you send the device by courier, wrap it in bubble wrap, then put it in a carton box. Shipping is paid by you; cash-on-delivery parcels are refused.",
      ]),
    }),

    received: (d) => ({
      subject: `We have received your device for claim ${d.ticket_number}`,
      text: body(d, [
        `Your ${d.product_title} has reached our workshop and will now be diagnosed.`,
        d.due_on && `We will resolve your claim by ${formatDay(d.due_on)}.`,
        "We will e-mail you at every important step.",
      ]),
    }),

    quoted: (d) => ({
      subject: `Repair quote for claim ${d.ticket_number}`,
      text: body(d, [
        `We have diagnosed your ${d.product_title}. The repair is not covered free of charge by the warranty; it costs ${formatMoney(d.quote)} and should take about ${days(d.quote.estimated_days)} from your acceptance.`,
        !!d.quote.parts_to_order?.length &&
          `Parts to order: ${d.quote.parts_to_order.join(", ")}. We order them only once you accept the quote.`,
        "Please accept or decline the quote on your claim page.",
        d.quote.diagnostic_fee &&
          `If you decline it, a diagnostic fee of ${formatMoney(d.quote.diagnostic_fee)} is due and the device is returned at your cost.`,
      ]),
    }),

    return_details_requested: (d) => ({
      subject: `Your device is ready: please confirm the return details (${d.ticket_number})`,
      text: body(d, [
        `The service of your ${d.product_title} is finished.`,
        "Before we send it back, please confirm on your claim page the delivery address and the phone number the courier can reach you on. We ship the device only once you have confirmed these details.",
        d.delivery_method === "drop_off" && "If you prefer, you can collect it in person from the service.",
      ]),
    }),

    return_shipped: (d) => ({
      subject: `Your device for claim ${d.ticket_number} is on its way back`,
      text: body(d, [
        `We have handed your ${d.product_title} to ${d.carrier}.`,
        `The tracking number is ${d.tracking_number}.`,
      ]),
    }),

    // R9: the reason is the R9 text; R5.3: the statutory rights stay whole.
    rejected: (d) => ({
      subject: `Claim ${d.ticket_number} cannot be handled under warranty`,
      text: body(d, [
        `We have examined your ${d.product_title}. The defect is not covered by the warranty, for this reason: ${sentence(d.reason_text)}`,
        d.note && `The service's notes: ${sentence(d.note)}`,
        d.fee && `A diagnostic fee of ${formatMoney(d.fee)} is due.`,
        "The device will be returned to you; please check the delivery address and phone number on your claim page.",
        STATUTORY_RIGHTS,
      ]),
    }),

    // R7.1, R11.2: past the service period, the shopper's remedies under the legal guarantee.
    overdue: (d) => ({
      subject: `We apologise: claim ${d.ticket_number} is past its service deadline`,
      text: body(d, [
        `We apologise: we have not finished the service of your ${d.product_title} by ${formatDay(d.due_on)}, the deadline we committed to. We are still working on your claim and will tell you as soon as the device is ready.`,
        d.due_basis === "legal"
          ? "The legal guarantee of conformity entitles you to a free repair or replacement within the legal time limit. As that limit has passed, you may ask, at your choice, for a proportionate price reduction or to terminate the contract and be refunded the price you paid."
          : `Our warranty terms provide for the service to be completed within the period given when we received the device. ${STATUTORY_RIGHTS} If the product is not brought into conformity within a reasonable time, you may ask for a proportionate price reduction or to terminate the contract.`,
        d.service_phone
          ? `To exercise these rights, call us on ${d.service_phone}, Monday to Friday.`
          : "Contact us at any time to exercise these rights.",
      ]),
    }),

    offer_made: (d) => ({
      subject: `Our offer for claim ${d.ticket_number}`,
      text: body(d, [
        ...offerParagraphs(d),
        d.offer.note && `The service's notes: ${sentence(d.offer.note)}`,
        offerDeadline(d.offer),
      ]),
    }),

    offer_expiring: (d) => ({
      subject: `Your offer for claim ${d.ticket_number} expires on ${formatDay(d.offer.expires.day)}`,
      text: body(d, [
        `A reminder that our offer for your ${d.product_title}, ${offerInShort(d.offer)}, is open until ${formatMoment(d.offer.expires)}.`,
        offerDeadline(d.offer),
      ]),
    }),

    offer_accepted: (d) => ({
      subject: `You accepted our offer for claim ${d.ticket_number}`,
      text: body(d, ["Thank you, we have recorded your choice.", ...acceptedParagraphs(d)]),
    }),

    offer_declined: (d) => ({
      subject: `You declined our offer for claim ${d.ticket_number}`,
      text: body(d, [
        `We have recorded that you declined our offer for your ${d.product_title}, so we will return the device to you.`,
        ...returnParagraphs(d),
      ]),
    }),

    offer_expired: (d) => ({
      subject: `The offer for claim ${d.ticket_number} has expired`,
      text: body(d, [
        `We did not receive an answer to our offer for your ${d.product_title} in time, so the offer has expired and we will return the device to you.`,
        ...returnParagraphs(d),
      ]),
    }),

    // R8.4: the diagnostic fee, paid online or at the counter, before the device goes back.
    fee_due: (d) => ({
      subject: `Diagnostic fee for claim ${d.ticket_number}: ${formatMoney(d.fee)}`,
      text: body(d, [
        `A diagnostic fee of ${formatMoney(d.fee)} is due for your ${d.product_title}${
          d.reason === "quote_declined"
            ? ", as you declined the repair quote"
            : d.reason === "rejected"
              ? ", as the defect is not covered by the warranty"
              : ""
        }.`,
        "You can pay it online on your claim page, with any of the payment methods on offer, or at our service counter.",
        `The device is returned to you only once the fee has been paid or we have waived it${
          d.delivery_method === "courier" ? "; the return shipping is at your cost" : ""
        }.`,
      ]),
    }),

    fee_paid: (d) => ({
      subject: `Payment received: diagnostic fee for claim ${d.ticket_number}`,
      text: body(d, [
        `We have received your payment of the diagnostic fee for your ${d.product_title}.`,
        [
          `Amount: ${formatMoney(d.fee)}`,
          `Date: ${formatDay(d.paid_on)}`,
          `Paid: ${d.via === "online" ? "online, on your claim page" : "at our service counter"}`,
          d.reference ? `Reference: ${d.reference}` : null,
        ]
          .filter((l): l is string => !!l)
          .join("\n"),
        ...returnParagraphs(d),
      ]),
    }),

    fee_waived: (d) => ({
      subject: `We have waived the diagnostic fee for claim ${d.ticket_number}`,
      text: body(d, [
        `We have waived the diagnostic fee of ${formatMoney(d.fee)} for your ${d.product_title}; you do not have to pay it.`,
        ...returnParagraphs(d),
      ]),
    }),

    resolved: (d) => ({
      subject: `Claim ${d.ticket_number} is settled`,
      text: body(d, [
        `The service claim for your ${d.product_title} is settled: ${outcomeLine(d)}.`,
        "Thank you for your patience.",
      ]),
    }),
  },

  storefront,

  public_check: publicCheckEn,

  ownership: ownershipEn,
}
