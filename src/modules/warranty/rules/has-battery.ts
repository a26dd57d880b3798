/**
 * R4, R5.2: does the unit on this card have a battery the shop reads and covers? A phone does; an
 * accessory does not, unless its policy gives it a battery cover (`battery_days` above 0, e.g. a
 * power bank). Screens, PDFs and the intake drawer show battery lines only when it does.
 */
export function hasBattery(card: { kind?: unknown; battery_days?: unknown }): boolean {
  return card.kind !== "accessory" || (typeof card.battery_days === "number" && card.battery_days > 0)
}
