import { dueFeesLabel } from "../lib/format"
import { textMoveDrawer } from "./claim-text-move-drawer"

/** R8.2, R8.5: the device cannot be repaired; the API needs the reason. */
export const ClaimUnrepairableDrawer = textMoveDrawer({
  move: "mark_unrepairable",
  field: "note",
  required: true,
  label: "Why it cannot be repaired",
  hint: "e.g. parts withdrawn, end of life.",
  title: (c) => `Mark ${c.ticket_number} unrepairable`,
  description: () => "Then make the customer an offer: a replacement, a valuation or a trade-in.",
  submitLabel: "Mark unrepairable",
  done: (c) => `${c.ticket_number} marked unrepairable`,
  danger: true,
})

/** R8.4: the shopper paid the fee at the counter; the till receipt number is kept as the reference. */
export const ClaimMarkFeePaidDrawer = textMoveDrawer({
  move: "mark_fee_paid",
  field: "reference",
  required: false,
  short: true,
  label: "Till reference",
  hint: "e.g. the receipt number.",
  title: (c) => `Mark fee paid: ${c.ticket_number}`,
  description: (c) => `${dueFeesLabel(c.fees)} paid at the counter. The device can then go back to the customer.`,
  submitLabel: "Mark paid",
  done: (c) => `Fee marked paid on ${c.ticket_number}`,
})

/** R8.4: staff let the fee go; the reason is required and kept on the fee. */
export const ClaimWaiveFeeDrawer = textMoveDrawer({
  move: "waive_fee",
  field: "reason",
  required: true,
  label: "Reason",
  title: (c) => `Waive fee: ${c.ticket_number}`,
  description: (c) => `${dueFeesLabel(c.fees)} is no longer owed; the device can then go back to the customer.`,
  submitLabel: "Waive fee",
  done: (c) => `Fee waived on ${c.ticket_number}`,
  danger: true,
})

/** R8.5: the broken device was recycled, at no cost to the customer; this closes the claim. */
export const ClaimRecycleDrawer = textMoveDrawer({
  move: "recycle",
  field: "note",
  required: false,
  label: "Note",
  hint: "e.g. the recycler or the batch.",
  title: (c) => `Record recycling: ${c.ticket_number}`,
  description: () => "The device is recycled free of charge and the claim is closed. This cannot be undone.",
  submitLabel: "Record recycling",
  done: (c) => `${c.ticket_number}: device recycled`,
})
