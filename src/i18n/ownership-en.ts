/**
 * English texts of order and card transfers (issue 11, sections 2 and 3): the e-mails with the
 * one-time links, the owner log's words and the demo storefront's labels. `OwnershipTexts` is
 * this object's type: every other language gives the same keys (`ownership-ro.ts`).
 */
import type { ShopMoment } from "./claim-email"

export type OrderTransferMail = {
  shop_name: string
  order_number: string
  /** The storefront page that accepts the transfer, or null when the shop set none. */
  url: string | null
  token: string
  order_id: string
}

export type CardTransferMail = {
  shop_name: string
  card_number: string
  product_title: string
  /** The owner who hands the card on, by name (null when they gave none). */
  from_name: string | null
  url: string | null
  token: string
  card_id: string
  expires: ShopMoment
}

const when = (m: ShopMoment) => (m.time ? `${m.day} ${m.time}` : m.day)

export const ownershipEn = {
  order_transfer_email: (d: OrderTransferMail) => ({
    subject: `Add order #${d.order_number} to your account`,
    text: [
      "Hello,",
      `Someone signed in at ${d.shop_name} asked to add order #${d.order_number}, placed with this e-mail address, to their account. The order's warranty cards and claims go with it.`,
      d.url
        ? `If that was you, open this link while signed in to that account: ${d.url}`
        : `If that was you, accept the transfer of order ${d.order_id} with this code: ${d.token}`,
      "If it was not you, ignore this e-mail: nothing changes.",
      `${d.shop_name}`,
    ].join("\n\n"),
  }),

  card_transfer_email: (d: CardTransferMail) => ({
    subject: `A warranty card for your ${d.product_title}`,
    text: [
      "Hello,",
      `${d.from_name ?? "The owner"} is handing you the warranty card ${d.card_number} for a ${d.product_title} bought at ${d.shop_name}. The warranty keeps its dates; once you accept, you can file claims for it.`,
      d.url
        ? `Open this link while signed in with this e-mail address: ${d.url}`
        : `Sign in with this e-mail address and accept card ${d.card_id} with this code: ${d.token}`,
      `The link works once, until ${when(d.expires)}.`,
      "If you did not expect this, ignore this e-mail: nothing changes.",
      `${d.shop_name}`,
    ].join("\n\n"),
  }),

  /** How a card came to each owner (the dashboard's owner log). */
  owner_source: {
    sale: "Bought it",
    order_transfer: "Order transferred",
    card_transfer: "Card handed on by its owner",
    admin_transfer: "Moved by staff",
  },

  storefront: {
    addOrderTitle: "Add an order to my account",
    addOrderIntro:
      "Bought as a guest? Enter the order number from your confirmation e-mail (order_…). We e-mail a link to the address the order was placed with.",
    orderIdLabel: "Order ID",
    sendRequest: "Send the link",
    requestSent: "We have e-mailed a link to the order's e-mail address. Open it while signed in to add the order and its warranty cards to your account.",
    acceptOrderTitle: "Add the order to your account",
    acceptOrderIntro: "Accept to move this order, with its warranty cards and claims, into the account you are signed in to.",
    acceptOrder: "Add the order",
    orderAccepted: "The order is now in your account.",
    openAccount: "Go to my account",
    missingToken: "This link is incomplete: open the full link from the e-mail.",
    transferTitle: "Hand the card to a new owner",
    transferIntro: "Sold the phone? Enter the new owner's e-mail address. They accept with the link we send them, signed in with that address; the card keeps its dates and you no longer see it.",
    emailLabel: "New owner's e-mail",
    sendTransfer: "Send the card",
    transferPending: (email: string, until: string) => `Waiting for ${email} to accept, until ${until}.`,
    cancelTransfer: "Cancel the transfer",
    transferCanceled: "The transfer is canceled; the link no longer works.",
    transfersOff: "This shop does not transfer warranty cards.",
    acceptCardTitle: "Accept a warranty card",
    acceptCardIntro: "Accept to take over this warranty card. You must be signed in with the e-mail address the link was sent to.",
    acceptCard: "Accept the card",
    cardAccepted: (card: string) => `Warranty card ${card} is now yours.`,
    openCard: "See my warranty cards",
    myCardsTitle: "Warranty cards",
    myCardsIntro: "Every card you hold, from your orders or handed to you by a previous owner.",
    noMyCards: "No warranty cards yet.",
    cardLink: (card: string, product: string) => `${card} · ${product}`,
    cardTitle: (card: string) => `Warranty card ${card}`,
    cardNotFound: "This warranty card does not exist or is not yours.",
  },
}

export type OwnershipTexts = typeof ownershipEn
