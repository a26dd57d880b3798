import {
  allowedMoves,
  CLAIM_MOVE_EVENTS,
  CLAIM_TRANSITIONS,
  CLOCK_STATES,
  findTransition,
  type ClaimActorValue,
  type ClaimMove,
  type ClaimStatusValue,
  type Transition,
} from "../rules/claim-transitions"
import {
  assessCovers,
  defectCodesFor,
  defectsProblem,
  feeAllowed,
  isOverdue,
  mainCover,
  serviceDue,
  type Cover,
  type CoverCard,
  type DeadlineSettings,
} from "../rules/claim-covers"
import {
  acceptMoveFor,
  availableMoves,
  ClaimMoveError,
  planClaimMove,
  type MoveInput,
  type MovePlan,
  type MoveSettings,
  type Fee,
  type PlannedClaim,
  type Quote,
} from "../rules/claim-moves"
import type { Offer } from "../rules/claim-offers"
import { ELIGIBILITY_REASON_CODES } from "../codes"
import { texts } from "../../../i18n"

/* ------------------------------------------------------------------ fixtures */

/** The reference card: starts 2026-01-10, 24 months, 90 battery days (R2.1, R3.4, R4.1). */
const PHONE: CoverCard = {
  status: "active",
  void_reason: null,
  starts_on: "2026-01-10",
  ends_on: "2028-01-10",
  battery_ends_on: "2026-04-10",
  kind: "device",
  coverage: "full",
}

/** A 12-month commercial warranty on the same start day (R2.2). */
const PHONE_12: CoverCard = { ...PHONE, ends_on: "2027-01-10" }

const ACCESSORY: CoverCard = {
  status: "active",
  void_reason: null,
  starts_on: "2026-01-10",
  ends_on: "2028-01-10",
  battery_ends_on: null,
  kind: "accessory",
  coverage: "manufacturing_defects",
}

const LEGAL_24 = { legal_guarantee_months: 24 }

const NOW = "2026-02-20T10:00:00.000Z"

/** 2026-02-20 is a Friday. */
const SETTINGS: MoveSettings = {
  today: "2026-02-20",
  now: NOW,
  legal_guarantee_months: 24,
  service_days: 30,
  legal_remedy_days: 15,
  legal_remedy_day_unit: "calendar",
  // R8.4: one fee per currency; the claims below are on RON orders.
  diagnostic_fee: [
    { amount: 20, currency_code: "eur" },
    { amount: 100, currency_code: "ron" },
  ],
}

const LEGAL: Cover = { kind: "legal", until: "2028-01-10" }
const COMMERCIAL: Cover = { kind: "commercial", until: "2028-01-10" }
const BATTERY: Cover = { kind: "battery", until: "2026-04-10" }

const QUOTE: Quote = {
  amount: 350,
  currency_code: "ron",
  parts_to_order: ["display"],
  estimated_days: 7,
  diagnostic_fee: { amount: 20, currency_code: "eur" },
  decision: "pending",
  decided_at: null,
}

function claimIn(status: ClaimStatusValue, over: Partial<PlannedClaim> = {}): PlannedClaim {
  return {
    id: "wclm_1",
    status,
    delivery_method: "drop_off",
    defects: ["display"],
    covers: [],
    due_on: "2026-03-01",
    received_on: "2026-02-14",
    filed_on: "2026-02-20",
    exclusion_reason: null,
    diagnosis: null,
    quote: null,
    fees: [],
    extensions: [],
    return_details: null,
    return_shipment: null,
    locale: "ro",
    order_currency_code: "ron",
    ...over,
  }
}

const ADDRESS = { address_1: "Str. Lunga 1", city: "Cluj-Napoca", postal_code: "400000", country_code: "ro" }

/** A valid input for every move of the table; the Record type fails to compile when a move is added without one. */
const VALID_INPUT: { [M in ClaimMove]: MoveInput[M] } = {
  receive: { original_packaging: true, seals_intact: true, accessories_received: ["charger"] },
  cancel: { reason: "changed my mind" },
  diagnose: { findings: "display flickers, no impact marks", covered: true },
  start_repair: { note: null },
  quote: { amount: 350, currency_code: "RON", parts_to_order: ["display"], estimated_days: 7 },
  accept_quote: {},
  decline_quote: {},
  reject: { reason: "water_damage", note: "liquid indicator red" },
  mark_unrepairable: { note: "parts withdrawn by the maker" },
  send_to_manufacturer: { note: "sent to the authorised centre" },
  mark_ready: { note: "display replaced" },
  request_return_details: {},
  confirm_return_details: { name: "Ion Popescu", phone: "+40700000000", address: ADDRESS },
  ship_return: { carrier: "FAN Courier", tracking_number: "AWB123" },
  close: { note: null },
  extend: { reason: "manufacturer_service", due_on: "2026-04-01", note: "sent to Apple" },
  note: { note: "called the customer" },
  mark_overdue: {},
  make_offer: { kind: "trade_in", value: { amount: 150, currency_code: "EUR" }, trade_in_reason: "unrepairable" },
  accept_offer: { option: "credit" },
  accept_trade_in: { option: "trade_in" },
  accept_trade_in_return: { option: "trade_in" },
  decline_offer: { reason: "I want my phone back" },
  expire_offer: {},
  remind_offer: {},
  recycle: { note: null },
  pay_fee: { payment_collection_id: "pay_col_1", payment_id: "pay_1" },
  mark_fee_paid: { reference: "till 42" },
  waive_fee: { reason: "goodwill" },
}

/** An open offer allowing every choice (the table tests only need one to be open). */
const OPEN_OFFER: Offer = {
  kind: "valuation",
  status: "open",
  options: ["credit", "credit_with_top_up", "refund", "trade_in", "replacement"],
  value: { amount: 300, currency_code: "eur" },
  basis: "list_price",
  basis_note: null,
  trade_in_reason: null,
  replacement_variant_id: "variant_1",
  reservation_ids: ["resitem_1"],
  suggested_product_ids: [],
  note: null,
  made_at: "2026-02-19T10:00:00.000Z",
  expires_at: "2026-03-05T10:00:00.000Z",
  decided_at: null,
  accepted_option: null,
  return_device: false,
  decline_reason: null,
}

const DUE_FEE: Fee = {
  kind: "diagnostic",
  amount: 20,
  currency_code: "eur",
  status: "due",
  reason: "quote_declined",
  created_at: "2026-02-19T10:00:00.000Z",
  payment_collection_id: "pay_col_1",
}

/**
 * A claim in `t.from` that passes the guard of `t.move`: a covered diagnosis for start_repair, a
 * pending quote for accept/decline, a paid claim (no covers) for quote, return details for
 * ship_return, a courier parcel for request_return_details, a drop-off device for close.
 */
function claimFor(t: Transition): PlannedClaim {
  const base = claimIn(t.from, {
    diagnosis: { covered: true },
    quote: t.from === "awaiting_customer" ? QUOTE : null,
    offer: t.from === "offered" ? OPEN_OFFER : null,
  })
  switch (t.move) {
    case "pay_fee":
    case "mark_fee_paid":
    case "waive_fee":
      return { ...base, fees: [DUE_FEE] }
    case "request_return_details":
      return { ...base, delivery_method: "courier" }
    case "ship_return":
      return { ...base, delivery_method: "courier", return_details: { confirmed_at: "2026-02-19T09:00:00.000Z" } }
    case "quote":
      return { ...base, covers: [], diagnosis: { covered: false } }
    default:
      return base
  }
}

/** Calls planClaimMove and returns the ClaimMoveError it throws (fails the test when it throws nothing else). */
function refusal(run: () => MovePlan): ClaimMoveError {
  try {
    run()
  } catch (e) {
    if (e instanceof ClaimMoveError) {
      return e
    }
    throw e
  }
  throw new Error("expected a ClaimMoveError, the move was planned")
}

const ALL_MOVES = Object.keys(CLAIM_MOVE_EVENTS) as ClaimMove[]
const ACTORS: ClaimActorValue[] = ["customer", "admin", "system"]
const ALL_STATUSES: ClaimStatusValue[] = [
  "submitted",
  "received",
  "diagnosing",
  "awaiting_customer",
  "repairing",
  "at_manufacturer",
  "ready",
  "awaiting_return_details",
  "returning",
  "rejected",
  "unrepairable",
  "offered",
  "recycling",
  "closed",
  "canceled",
]

/* ---------------------------------------------------------- transition table */

