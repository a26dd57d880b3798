import { Button, usePrompt } from "@medusajs/ui"
import { type ComponentType, useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type {
  AdminWarrantyClaimMove as AdminClaimMove,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimDiagnoseDrawer } from "./claim-diagnose-drawer"
import { ClaimExtendDrawer } from "./claim-extend-drawer"
import { ClaimNoteDrawer } from "./claim-note-drawer"
import { ClaimOfferDrawer } from "./claim-offer-drawer"
import { ClaimQuoteDrawer } from "./claim-quote-drawer"
import { ClaimReceiveDrawer } from "./claim-receive-drawer"
import { ClaimMarkReadyDrawer, ClaimStartRepairDrawer } from "./claim-repair-drawers"
import { ClaimRejectDrawer } from "./claim-reject-drawer"
import { ClaimShipReturnDrawer } from "./claim-ship-return-drawer"
import { ClaimMarkFeePaidDrawer, ClaimRecycleDrawer, ClaimUnrepairableDrawer, ClaimWaiveFeeDrawer } from "./claim-text-move-drawers"

type DrawerProps = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** Moves that need a form. */
const DRAWERS: Partial<Record<AdminClaimMove, ComponentType<DrawerProps>>> = {
  receive: ClaimReceiveDrawer,
  diagnose: ClaimDiagnoseDrawer,
  quote: ClaimQuoteDrawer,
  start_repair: ClaimStartRepairDrawer,
  mark_ready: ClaimMarkReadyDrawer,
  extend: ClaimExtendDrawer,
  reject: ClaimRejectDrawer,
  ship_return: ClaimShipReturnDrawer,
  mark_unrepairable: ClaimUnrepairableDrawer,
  note: ClaimNoteDrawer,
  make_offer: ClaimOfferDrawer,
  mark_fee_paid: ClaimMarkFeePaidDrawer,
  waive_fee: ClaimWaiveFeeDrawer,
  recycle: ClaimRecycleDrawer,
}

type PromptMove = "send_to_manufacturer" | "close"

/** Moves that only need a yes: what the prompt says, and the toast after. */
const PROMPTS: Record<PromptMove, { title: string; description: string; done: string }> = {
  send_to_manufacturer: {
    title: "Send to the manufacturer?",
    description:
      "The device goes to the manufacturer's authorised service. If that takes longer than the due date, extend the due date.",
    done: "Sent to the manufacturer",
  },
  close: {
    title: "Close the claim?",
    description: "Close it once the device is handed over or delivered back. A closed claim cannot be moved again.",
    done: "Claim closed",
  },
}

const LABELS: Record<AdminClaimMove, string> = {
  receive: "Receive device",
  diagnose: "Diagnose",
  start_repair: "Start repair",
  quote: "Send quote",
  send_to_manufacturer: "Send to manufacturer",
  mark_ready: "Mark ready",
  ship_return: "Ship return",
  close: "Close claim",
  extend: "Extend due date",
  reject: "Reject",
  mark_unrepairable: "Mark unrepairable",
  note: "Add note",
  make_offer: "Make offer",
  mark_fee_paid: "Mark fee paid",
  waive_fee: "Waive fee",
  recycle: "Record recycling",
}

/** The order the buttons stand in; the first of them that is open is the primary one. */
const ORDER: AdminClaimMove[] = [
  "receive",
  "diagnose",
  "start_repair",
  "quote",
  // The usual next step of a repair comes before the exception (the manufacturer's service).
  "mark_ready",
  "send_to_manufacturer",
  // R8.4: a due fee is settled before the device goes back.
  "mark_fee_paid",
  // R8.2-R8.5: an unrepairable device is resolved by an offer before anything else.
  "make_offer",
  "recycle",
  "ship_return",
  "close",
  "extend",
  "reject",
  "mark_unrepairable",
  "waive_fee",
]
const NEVER_PRIMARY: AdminClaimMove[] = ["extend", "reject", "mark_unrepairable", "note", "waive_fee", "send_to_manufacturer"]

const isPromptMove = (move: AdminClaimMove): move is PromptMove => move in PROMPTS

/**
 * The moves open to staff now (the API's `allowed_moves`), in button order; customer and system
 * moves are left out, and so are the ones the API would refuse for what is already on record: a
 * repair after an uncovered diagnosis, a quote after a covered one (R8.1, R11.3), a second
 * return shipment.
 */
export function adminMoves(claim: WarrantyClaimDetail, include: AdminClaimMove[] = ORDER): AdminClaimMove[] {
  const covered = claim.status === "diagnosing" ? claim.diagnosis?.covered : undefined
  return include.filter((move) => {
    if (!claim.allowed_moves.includes(move)) {
      return false
    }
    if (move === "start_repair" && covered === false) {
      return false
    }
    if (move === "quote" && covered === true) {
      return false
    }
    return !(move === "ship_return" && claim.return_shipment)
  })
}

const PromptMoveButton = ({
  claim,
  move,
  primary,
}: {
  claim: WarrantyClaimDetail
  move: PromptMove
  primary: boolean
}) => {
  const prompt = usePrompt()
  const { mutate, isPending } = useClaimMove(claim.id, move)
  const text = PROMPTS[move]

  const run = async () => {
    const confirmed = await prompt({
      title: text.title,
      description: `${claim.ticket_number}: ${text.description}`,
      confirmText: LABELS[move],
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (confirmed) {
      mutate({}, claimMoveCallbacks(`${claim.ticket_number}: ${text.done.toLowerCase()}`))
    }
  }

  return (
    <Button
      size="small"
      variant={primary ? "primary" : "secondary"}
      data-variant={primary ? "primary" : "secondary"}
      isLoading={isPending}
      onClick={run}
    >
      {LABELS[move]}
    </Button>
  )
}

/** One button per move the API allows now; forms open in a drawer, the rest ask for a yes. */
export const ClaimActions = ({ claim, include }: { claim: WarrantyClaimDetail; include?: AdminClaimMove[] }) => {
  const [open, setOpen] = useState<AdminClaimMove | null>(null)
  const moves = adminMoves(claim, include)
  const notPrimary: AdminClaimMove[] = [
    ...NEVER_PRIMARY,
    // A drop-off device is handed back at the counter: shipping it is the exception.
    ...(claim.delivery_method === "drop_off" ? (["ship_return"] as const) : []),
    // While a quote or an offer waits for the customer, a new offer is the exception.
    ...(claim.status === "unrepairable" ? [] : (["make_offer"] as const)),
  ]
  const primary = moves.find((m) => !notPrimary.includes(m))
  const Drawer = open ? DRAWERS[open] : undefined

  if (!moves.length) {
    return null
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-end gap-2">
        {moves.map((move) =>
          isPromptMove(move) ? (
            <PromptMoveButton key={move} claim={claim} move={move} primary={move === primary} />
          ) : (
            <Button
              key={move}
              size="small"
              variant={move === primary ? "primary" : "secondary"}
              data-variant={move === primary ? "primary" : "secondary"}
              onClick={() => setOpen(move)}
            >
              {move === "make_offer" && claim.offer?.status === "open" ? "Replace offer" : LABELS[move]}
            </Button>
          )
        )}
      </div>
      {/* Mounted only while open, so each opening starts from a fresh form. */}
      {Drawer && <Drawer claim={claim} open onOpenChange={(isOpen) => !isOpen && setOpen(null)} />}
    </>
  )
}
