import { DeliveryKind } from "../models/warranty-card"

/** R3.3: a fulfilment set of type `pickup` means in-store pickup; anything else is courier. */
export function kindOfFulfillmentSet(type: string | null | undefined): DeliveryKind {
  return type === "pickup" ? DeliveryKind.PICKUP : DeliveryKind.COURIER
}

type OptionKind = { shipping_profile_id?: string | null; service_zone?: { fulfillment_set?: { type?: string | null } | null } | null }

/**
 * R3.1, R3.2 per unit: the kind a unit is expected to travel by, from the shipping method of its
 * shipping profile (one order can send one item by courier and hand another over in the shop). An
 * item that no method matches takes pickup only when every method is a pickup. The fulfilment that
 * carries the unit has the last word when the card starts.
 */
export function expectedDeliveryKind(profileId: string | null | undefined, options: OptionKind[]): DeliveryKind {
  const own = profileId ? options.find((o) => o.shipping_profile_id === profileId) : undefined
  if (own) {
    return kindOfFulfillmentSet(own.service_zone?.fulfillment_set?.type)
  }
  const kinds = options.map((o) => kindOfFulfillmentSet(o.service_zone?.fulfillment_set?.type))
  return kinds.length > 0 && kinds.every((k) => k === DeliveryKind.PICKUP) ? DeliveryKind.PICKUP : DeliveryKind.COURIER
}