describe("R6-R9 claim transition table", () => {
  const cases = CLAIM_TRANSITIONS.map((t): [string, Transition] => [`${t.from} --${t.move} (${t.actor})--> ${t.to}`, t])

  it.each(cases)("R6-R9 %s is planned to its target", (_name, t) => {
    const plan = planClaimMove(claimFor(t), PHONE, t.move, t.actor, VALID_INPUT[t.move], SETTINGS)
    expect(plan.from).toBe(t.from)
    expect(plan.to).toBe(t.to)
  })

  it("R6-R9 the table has no duplicate (from, move, actor) entries", () => {
    const keys = CLAIM_TRANSITIONS.map((t) => `${t.from}|${t.move}|${t.actor}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("R6-R9 every status is reachable from submitted", () => {
    const seen = new Set<string>(["submitted"])
    let grew = true
    while (grew) {
      grew = false
      for (const t of CLAIM_TRANSITIONS) {
        if (seen.has(t.from) && !seen.has(t.to)) {
          seen.add(t.to)
          grew = true
        }
      }
    }
    expect([...seen].sort()).toEqual([...ALL_STATUSES].sort())
  })

  it("R6-R9 every (status, move, actor) not in the table is refused with kind conflict", () => {
    let refused = 0
    for (const status of ALL_STATUSES) {
      for (const move of ALL_MOVES) {
        for (const actor of ACTORS) {
          if (findTransition(status, move, actor)) {
            continue
          }
          const e = refusal(() => planClaimMove(claimIn(status), PHONE, move, actor, VALID_INPUT[move], SETTINGS))
          expect(e.kind).toBe("conflict")
          refused++
        }
      }
    }
    expect(refused).toBeGreaterThan(ALL_STATUSES.length * ALL_MOVES.length)
  })

  const illegal: [string, ClaimStatusValue, ClaimMove, ClaimActorValue][] = [
    ["R7.1 receive twice (from received)", "received", "receive", "admin"],
    ["R6.1 the customer cannot cancel after intake", "received", "cancel", "customer"],
    ["R6.1 the customer cannot cancel while diagnosing", "diagnosing", "cancel", "customer"],
    ["R7.3 staff cannot accept the quote for the customer", "awaiting_customer", "accept_quote", "admin"],
    ["R8.4 staff cannot decline the quote for the customer", "awaiting_customer", "decline_quote", "admin"],
    ["R7.4 ship_return from repairing", "repairing", "ship_return", "admin"],
    ["R7.4 ship_return from ready before the details are asked", "ready", "ship_return", "admin"],
    ["R8.1 start_repair straight from received", "received", "start_repair", "admin"],
    ["R7.2 extend once the clock stopped (ready)", "ready", "extend", "admin"],
    ["R7.2 mark_overdue outside the clock (submitted)", "submitted", "mark_overdue", "system"],
  ]
  it.each(illegal)("%s is a conflict", (_name, status, move, actor) => {
    const claim = claimIn(status, { quote: QUOTE, diagnosis: { covered: true } })
    const e = refusal(() => planClaimMove(claim, PHONE, move, actor, VALID_INPUT[move], SETTINGS))
    expect(e).toBeInstanceOf(ClaimMoveError)
    expect(e.kind).toBe("conflict")
  })

  it.each(["closed", "canceled"] as const)("R6-R9 nothing but a staff note moves a %s claim", (status) => {
    for (const move of ALL_MOVES) {
      for (const actor of ACTORS) {
        if (move === "note" && actor === "admin") {
          const plan = planClaimMove(claimIn(status), PHONE, "note", "admin", VALID_INPUT.note, SETTINGS)
          expect(plan.to).toBe(status)
          continue
        }
        const e = refusal(() => planClaimMove(claimIn(status), PHONE, move, actor, VALID_INPUT[move], SETTINGS))
        expect(e.kind).toBe("conflict")
      }
    }
    expect(allowedMoves(status)).toEqual(["note"])
  })

  it("R6.1 allowedMoves: submitted", () => {
    expect(allowedMoves("submitted", "admin")).toEqual(["receive", "note"])
    expect(allowedMoves("submitted", "customer")).toEqual(["cancel", "confirm_return_details"])
    expect(allowedMoves("submitted", "system")).toEqual([])
  })

  it("R6.1 allowedMoves: received, the customer may no longer cancel", () => {
    expect(allowedMoves("received", "customer")).not.toContain("cancel")
    expect(allowedMoves("received", "admin")).toEqual(["diagnose", "extend", "note"])
    expect(allowedMoves("received", "system")).toEqual(["mark_overdue"])
  })

  it("R7.3 allowedMoves: diagnosing and awaiting_customer", () => {
    expect(allowedMoves("diagnosing", "admin")).toEqual(["start_repair", "quote", "reject", "mark_unrepairable", "make_offer", "extend", "note"])
    expect(allowedMoves("awaiting_customer", "customer")).toEqual(["accept_quote", "decline_quote", "confirm_return_details"])
    expect(allowedMoves("awaiting_customer", "admin")).toEqual(["make_offer", "extend", "note"])
  })

  it("R7.4 allowedMoves: ready (no actor) lists each move once, in table order", () => {
    expect(allowedMoves("ready")).toEqual(["request_return_details", "close", "confirm_return_details", "note"])
  })

  it("R7.1 the clock states are the ones between intake and ready", () => {
    expect([...CLOCK_STATES].sort()).toEqual(["at_manufacturer", "awaiting_customer", "diagnosing", "received", "repairing"])
    for (const s of CLOCK_STATES) {
      expect(allowedMoves(s, "admin")).toContain("extend")
      expect(allowedMoves(s, "system")).toContain("mark_overdue")
    }
  })
})

/* -------------------------------------------------------------------- covers */

describe("R11.3 covers of one battery defect over the card's life", () => {
  it("R11.3 R4.1 day 10: legal + commercial + battery", () => {
    const e = assessCovers(PHONE, ["battery"], "2026-01-20", LEGAL_24, "en")
    expect(e.fileable).toBe(true)
    expect(e.covered).toBe(true)
    expect(e.covers).toEqual([
      { kind: "legal", until: "2028-01-10" },
      { kind: "commercial", until: "2028-01-10" },
      { kind: "battery", until: "2026-04-10" },
    ])
    expect(mainCover(e.covers)).toBe("commercial")
  })

  it("R4.1 the battery cover holds through its 90th day and ends the day after", () => {
    expect(assessCovers(PHONE, ["battery"], "2026-04-10", LEGAL_24, "en").covers.map((c) => c.kind)).toContain("battery")
    expect(assessCovers(PHONE, ["battery"], "2026-04-11", LEGAL_24, "en").covers.map((c) => c.kind)).not.toContain("battery")
  })

  it("R11.3 R4.1 day 100: legal + commercial, the battery cover has ended", () => {
    const e = assessCovers(PHONE, ["battery"], "2026-04-20", LEGAL_24, "en")
    expect(e.covers.map((c) => c.kind)).toEqual(["legal", "commercial"])
    expect(e.covered).toBe(true)
    expect(e.reasons.map((r) => r.code)).toEqual(["battery_ended"])
  })

  it("R3.4 R11.1 the last day of the 24 months is still covered", () => {
    expect(assessCovers(PHONE, ["battery"], "2028-01-10", LEGAL_24, "en").covers.map((c) => c.kind)).toEqual(["legal", "commercial"])
  })

  it("R11.3 after 24 months: no cover, paid service", () => {
    const e = assessCovers(PHONE, ["battery"], "2028-01-11", LEGAL_24, "en")
    expect(e.fileable).toBe(true)
    expect(e.covers).toEqual([])
    expect(e.covered).toBe(false)
    expect(e.reasons.map((r) => r.code)).toEqual(["legal_ended", "commercial_ended", "battery_ended", "paid_service"])
    expect(mainCover(e.covers)).toBe("paid")
  })

  it("R11.1 R5.3 a 12-month card between month 12 and 24: legal only, still fileable after the card expired", () => {
    const e = assessCovers({ ...PHONE_12, status: "expired" }, ["display"], "2027-06-01", LEGAL_24, "en")
    expect(e.fileable).toBe(true)
    expect(e.covers).toEqual([{ kind: "legal", until: "2028-01-10" }])
    expect(e.covered).toBe(true)
    expect(e.reasons.map((r) => r.code)).toEqual(["commercial_ended"])
    expect(mainCover(e.covers)).toBe("legal")
  })

  it("R11 a shop without a legal guarantee (0 months) gets no legal cover, even on the start day", () => {
    const e = assessCovers(PHONE, ["display"], "2026-01-10", { legal_guarantee_months: 0 }, "en")
    expect(e.covers.map((c) => c.kind)).toEqual(["commercial"])
    expect(e.reasons.map((r) => r.code)).toEqual(["legal_ended"])
  })

  it("R4.4 a battery finding of wear drops the battery cover (not the others)", () => {
    const e = assessCovers(PHONE, ["battery"], "2026-01-20", LEGAL_24, "en", "wear")
    expect(e.covers.map((c) => c.kind)).toEqual(["legal", "commercial"])
    expect(e.reasons.map((r) => r.code)).toContain("battery_wear")
  })

  it("R4.1 a battery finding of failure keeps the battery cover", () => {
    const e = assessCovers(PHONE, ["battery"], "2026-01-20", LEGAL_24, "en", "failure")
    expect(e.covers.map((c) => c.kind)).toContain("battery")
  })

  it("R4.1 no battery cover for a defect that is not the battery", () => {
    const e = assessCovers(PHONE, ["display"], "2026-01-20", LEGAL_24, "en")
    expect(e.covers.map((c) => c.kind)).toEqual(["legal", "commercial"])
  })

  it("R1.2 a void card is not fileable, with the card_void reason", () => {
    const e = assessCovers({ ...PHONE, status: "void", void_reason: "outside_repair" }, ["display"], "2026-01-20", LEGAL_24, "en")
    expect(e.fileable).toBe(false)
    expect(e.covered).toBe(false)
    expect(e.covers).toEqual([])
    expect(e.reasons.map((r) => r.code)).toEqual(["card_void"])
    expect(e.reasons[0].message).toContain("outside_repair")
  })

  it("R3.3 a pending card (no start) is not fileable", () => {
    const pending: CoverCard = { ...PHONE, status: "pending", starts_on: null, ends_on: null, battery_ends_on: null }
    const e = assessCovers(pending, ["display"], "2026-01-20", LEGAL_24, "en")
    expect(e.fileable).toBe(false)
    expect(e.covered).toBe(false)
    expect(e.reasons.map((r) => r.code)).toEqual(["card_not_started"])
  })

  it("R3.1 a day before the card's start is not fileable", () => {
    const e = assessCovers(PHONE, ["display"], "2026-01-09", LEGAL_24, "en")
    expect(e.fileable).toBe(false)
    expect(e.reasons.map((r) => r.code)).toEqual(["before_start"])
  })

  it("R11.3 Romanian and English reason messages differ and are non-empty", () => {
    const ro = assessCovers(PHONE, ["battery"], "2028-01-11", LEGAL_24, "ro")
    const en = assessCovers(PHONE, ["battery"], "2028-01-11", LEGAL_24, "en")
    expect(ro.reasons.map((r) => r.code)).toEqual(en.reasons.map((r) => r.code))
    ro.reasons.forEach((r, i) => {
      expect(r.message.trim()).not.toBe("")
      expect(en.reasons[i].message.trim()).not.toBe("")
      expect(r.message).not.toBe(en.reasons[i].message)
    })
  })

  it("R11.3 every eligibility reason has distinct, non-empty ro and en texts", () => {
    for (const code of ELIGIBILITY_REASON_CODES) {
      const ro = texts("ro").claim.eligibility[code]("2026-01-10")
      const en = texts("en").claim.eligibility[code]("2026-01-10")
      expect(ro.trim()).not.toBe("")
      expect(en.trim()).not.toBe("")
      expect(ro).not.toBe(en)
    }
  })

  it("R11.3 mainCover: the card first, then the law, then the battery, else paid", () => {
    expect(mainCover([LEGAL, BATTERY, COMMERCIAL])).toBe("commercial")
    expect(mainCover([BATTERY, LEGAL])).toBe("legal")
    expect(mainCover([BATTERY])).toBe("battery")
    expect(mainCover([])).toBe("paid")
  })

  it("R8.4 R11.3 feeAllowed only without a free cover or with an R9 exclusion", () => {
    expect(feeAllowed([], null)).toBe(true)
    expect(feeAllowed([LEGAL], null)).toBe(false)
    expect(feeAllowed([LEGAL], undefined)).toBe(false)
    expect(feeAllowed([LEGAL], "")).toBe(false)
    expect(feeAllowed([LEGAL, COMMERCIAL], "water_damage")).toBe(true)
  })
})

describe("R5 defect codes", () => {
  it("R5.2 an accessory accepts only manufacturing_defect", () => {
    expect(defectCodesFor(ACCESSORY)).toEqual(["manufacturing_defect"])
    expect(defectsProblem(ACCESSORY, ["manufacturing_defect"])).toBeNull()
  })

  it("R5.2 an accessory refuses a phone function (display)", () => {
    expect(defectsProblem(ACCESSORY, ["display"])).toEqual(expect.stringContaining("display"))
    expect(defectsProblem(ACCESSORY, ["manufacturing_defect", "display"])).not.toBeNull()
  })

  it("R5.1 R5.2 an unknown code is refused on any card", () => {
    expect(defectsProblem(ACCESSORY, ["lasers"])).toEqual(expect.stringContaining("unknown"))
    expect(defectsProblem(PHONE, ["lasers"])).toEqual(expect.stringContaining("lasers"))
  })

  it("R5.1 a claim names at least one defect", () => {
    expect(defectsProblem(PHONE, [])).not.toBeNull()
  })

  it("R5.1 a phone accepts the Art. 2 functions and refuses the accessory code", () => {
    expect(defectsProblem(PHONE, ["battery", "display", "sim_slot"])).toBeNull()
    expect(defectsProblem(PHONE, ["manufacturing_defect"])).not.toBeNull()
  })

  it("R5.2 a device sold with manufacturing-defects cover is treated like an accessory", () => {
    expect(defectsProblem({ kind: "device", coverage: "manufacturing_defects" }, ["display"])).not.toBeNull()
  })

  it("R5.2 R11.3 an accessory defect outside its list gets no commercial cover (the legal one still applies)", () => {
    const e = assessCovers(ACCESSORY, ["display"], "2026-01-20", LEGAL_24, "en")
    expect(e.covers.map((c) => c.kind)).toEqual(["legal"])
    expect(e.reasons.map((r) => r.code)).toContain("commercial_not_covered")
    const ok = assessCovers(ACCESSORY, ["manufacturing_defect"], "2026-01-20", LEGAL_24, "en")
    expect(ok.covers.map((c) => c.kind)).toEqual(["legal", "commercial"])
  })
})

/* ----------------------------------------------------------------- deadlines */

describe("R7.1 R11.2 service deadlines", () => {
  const calendar: DeadlineSettings = { service_days: 30, legal_remedy_days: 15, legal_remedy_day_unit: "calendar" }

  it("R11.2 under the legal cover: received + 15 calendar days, basis legal", () => {
    expect(serviceDue("2026-02-20", [LEGAL, COMMERCIAL], calendar)).toEqual({ due_on: "2026-03-07", due_basis: "legal" })
  })

  it("R7.1 without the legal cover: received + 30 days, basis commercial", () => {
    expect(serviceDue("2026-02-20", [COMMERCIAL, BATTERY], calendar)).toEqual({ due_on: "2026-03-22", due_basis: "commercial" })
  })

  it("R7.1 a paid service (no cover) also binds the 30 days", () => {
    expect(serviceDue("2026-02-20", [], calendar)).toEqual({ due_on: "2026-03-22", due_basis: "commercial" })
  })

  it("R11.2 working days count Monday to Friday: Friday 2026-02-20 + 15 working days is Friday 2026-03-13", () => {
    const working: DeadlineSettings = { ...calendar, legal_remedy_day_unit: "working" }
    expect(serviceDue("2026-02-20", [LEGAL], working)).toEqual({ due_on: "2026-03-13", due_basis: "legal" })
  })

  it("R11.2 a Saturday receipt counts from Monday: + 15 working days is Friday 2026-03-13", () => {
    const working: DeadlineSettings = { ...calendar, legal_remedy_day_unit: "working" }
    expect(serviceDue("2026-02-21", [LEGAL], working)).toEqual({ due_on: "2026-03-13", due_basis: "legal" })
  })

  it("R11.2 one working day from a Friday is the Monday", () => {
    const working: DeadlineSettings = { service_days: 30, legal_remedy_days: 1, legal_remedy_day_unit: "working" }
    expect(serviceDue("2026-02-20", [LEGAL], working)).toEqual({ due_on: "2026-02-23", due_basis: "legal" })
  })

  it("R11.3 the strictest limit wins: legal_remedy_days > service_days gives the service period", () => {
    const long: DeadlineSettings = { service_days: 30, legal_remedy_days: 45, legal_remedy_day_unit: "calendar" }
    expect(serviceDue("2026-02-20", [LEGAL], long)).toEqual({ due_on: "2026-03-22", due_basis: "commercial" })
  })

  it("R11.3 25 working days (5 weeks) beat 30 calendar days only when shorter", () => {
    const working: DeadlineSettings = { service_days: 30, legal_remedy_days: 25, legal_remedy_day_unit: "working" }
    // Friday 2026-02-20 + 25 working days = Friday 2026-03-27, later than 2026-03-22.
    expect(serviceDue("2026-02-20", [LEGAL], working)).toEqual({ due_on: "2026-03-22", due_basis: "commercial" })
  })
})

/* -------------------------------------------------------------------- guards */

describe("R7 R8 R11 move guards", () => {
  it("R7.1 R11.2 receive sets received_on = today and due_on per serviceDue", () => {
    const claim = claimIn("submitted", { received_on: null, due_on: null, covers: [LEGAL, COMMERCIAL] })
    const plan = planClaimMove(claim, PHONE, "receive", "admin", VALID_INPUT.receive, SETTINGS)
    expect(plan.to).toBe("received")
    expect(plan.patch).toMatchObject({
      received_on: "2026-02-20",
      received_at: NOW,
      due_on: "2026-03-07",
      due_basis: "legal",
      intake: { accessories_received: ["charger"], original_packaging: true, seals_intact: true, battery_percent: null },
    })
    expect(plan.patch.due_on).toBe(serviceDue("2026-02-20", claim.covers, SETTINGS).due_on)
    expect(plan.battery_reading).toBeNull()
  })

  it("R7.1 receive of a paid claim: 30 days, basis commercial", () => {
    const claim = claimIn("submitted", { received_on: null, due_on: null, covers: [] })
    const plan = planClaimMove(claim, PHONE, "receive", "admin", VALID_INPUT.receive, SETTINGS)
    expect(plan.patch).toMatchObject({ due_on: "2026-03-22", due_basis: "commercial" })
  })

  it("R4.6 R11.4 a battery_percent at intake gives a battery reading with source intake", () => {
    const plan = planClaimMove(claimIn("submitted"), PHONE, "receive", "admin", { ...VALID_INPUT.receive, battery_percent: 82 }, SETTINGS)
    expect(plan.battery_reading).toEqual({ percent: 82, source: "intake" })
    expect(plan.patch.intake).toMatchObject({ battery_percent: 82 })
  })

  it("R8.4 R11.3 quote is refused (invalid) under a free cover without an R9 exclusion", () => {
    const claim = claimIn("diagnosing", { covers: [LEGAL, COMMERCIAL], exclusion_reason: null, diagnosis: { covered: false } })
    const e = refusal(() => planClaimMove(claim, PHONE, "quote", "admin", VALID_INPUT.quote, SETTINGS))
    expect(e.kind).toBe("invalid")
  })

  it("R8.4 R11.3 quote is refused under the battery cover alone", () => {
    const claim = claimIn("diagnosing", { covers: [BATTERY], exclusion_reason: null })
    expect(refusal(() => planClaimMove(claim, PHONE, "quote", "admin", VALID_INPUT.quote, SETTINGS)).kind).toBe("invalid")
  })

  it("R8.4 R9 quote is allowed under a free cover when an exclusion is recorded", () => {
    const claim = claimIn("diagnosing", { covers: [LEGAL, COMMERCIAL], exclusion_reason: "water_damage" })
    const plan = planClaimMove(claim, PHONE, "quote", "admin", VALID_INPUT.quote, SETTINGS)
    expect(plan.to).toBe("awaiting_customer")
  })

  it("R7.3 R8.4 quote is allowed with no cover and carries the diagnostic fee in the order's currency", () => {
    const plan = planClaimMove(claimIn("diagnosing", { covers: [] }), PHONE, "quote", "admin", VALID_INPUT.quote, SETTINGS)
    expect(plan.to).toBe("awaiting_customer")
    expect(plan.patch.quote).toEqual({
      amount: 350,
      currency_code: "ron",
      parts_to_order: ["display"],
      estimated_days: 7,
      diagnostic_fee: { amount: 100, currency_code: "ron" },
      decision: "pending",
      decided_at: null,
    })
  })

  it("R8.4 decline_quote adds a diagnostic fee of the settings' amount, status due, and the device goes back", () => {
    const settings: MoveSettings = { ...SETTINGS, diagnostic_fee: [{ amount: 25, currency_code: "ron" }] }
    const diagnosing = claimIn("diagnosing", { covers: [] })
    const quoted = planClaimMove(diagnosing, PHONE, "quote", "admin", VALID_INPUT.quote, settings)
    const previousFee = { kind: "diagnostic" as const, amount: 5, currency_code: "eur", status: "due" as const, reason: "older", created_at: NOW }
    const awaiting = claimIn("awaiting_customer", { quote: quoted.patch.quote as Quote, fees: [previousFee] })
    const plan = planClaimMove(awaiting, PHONE, "decline_quote", "customer", {}, settings)
    expect(plan.to).toBe("returning")
    expect(plan.patch.fees).toEqual([
      previousFee,
      { kind: "diagnostic", amount: 25, currency_code: "ron", status: "due", reason: "quote_declined", created_at: NOW },
    ])
    expect(plan.patch.quote).toMatchObject({ decision: "declined", decided_at: NOW })
  })

  it("R7.3 accept_quote marks the quote accepted and lists the parts to order", () => {
    const plan = planClaimMove(claimIn("awaiting_customer", { quote: QUOTE }), PHONE, "accept_quote", "customer", {}, SETTINGS)
    expect(plan.to).toBe("repairing")
    expect(plan.patch.quote).toMatchObject({ decision: "accepted", decided_at: NOW })
    expect(plan.data).toEqual({ parts_to_order: ["display"] })
  })

  it("R11.3 diagnose covered=true when no cover applies is invalid", () => {
    const late: MoveSettings = { ...SETTINGS, today: "2028-02-01" }
    const e = refusal(() =>
      planClaimMove(claimIn("received", { filed_on: "2028-02-01" }), PHONE, "diagnose", "admin", VALID_INPUT.diagnose, late)
    )
    expect(e.kind).toBe("invalid")
  })

  it("R11.3 R9 diagnose covered=false under a free cover without exclusion_reason is invalid", () => {
    const e = refusal(() =>
      planClaimMove(claimIn("received"), PHONE, "diagnose", "admin", { findings: "cracked glass", covered: false }, SETTINGS)
    )
    expect(e.kind).toBe("invalid")
  })

  it("R9 diagnose covered=true cannot carry an exclusion", () => {
    const input: MoveInput["diagnose"] = { findings: "x", covered: true, exclusion_reason: "water_damage" }
    expect(refusal(() => planClaimMove(claimIn("received"), PHONE, "diagnose", "admin", input, SETTINGS)).kind).toBe("invalid")
  })

  it("R9 R11.3 diagnose covered=false with an exclusion records it and the reassessed covers", () => {
    const input: MoveInput["diagnose"] = { findings: "liquid indicator red", covered: false, exclusion_reason: "water_damage" }
    const plan = planClaimMove(claimIn("received"), PHONE, "diagnose", "admin", input, SETTINGS)
    expect(plan.to).toBe("diagnosing")
    expect(plan.patch).toMatchObject({
      exclusion_reason: "water_damage",
      cover: "commercial",
      covers: [LEGAL, COMMERCIAL],
      diagnosis: { covered: false, exclusion_reason: "water_damage" },
    })
  })

  it("R11.3 diagnose covered=false with no cover needs no exclusion (paid repair)", () => {
    const late: MoveSettings = { ...SETTINGS, today: "2028-02-01" }
    const plan = planClaimMove(claimIn("received", { filed_on: "2028-02-01" }), PHONE, "diagnose", "admin", { findings: "x", covered: false }, late)
    expect(plan.patch).toMatchObject({ covers: [], cover: "paid", exclusion_reason: null })
  })

  it("R4.4 diagnose with a battery wear finding drops the battery cover", () => {
    const claim = claimIn("received", { defects: ["battery"] })
    const input: MoveInput["diagnose"] = { findings: "health 80%", covered: false, exclusion_reason: "normal_wear", battery_finding: "wear" }
    const plan = planClaimMove(claim, PHONE, "diagnose", "admin", input, SETTINGS)
    expect((plan.patch.covers as Cover[]).map((c) => c.kind)).toEqual(["legal", "commercial"])
  })

  it("R11.3 diagnose recomputes the due day from received_on with the reassessed covers", () => {
    // Received with no covers recorded (30 days); the diagnosis finds the legal cover (15 days).
    const claim = claimIn("received", { covers: [], received_on: "2026-02-14", due_on: "2026-03-16" })
    const plan = planClaimMove(claim, PHONE, "diagnose", "admin", VALID_INPUT.diagnose, SETTINGS)
    expect(plan.patch).toMatchObject({ due_on: "2026-03-01", due_basis: "legal" })
  })

  it("R7.2 diagnose keeps an extended due day", () => {
    const ext = { reason: "manufacturer_service" as const, due_on: "2026-04-01", note: null, created_at: NOW }
    const claim = claimIn("received", { covers: [], due_on: "2026-04-01", extensions: [ext] })
    const plan = planClaimMove(claim, PHONE, "diagnose", "admin", VALID_INPUT.diagnose, SETTINGS)
    expect(plan.patch).not.toHaveProperty("due_on")
  })

  it("R8.1 start_repair from diagnosing needs a covered diagnosis", () => {
    const notCovered = claimIn("diagnosing", { diagnosis: { covered: false } })
    expect(refusal(() => planClaimMove(notCovered, PHONE, "start_repair", "admin", {}, SETTINGS)).kind).toBe("invalid")
    const noDiagnosis = claimIn("diagnosing", { diagnosis: null })
    expect(refusal(() => planClaimMove(noDiagnosis, PHONE, "start_repair", "admin", {}, SETTINGS)).kind).toBe("invalid")
    const covered = claimIn("diagnosing", { diagnosis: { covered: true } })
    expect(planClaimMove(covered, PHONE, "start_repair", "admin", {}, SETTINGS).to).toBe("repairing")
  })

  it("R7.2 start_repair back from the manufacturer has no diagnosis guard", () => {
    const claim = claimIn("at_manufacturer", { diagnosis: { covered: false } })
    expect(planClaimMove(claim, PHONE, "start_repair", "admin", {}, SETTINGS).to).toBe("repairing")
  })

  it("R7.2 extend needs a due_on after the current one", () => {
    const claim = claimIn("repairing", { due_on: "2026-03-01" })
    for (const due_on of ["2026-03-01", "2026-02-28"]) {
      const e = refusal(() => planClaimMove(claim, PHONE, "extend", "admin", { reason: "no_replacement", due_on }, SETTINGS))
      expect(e.kind).toBe("invalid")
    }
  })

  it("R7.2 extend refuses a due_on in the past", () => {
    const claim = claimIn("repairing", { due_on: "2026-02-10" })
    const e = refusal(() => planClaimMove(claim, PHONE, "extend", "admin", { reason: "no_replacement", due_on: "2026-02-15" }, SETTINGS))
    expect(e.kind).toBe("invalid")
  })

  it("R7.2 extend sets the new due day, resets overdue_notified_at and appends the extension with its reason", () => {
    const first = { reason: "no_replacement" as const, due_on: "2026-03-01", note: null, created_at: "2026-02-16T08:00:00.000Z" }
    const claim = claimIn("at_manufacturer", { due_on: "2026-03-01", extensions: [first] })
    const input: MoveInput["extend"] = { reason: "manufacturer_service", due_on: "2026-04-01", note: "sent to Apple" }
    const plan = planClaimMove(claim, PHONE, "extend", "admin", input, SETTINGS)
    expect(plan.to).toBe("at_manufacturer")
    expect(plan.patch.due_on).toBe("2026-04-01")
    expect(plan.patch).toHaveProperty("overdue_notified_at", null)
    expect(plan.patch.extensions).toEqual([
      first,
      { reason: "manufacturer_service", due_on: "2026-04-01", note: "sent to Apple", previous_due_on: "2026-03-01", created_at: NOW },
    ])
  })

  it("R7.4 ship_return without confirmed return details is invalid", () => {
    const claim = claimIn("awaiting_return_details", { delivery_method: "courier", return_details: null })
    expect(refusal(() => planClaimMove(claim, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS)).kind).toBe("invalid")
    const declined = claimIn("returning", { delivery_method: "courier", return_details: null })
    expect(refusal(() => planClaimMove(declined, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS)).kind).toBe("invalid")
  })

  it("R7.4 ship_return records the shipment", () => {
    const claim = claimIn("awaiting_return_details", { delivery_method: "courier", return_details: { confirmed_at: NOW } })
    const plan = planClaimMove(claim, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS)
    // R6.2: the return is at the shopper's cost.
    expect(plan.patch).toEqual({ return_shipment: { carrier: "FAN Courier", tracking_number: "AWB123", paid_by: "customer", shipped_at: NOW }, returned_at: NOW })
  })

  it("R7.4 ship_return twice is a conflict", () => {
    const claim = claimIn("returning", {
      delivery_method: "courier",
      return_details: { confirmed_at: NOW },
      return_shipment: { shipped_at: NOW },
    })
    expect(refusal(() => planClaimMove(claim, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS)).kind).toBe("conflict")
  })

  it("R7.4 return details cannot be confirmed after the device was shipped", () => {
    const claim = claimIn("returning", { delivery_method: "courier", return_shipment: { shipped_at: NOW } })
    const e = refusal(() => planClaimMove(claim, PHONE, "confirm_return_details", "customer", VALID_INPUT.confirm_return_details, SETTINGS))
    expect(e.kind).toBe("invalid")
  })

  it("R7.4 close of a courier claim from ready (or rejected) is invalid", () => {
    for (const status of ["ready", "rejected"] as const) {
      const claim = claimIn(status, { delivery_method: "courier" })
      expect(refusal(() => planClaimMove(claim, PHONE, "close", "admin", {}, SETTINGS)).kind).toBe("invalid")
    }
  })

  it("R7.4 close of a drop-off claim from ready is the counter handover", () => {
    expect(planClaimMove(claimIn("ready"), PHONE, "close", "admin", {}, SETTINGS).to).toBe("closed")
  })

  it("R7.4 a returning courier claim closes only once shipped", () => {
    const unshipped = claimIn("returning", { delivery_method: "courier", return_details: { confirmed_at: NOW } })
    expect(refusal(() => planClaimMove(unshipped, PHONE, "close", "admin", {}, SETTINGS)).kind).toBe("invalid")
    const shipped = { ...unshipped, return_shipment: { shipped_at: NOW } }
    expect(planClaimMove(shipped, PHONE, "close", "admin", {}, SETTINGS).to).toBe("closed")
  })

  it("R7.6 mark_ready never touches the card", () => {
    const card: CoverCard = { ...PHONE }
    const plan = planClaimMove(claimIn("repairing"), card, "mark_ready", "admin", { note: "done", battery_percent: 100 }, SETTINGS)
    expect(plan.to).toBe("ready")
    expect(Object.keys(plan.patch)).toEqual(["ready_at"])
    for (const field of ["starts_on", "ends_on", "battery_ends_on", "status", "card", "warranty_card"]) {
      expect(plan.patch).not.toHaveProperty(field)
      expect(plan.data).not.toHaveProperty(field)
    }
    expect(card).toEqual(PHONE)
    expect(plan.battery_reading).toEqual({ percent: 100, source: "repair" })
  })

  it("R7.4 request_return_details is refused for a drop-off claim", () => {
    const e = refusal(() => planClaimMove(claimIn("ready"), PHONE, "request_return_details", "system", {}, SETTINGS))
    expect(e.kind).toBe("invalid")
    const courier = claimIn("ready", { delivery_method: "courier" })
    expect(planClaimMove(courier, PHONE, "request_return_details", "system", {}, SETTINGS).to).toBe("awaiting_return_details")
  })

  it("R8.4 R9 reject with the diagnostic fee charges the fee in the order's currency and keeps the R9 text", () => {
    const plan = planClaimMove(claimIn("diagnosing"), PHONE, "reject", "admin", { reason: "water_damage", charge_diagnostic_fee: true }, SETTINGS)
    expect(plan.to).toBe("rejected")
    expect(plan.patch).toMatchObject({
      exclusion_reason: "water_damage",
      rejection: { reason: "water_damage", note: null, text: { ro: "Deteriorări cauzate de apă sau umiditate.", en: "Water or humidity damage." } },
      fees: [{ kind: "diagnostic", amount: 100, currency_code: "ron", status: "due", reason: "rejected", created_at: NOW }],
    })
    const free = planClaimMove(claimIn("diagnosing"), PHONE, "reject", "admin", { reason: "water_damage" }, SETTINGS)
    expect(free.patch.fees).toEqual([])
  })

  it("staff notes, overdue marks and manufacturer trips stay off the shopper's timeline unless shared", () => {
    expect(planClaimMove(claimIn("repairing"), PHONE, "note", "admin", { note: "x" }, SETTINGS).visible_to_customer).toBe(false)
    expect(planClaimMove(claimIn("repairing"), PHONE, "note", "admin", { note: "x", visible_to_customer: true }, SETTINGS).visible_to_customer).toBe(true)
    expect(planClaimMove(claimIn("repairing"), PHONE, "mark_overdue", "system", {}, SETTINGS).visible_to_customer).toBe(false)
    expect(planClaimMove(claimIn("repairing"), PHONE, "send_to_manufacturer", "admin", {}, SETTINGS).visible_to_customer).toBe(false)
    expect(planClaimMove(claimIn("repairing"), PHONE, "mark_ready", "admin", {}, SETTINGS).visible_to_customer).toBe(true)
  })

  it("R7.1 mark_overdue stamps overdue_notified_at", () => {
    const plan = planClaimMove(claimIn("repairing"), PHONE, "mark_overdue", "system", {}, SETTINGS)
    expect(plan.patch).toEqual({ overdue_notified_at: NOW })
  })
})

/* ------------------------------------------------------------------- overdue */

describe("R7.1 R11.2 isOverdue", () => {
  it.each(ALL_STATUSES)("R7.1 status %s past its due day is overdue only while the clock runs", (status) => {
    const clock = (CLOCK_STATES as readonly string[]).includes(status)
    expect(isOverdue({ status, due_on: "2026-03-01" }, "2026-03-02", CLOCK_STATES)).toBe(clock)
  })

  it("R7.1 the due day itself is not overdue", () => {
    expect(isOverdue({ status: "repairing", due_on: "2026-03-01" }, "2026-03-01", CLOCK_STATES)).toBe(false)
  })

  it("R7.1 a claim without a due day is never overdue", () => {
    expect(isOverdue({ status: "repairing", due_on: null }, "2099-01-01", CLOCK_STATES)).toBe(false)
    expect(isOverdue({ status: "repairing" }, "2099-01-01", CLOCK_STATES)).toBe(false)
  })
})

describe("availableMoves: what a reader is offered", () => {
  it("R7.4 a courier claim awaiting return details offers no ship_return until the shopper confirmed them", () => {
    const waiting = claimIn("awaiting_return_details", { delivery_method: "courier", return_details: null })
    expect(availableMoves(waiting, "admin")).not.toContain("ship_return")
    const confirmed = claimIn("awaiting_return_details", { delivery_method: "courier", return_details: { confirmed_at: "2026-02-01T10:00:00Z" } })
    expect(availableMoves(confirmed, "admin")).toContain("ship_return")
  })

  it("R8.4 R11.3 a covered diagnosis offers start_repair and no quote; an excluded one the reverse", () => {
    const covers: Cover[] = [{ kind: "commercial", until: "2028-01-10" }]
    const covered = claimIn("diagnosing", { covers, diagnosis: { covered: true }, exclusion_reason: null })
    expect(availableMoves(covered, "admin")).toEqual(expect.arrayContaining(["start_repair", "reject"]))
    expect(availableMoves(covered, "admin")).not.toContain("quote")
    const excluded = claimIn("diagnosing", { covers, diagnosis: { covered: false }, exclusion_reason: "user_damage" })
    expect(availableMoves(excluded, "admin")).toContain("quote")
    expect(availableMoves(excluded, "admin")).not.toContain("start_repair")
  })

  it("a courier claim that is ready is not closed at the counter; a drop-off one is", () => {
    expect(availableMoves(claimIn("ready", { delivery_method: "courier" }), "admin")).not.toContain("close")
    expect(availableMoves(claimIn("ready", { delivery_method: "drop_off" }), "admin")).toContain("close")
  })
})

describe("R11.3 R11.2 covers and deadlines keep the filing day", () => {
  const card: CoverCard = { status: "active", starts_on: "2024-03-01", ends_on: "2026-03-01", battery_ends_on: "2024-05-30", kind: "device", coverage: "full" }

  it("R11.3 a claim filed before the card ended keeps its covers when diagnosed after the end", () => {
    const filed = claimIn("received", {
      filed_on: "2026-03-01",
      received_on: "2026-03-04",
      covers: [{ kind: "legal", until: "2026-03-01" }, { kind: "commercial", until: "2026-03-01" }],
    })
    const plan = planClaimMove(filed, card, "diagnose", "admin", { findings: "Display fault", covered: true }, { ...SETTINGS, today: "2026-03-05" })
    expect((plan.patch.covers as Cover[]).map((c) => c.kind).sort()).toEqual(["commercial", "legal"])
    expect(plan.patch.cover).toBe("commercial")
    // The diagnosis day's own assessment is kept on record: both covers had ended by then.
    expect(plan.patch.diagnosis).toMatchObject({ diagnosed_on: "2026-03-05", covers_on_diagnosis_day: [] })
  })

  it("R11.2 with legal_remedy_from=filing the legal limit runs from the filing day, the service period from receipt", () => {
    expect(serviceDue("2026-03-04", [LEGAL], { ...SETTINGS, legal_remedy_from: "filing" }, "2026-03-01")).toEqual({
      due_on: "2026-03-16",
      due_basis: "legal",
    })
    expect(serviceDue("2026-03-04", [LEGAL], SETTINGS, "2026-03-01")).toEqual({ due_on: "2026-03-19", due_basis: "legal" })
    expect(serviceDue("2026-03-04", [COMMERCIAL], { ...SETTINGS, legal_remedy_from: "filing" }, "2026-03-01")).toEqual({
      due_on: "2026-04-03",
      due_basis: "commercial",
    })
  })
})

describe("R8.5 an unrepairable device the shopper wants back", () => {
  const confirmed = { confirmed_at: "2026-02-20T09:00:00Z" }

  it("R8.5 goes back by courier once the return details are confirmed, at the shopper's cost", () => {
    const claim = claimIn("unrepairable", { delivery_method: "courier", return_details: confirmed })
    const plan = planClaimMove(claim, PHONE, "ship_return", "admin", { carrier: "Sameday", tracking_number: "SD9" }, SETTINGS)
    expect(plan.to).toBe("returning")
    expect(availableMoves(claimIn("unrepairable", { delivery_method: "courier" }), "admin")).not.toContain("ship_return")
  })

  it("R8.5 is handed over at the counter for a drop-off claim, never closed unshipped for a courier one", () => {
    expect(planClaimMove(claimIn("unrepairable"), PHONE, "close", "admin", {}, SETTINGS).to).toBe("closed")
    expect(refusal(() => planClaimMove(claimIn("unrepairable", { delivery_method: "courier" }), PHONE, "close", "admin", {}, SETTINGS)).kind).toBe(
      "invalid"
    )
  })
})

/* ---------------------------------------------------------------- outcomes (issue 4) */

describe("R8.2-R8.5 resolution offers", () => {
  const covered = (status: ClaimStatusValue, over: Partial<PlannedClaim> = {}) =>
    claimIn(status, { covers: [COMMERCIAL, LEGAL], diagnosis: { covered: true }, ...over })
  const offer = (claim: PlannedClaim, input: MoveInput["make_offer"], settings: MoveSettings = SETTINGS) =>
    planClaimMove(claim, PHONE, "make_offer", "admin", input, settings)
  const VALUATION: MoveInput["make_offer"] = { kind: "valuation", value: { amount: 300, currency_code: "EUR" }, basis: "list_price" }

  it("R8.2 a replacement offer under a free cover names the unit and lets the shopper choose only the replacement", () => {
    const plan = offer(covered("unrepairable"), { kind: "replacement", replacement_variant_id: "variant_2" })
    const made = plan.patch.offer as Offer
    expect(plan.to).toBe("offered")
    expect(made.options).toEqual(["replacement"])
    expect(made.replacement_variant_id).toBe("variant_2")
    expect(made.value).toBeNull()
  })

  it("R8.2 a replacement offer without a unit is refused naming replacement_variant_id", () => {
    const e = refusal(() => offer(covered("unrepairable"), { kind: "replacement" }))
    expect(e.kind).toBe("invalid")
    expect(e.message).toMatch(/^replacement_variant_id:/)
  })

  it("R8.3 a valuation offers the three choices: credit, credit with top-up, refund", () => {
    const made = offer(covered("diagnosing"), VALUATION).patch.offer as Offer
    expect(made.options).toEqual(["credit", "credit_with_top_up", "refund"])
    expect(made.value).toEqual({ amount: 300, currency_code: "eur" })
    expect(made.basis).toBe("list_price")
  })

  it("R8.3 a market value needs its basis note", () => {
    const e = refusal(() => offer(covered("diagnosing"), { ...VALUATION, basis: "market_value" }))
    expect(e.message).toMatch(/^basis_note:/)
    expect(() => offer(covered("diagnosing"), { ...VALUATION, basis: "market_value", basis_note: "median of 5 listings" })).not.toThrow()
  })

  it.each([0, -5])("R8.3 a value of %s is refused naming value", (amount) => {
    const e = refusal(() => offer(covered("diagnosing"), { ...VALUATION, value: { amount, currency_code: "eur" } }))
    expect(e.message).toMatch(/^value:/)
  })

  it.each(["replacement", "valuation"] as const)("R8.2/R8.3 a %s is owed under warranty only: refused without a free cover", (kind) => {
    const paid = claimIn("unrepairable", { covers: [], exclusion_reason: null })
    const e = refusal(() => offer(paid, { kind, value: { amount: 100, currency_code: "eur" }, basis: "list_price", replacement_variant_id: "v" }))
    expect(e.message).toMatch(/^kind:/)
    const excluded = covered("unrepairable", { exclusion_reason: "water_damage" })
    expect(refusal(() => offer(excluded, { kind, value: { amount: 100, currency_code: "eur" }, basis: "list_price", replacement_variant_id: "v" })).message).toMatch(/^kind:/)
  })

  it("R8.5 a trade-in may be offered without a free cover, with its reason", () => {
    const paid = claimIn("unrepairable", { covers: [] })
    const made = offer(paid, { kind: "trade_in", value: { amount: 120, currency_code: "eur" }, trade_in_reason: "parts_withdrawn" }).patch.offer as Offer
    expect(made.options).toEqual(["trade_in"])
    expect(made.trade_in_reason).toBe("parts_withdrawn")
    expect(refusal(() => offer(paid, { kind: "trade_in", value: { amount: 120, currency_code: "eur" } })).message).toMatch(/^trade_in_reason:/)
  })

  it("R8.5 repair_too_costly needs a quote above the threshold share of the device's value", () => {
    const quoted = claimIn("awaiting_customer", { quote: { ...QUOTE, amount: 200, currency_code: "eur" } })
    const input = (amount: number): MoveInput["make_offer"] => ({ kind: "trade_in", value: { amount, currency_code: "eur" }, trade_in_reason: "repair_too_costly" })
    // 200 > 50% of 300: too costly.
    expect(() => offer(quoted, input(300), { ...SETTINGS, trade_in_repair_cost_share: 0.5 })).not.toThrow()
    // 200 <= 50% of 400: not too costly.
    expect(refusal(() => offer(quoted, input(400), { ...SETTINGS, trade_in_repair_cost_share: 0.5 })).message).toMatch(/^trade_in_reason:.*50%/)
    expect(refusal(() => offer(claimIn("unrepairable"), input(300))).message).toMatch(/no quote/)
  })

  it("R8.2-R8.5 an offer expires after offer_valid_days by default; a past expiry is refused", () => {
    const made = offer(covered("diagnosing"), VALUATION, { ...SETTINGS, offer_valid_days: 14 })
    expect(made.patch.offer_expires_at).toBe("2026-03-06T10:00:00.000Z")
    expect(refusal(() => offer(covered("diagnosing"), { ...VALUATION, expires_at: "2026-02-01T00:00:00.000Z" })).message).toMatch(/^expires_at:/)
  })

  it("R8.2-R8.5 a new offer replaces an open one, the log keeps the old one, and the unit it held is let go", () => {
    const plan = offer(covered("offered", { offer: OPEN_OFFER }), VALUATION)
    expect(plan.to).toBe("offered")
    expect(plan.data.replaced_offer).toEqual(OPEN_OFFER)
    expect(plan.release_reservation_ids).toEqual(["resitem_1"])
  })

  it("R8.2 a replacement offer keeps the holds the workflow made", () => {
    const made = offer(covered("unrepairable"), { kind: "replacement", replacement_variant_id: "variant_2", reservation_ids: ["resitem_9"] }).patch.offer as Offer
    expect(made.reservation_ids).toEqual(["resitem_9"])
    expect((offer(covered("unrepairable"), { ...VALUATION, reservation_ids: ["resitem_9"] }).patch.offer as Offer).reservation_ids).toEqual([])
  })
})

describe("R8.2-R8.5 answering an offer", () => {
  const offered = (over: Partial<Offer> = {}) => claimIn("offered", { covers: [COMMERCIAL], offer: { ...OPEN_OFFER, ...over } })
  const accept = (claim: PlannedClaim, move: "accept_offer" | "accept_trade_in" | "accept_trade_in_return", input: MoveInput["accept_offer"], settings = SETTINGS) =>
    planClaimMove(claim, PHONE, move, "customer", input, settings)

  it("R8.3 accepting a credit closes the claim as resolved and records the choice", () => {
    const plan = accept(offered(), "accept_offer", { option: "credit" })
    expect(plan.to).toBe("closed")
    expect(plan.resolved).toBe(true)
    expect((plan.patch.offer as Offer).status).toBe("accepted")
    expect((plan.patch.offer as Offer).accepted_option).toBe("credit")
    expect(plan.patch.offer_expires_at).toBeNull()
  })

  it("R8.3 an option the offer does not allow is refused naming option", () => {
    const e = refusal(() => accept(offered({ options: ["credit", "refund"] }), "accept_offer", { option: "replacement" }))
    expect(e.kind).toBe("invalid")
    expect(e.message).toMatch(/^option: this offer allows credit, refund/)
  })

  it("R8.3 (b) credit with top-up needs the product to buy", () => {
    expect(refusal(() => accept(offered(), "accept_offer", { option: "credit_with_top_up" })).message).toMatch(/^product_id:/)
    expect(accept(offered(), "accept_offer", { option: "credit_with_top_up", product_id: "prod_1", variant_id: "variant_9" }).to).toBe("closed")
  })

  it("R8.2-R8.5 an offer past its expiry cannot be accepted, even before the job records it", () => {
    const late = { ...SETTINGS, now: "2026-03-05T10:00:00.000Z" }
    const e = refusal(() => accept(offered(), "accept_offer", { option: "credit" }, late))
    expect(e.kind).toBe("invalid")
    expect(e.message).toMatch(/^offer: the offer expired/)
  })

  it("R8.2-R8.5 an answer to an offer that was replaced meanwhile is a conflict", () => {
    const e = refusal(() => accept(offered(), "accept_offer", { option: "credit", offer_made_at: "2026-02-18T00:00:00.000Z" }))
    expect(e.kind).toBe("conflict")
    expect(accept(offered(), "accept_offer", { option: "credit", offer_made_at: OPEN_OFFER.made_at }).to).toBe("closed")
  })

  it("R8.2-R8.5 expiry is compared as an instant, whatever offset it was written with", () => {
    // 10:00-05:00 is 15:00Z: at 14:00Z the offer is still open.
    const claim = offered({ expires_at: "2026-02-20T10:00:00-05:00" })
    expect(accept(claim, "accept_offer", { option: "credit" }, { ...SETTINGS, now: "2026-02-20T14:00:00.000Z" }).to).toBe("closed")
    expect(refusal(() => accept(claim, "accept_offer", { option: "credit" }, { ...SETTINGS, now: "2026-02-20T15:00:00.000Z" })).message).toMatch(/^offer:/)
  })

  it("R8.5 staff cannot recycle a device without an accepted trade-in", () => {
    expect(findTransition("unrepairable", "recycle", "admin")).toBeUndefined()
    expect(findTransition("recycling", "recycle", "admin")).toBeDefined()
  })

  it("R8.2-R8.5 an offer answered once cannot be answered again (conflict)", () => {
    const answered = offered({ status: "accepted" })
    expect(refusal(() => accept(answered, "accept_offer", { option: "credit" })).kind).toBe("conflict")
    expect(refusal(() => planClaimMove(answered, PHONE, "decline_offer", "customer", {}, SETTINGS)).kind).toBe("conflict")
  })

  it("R8.5 accepting a trade-in leaves the device for recycling; with return_device it goes back", () => {
    expect(accept(offered(), "accept_trade_in", { option: "trade_in" }).to).toBe("recycling")
    const back = accept(offered(), "accept_trade_in_return", { option: "trade_in" })
    expect(back.to).toBe("returning")
    expect((back.patch.offer as Offer).return_device).toBe(true)
    expect(acceptMoveFor("trade_in", true)).toBe("accept_trade_in_return")
    expect(acceptMoveFor("refund", true)).toBe("accept_offer")
    // The move must match the option.
    expect(refusal(() => accept(offered(), "accept_offer", { option: "trade_in" })).message).toMatch(/^option:/)
  })

  it("R8.5 recycling closes the claim at no cost, as resolved", () => {
    const plan = planClaimMove(claimIn("recycling", { offer: { ...OPEN_OFFER, status: "accepted" } }), PHONE, "recycle", "admin", { note: null }, SETTINGS)
    expect(plan.to).toBe("closed")
    expect(plan.resolved).toBe(true)
    expect(plan.data.cost).toBe(0)
    expect((plan.patch.resolution as { recycled_at: string }).recycled_at).toBe(NOW)
  })

  it.each(["decline_offer", "expire_offer"] as const)("R6.2 %s sends the device back at the shopper's cost", (move) => {
    const actor = move === "decline_offer" ? "customer" : "system"
    const plan = planClaimMove(offered(), PHONE, move, actor, {}, SETTINGS)
    expect(plan.to).toBe("returning")
    expect((plan.patch.offer as Offer).status).toBe(move === "decline_offer" ? "declined" : "expired")
    // R8.2: the held unit goes back to stock.
    expect(plan.release_reservation_ids).toEqual(["resitem_1"])
    const returned = { ...claimIn("returning", { delivery_method: "courier", return_details: { confirmed_at: NOW } }), offer: plan.patch.offer as Offer }
    const ship = planClaimMove(returned, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS)
    expect((ship.patch.return_shipment as { paid_by: string }).paid_by).toBe("customer")
  })

  it("R8.5 a trade-in device goes back free when another device was bought, at the shopper's cost otherwise", () => {
    const accepted: Offer = { ...OPEN_OFFER, status: "accepted", accepted_option: "trade_in", return_device: true }
    const base = claimIn("returning", { delivery_method: "courier", return_details: { confirmed_at: NOW }, offer: accepted })
    const paidBy = (claim: PlannedClaim) =>
      (planClaimMove(claim, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS).patch.return_shipment as { paid_by: string }).paid_by
    expect(paidBy({ ...base, resolution: { option: "trade_in", device_bought_order_id: "order_2" } })).toBe("shop")
    expect(paidBy({ ...base, resolution: { option: "trade_in", device_bought_order_id: null } })).toBe("customer")
  })

  it("R8.5 closing a returned trade-in claim is a resolution; closing a plain one is not", () => {
    const accepted: Offer = { ...OPEN_OFFER, status: "accepted", accepted_option: "trade_in", return_device: true }
    const shipped = { return_shipment: { shipped_at: NOW }, delivery_method: "courier" }
    expect(planClaimMove(claimIn("returning", { ...shipped, offer: accepted }), PHONE, "close", "admin", {}, SETTINGS).resolved).toBe(true)
    expect(planClaimMove(claimIn("returning", shipped), PHONE, "close", "admin", {}, SETTINGS).resolved).toBe(false)
  })

  it("R8.2-R8.5 the offer moves emit their events", () => {
    expect(CLAIM_MOVE_EVENTS.make_offer).toBe("warranty_claim.offer_made")
    expect(CLAIM_MOVE_EVENTS.accept_offer).toBe("warranty_claim.offer_accepted")
    expect(CLAIM_MOVE_EVENTS.accept_trade_in).toBe("warranty_claim.offer_accepted")
    expect(CLAIM_MOVE_EVENTS.decline_offer).toBe("warranty_claim.offer_declined")
    expect(CLAIM_MOVE_EVENTS.expire_offer).toBe("warranty_claim.offer_expired")
    expect(CLAIM_MOVE_EVENTS.mark_fee_paid).toBe("warranty_claim.fee_paid")
    expect(CLAIM_MOVE_EVENTS.pay_fee).toBe("warranty_claim.fee_paid")
  })
})

describe("R8.4 diagnostic fees", () => {
  const declined = () => {
    const plan = planClaimMove(claimIn("awaiting_customer", { quote: QUOTE }), PHONE, "decline_quote", "customer", {}, SETTINGS)
    return { plan, claim: claimIn("returning", { fees: plan.patch.fees as Fee[], delivery_method: "drop_off" }) }
  }

  it("R8.4 a declined quote makes the fee due and asks for its payment collection", () => {
    const { plan } = declined()
    expect(plan.fee_due).toMatchObject({ amount: 20, currency_code: "eur", status: "due", reason: "quote_declined" })
  })

  it("R8.4 the device is not returned while the fee is due: close and ship_return are refused naming fees", () => {
    const { claim } = declined()
    expect(refusal(() => planClaimMove(claim, PHONE, "close", "admin", {}, SETTINGS)).message).toMatch(/^fees: the diagnostic fee \(20 EUR\) is due/)
    const courier = { ...claim, delivery_method: "courier", return_details: { confirmed_at: NOW } }
    expect(refusal(() => planClaimMove(courier, PHONE, "ship_return", "admin", VALID_INPUT.ship_return, SETTINGS)).message).toMatch(/^fees:/)
    expect(availableMoves(claim, "admin")).not.toContain("close")
  })

  it("R8.4 paid at the counter, the device can go back", () => {
    const { claim } = declined()
    const paid = planClaimMove(claim, PHONE, "mark_fee_paid", "admin", { reference: "till 42" }, SETTINGS)
    expect(paid.to).toBe("returning")
    const fees = paid.patch.fees as Fee[]
    expect(fees[0]).toMatchObject({ status: "paid", settled_via: "counter", reference: "till 42", settled_at: NOW })
    expect(() => planClaimMove({ ...claim, fees }, PHONE, "close", "admin", {}, SETTINGS)).not.toThrow()
  })

  it("R8.4 paid online through its payment collection; another collection is refused", () => {
    const { claim } = declined()
    const withCollection = { ...claim, fees: (claim.fees ?? []).map((f) => ({ ...f, payment_collection_id: "pay_col_9" })) }
    const paid = planClaimMove(withCollection, PHONE, "pay_fee", "customer", { payment_collection_id: "pay_col_9", payment_id: "pay_9" }, SETTINGS)
    expect((paid.patch.fees as Fee[])[0]).toMatchObject({ status: "paid", settled_via: "online", payment_id: "pay_9" })
    const e = refusal(() => planClaimMove(withCollection, PHONE, "pay_fee", "customer", { payment_collection_id: "pay_col_x", payment_id: "p" }, SETTINGS))
    expect(e.message).toMatch(/^payment_collection_id:/)
  })

  it("R8.4 waived with a reason, the device can go back", () => {
    const { claim } = declined()
    const waived = planClaimMove(claim, PHONE, "waive_fee", "admin", { reason: "long-standing customer" }, SETTINGS)
    expect((waived.patch.fees as Fee[])[0]).toMatchObject({ status: "waived", settled_via: "waiver", reference: "long-standing customer" })
    expect(() => planClaimMove({ ...claim, fees: waived.patch.fees as Fee[] }, PHONE, "close", "admin", {}, SETTINGS)).not.toThrow()
  })

  it("R8.4 with no fee due, paying or waiving is refused naming fees", () => {
    const e = refusal(() => planClaimMove(claimIn("returning", { fees: [] }), PHONE, "waive_fee", "admin", { reason: "x" }, SETTINGS))
    expect(e.message).toBe("fees: no fee is due on this claim")
  })

  it("R8.4 R11.3 no fee can be made due under a free cover: the quote is refused", () => {
    const free = claimIn("diagnosing", { covers: [COMMERCIAL], diagnosis: { covered: false }, exclusion_reason: null })
    expect(refusal(() => planClaimMove(free, PHONE, "quote", "admin", VALID_INPUT.quote, SETTINGS)).message).toMatch(/^amount: no quote or fee/)
  })
})

describe("Issue 10: money in the order's currency, readings someone took", () => {
  const EUR_ONLY: MoveSettings = { ...SETTINGS, diagnostic_fee: [{ amount: 20, currency_code: "eur" }] }

  it("R8.4 a quote in another currency than the order's is refused naming currency_code, unless confirmed", () => {
    const claim = claimIn("diagnosing", { covers: [] })
    const input = { ...VALID_INPUT.quote, currency_code: "EUR" }
    const e = refusal(() => planClaimMove(claim, PHONE, "quote", "admin", input, SETTINGS))
    expect(e.kind).toBe("invalid")
    expect(e.message).toMatch(/^currency_code: the order was paid in RON; .*confirm_other_currency/)
    const plan = planClaimMove(claim, PHONE, "quote", "admin", { ...input, confirm_other_currency: true }, SETTINGS)
    // The quote is in EUR on purpose; the fee stays the one in the order's currency.
    expect(plan.patch.quote).toMatchObject({ currency_code: "eur", diagnostic_fee: { amount: 100, currency_code: "ron" } })
  })

  it("R8.4 with no fee set in the order's currency a quote carries none and declining it makes none due", () => {
    const quoted = planClaimMove(claimIn("diagnosing", { covers: [] }), PHONE, "quote", "admin", VALID_INPUT.quote, EUR_ONLY)
    expect((quoted.patch.quote as Quote).diagnostic_fee).toBeNull()
    const awaiting = claimIn("awaiting_customer", { quote: quoted.patch.quote as Quote })
    const declined = planClaimMove(awaiting, PHONE, "decline_quote", "customer", {}, EUR_ONLY)
    expect(declined.to).toBe("returning")
    expect(declined.fee_due).toBeNull()
    expect(declined.patch.fees).toEqual([])
  })

  it("R8.4 rejecting with the fee where none is set in the order's currency is refused naming charge_diagnostic_fee", () => {
    const e = refusal(() =>
      planClaimMove(claimIn("diagnosing"), PHONE, "reject", "admin", { reason: "water_damage", charge_diagnostic_fee: true }, EUR_ONLY)
    )
    expect(e.kind).toBe("invalid")
    expect(e.message).toMatch(/^charge_diagnostic_fee: the shop set no diagnostic fee in RON/)
  })

  it("R4.6 R11.4 intake without a percentage (left out or null) records no reading", () => {
    const { battery_percent: _left, ...withoutBattery } = VALID_INPUT.receive
    expect(planClaimMove(claimIn("submitted"), PHONE, "receive", "admin", withoutBattery, SETTINGS).battery_reading).toBeNull()
    const nulled = planClaimMove(claimIn("submitted"), PHONE, "receive", "admin", { ...VALID_INPUT.receive, battery_percent: null }, SETTINGS)
    expect(nulled.battery_reading).toBeNull()
    const ready = planClaimMove(claimIn("repairing"), PHONE, "mark_ready", "admin", { note: "done" }, SETTINGS)
    expect(ready.battery_reading).toBeNull()
  })

  it("R5.2 an accessory takes no battery reading: a percentage is refused naming battery_percent, none is fine", () => {
    const e = refusal(() =>
      planClaimMove(claimIn("submitted"), ACCESSORY, "receive", "admin", { ...VALID_INPUT.receive, battery_percent: 80 }, SETTINGS)
    )
    expect(e.kind).toBe("invalid")
    expect(e.message).toMatch(/^battery_percent: /)
    const plan = planClaimMove(claimIn("submitted"), ACCESSORY, "receive", "admin", { ...VALID_INPUT.receive, battery_percent: null }, SETTINGS)
    expect(plan.battery_reading).toBeNull()
  })
})
