import type { MedusaContainer } from "@medusajs/framework/types"

type Person = { first_name?: string | null; last_name?: string | null; email?: string | null }
type EventRow = { actor?: unknown; actor_id?: unknown; data?: unknown }

/** What a person reads for someone: their name, else their e-mail, else null. */
function nameOf(person: Person | undefined): string | null {
  if (!person) {
    return null
  }
  const name = [person.first_name, person.last_name].filter((p) => typeof p === "string" && p.trim()).join(" ")
  return name || person.email || null
}

const byId = (rows: (Person & { id: string })[]) => new Map(rows.map((r) => [r.id, nameOf(r)]))

/** The ids of users and customers named on a claim's events: the actors and, for answers staff recorded for the shopper, who recorded them. */
function peopleIds(events: EventRow[], customer_id: string | null) {
  const users = new Set<string>()
  const customers = new Set<string>(customer_id ? [customer_id] : [])
  for (const e of events) {
    if (e.actor === "admin" && typeof e.actor_id === "string") {
      users.add(e.actor_id)
    }
    if (e.actor === "customer" && typeof e.actor_id === "string") {
      customers.add(e.actor_id)
    }
    const recorded_by = (e.data as { recorded_by?: unknown } | null)?.recorded_by
    if (typeof recorded_by === "string") {
      users.add(recorded_by)
    }
  }
  return { users: [...users], customers: [...customers] }
}

/** A staff user id that is no user (a script's name such as the demo seed's `demo-seed`). */
function scriptLabel(actor_id: string): string {
  return actor_id === "demo-seed" ? "Demo data" : "Staff (script)"
}

/**
 * Who made each move of a claim, as a person reads it (never an id): the staff member's name
 * (else e-mail) for `admin`, the shopper's name for `customer`, "System" for jobs. A shopper's
 * answer staff recorded at the counter, on the phone or by e-mail (`data.channel`,
 * `data.recorded_by`) names both. Users and customers are read in one batch each.
 */
export async function namePeople<E extends EventRow>(
  container: MedusaContainer,
  events: E[],
  claim: { customer_id: string | null; contact?: { name?: string } | null }
): Promise<(E & { actor_name: string; recorded_by_name: string | null })[]> {
  const ids = peopleIds(events, claim.customer_id)
  const query = container.resolve("query")
  const [users, customers] = await Promise.all([
    ids.users.length
      ? query.graph({ entity: "user", fields: ["id", "first_name", "last_name", "email"], filters: { id: ids.users } })
      : { data: [] },
    ids.customers.length
      ? query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: ids.customers } })
      : { data: [] },
  ])
  const userNames = byId(users.data as (Person & { id: string })[])
  const customerNames = byId(customers.data as (Person & { id: string })[])
  // A guest claim has no customer: the name the shopper gave on the claim.
  const shopper = (claim.customer_id && customerNames.get(claim.customer_id)) || claim.contact?.name || "Customer"

  return events.map((e) => {
    const actor_id = typeof e.actor_id === "string" ? e.actor_id : null
    const data = e.data as { recorded_by?: unknown; channel?: unknown } | null
    // A shopper's answer staff recorded for them: the shopper answered, the staff member recorded it.
    const recorded_by = typeof data?.channel === "string" ? (data.recorded_by ?? (e.actor === "admin" ? actor_id : null)) : data?.recorded_by
    let actor_name: string
    if (typeof data?.channel === "string") {
      actor_name = shopper
    } else if (e.actor === "admin") {
      actor_name = (actor_id && userNames.get(actor_id)) || (actor_id ? scriptLabel(actor_id) : "Staff")
    } else if (e.actor === "customer") {
      actor_name = (actor_id && customerNames.get(actor_id)) || shopper
    } else {
      actor_name = "System"
    }
    const recorded_by_name =
      typeof recorded_by === "string" ? (userNames.get(recorded_by) ?? scriptLabel(recorded_by)) : null
    return { ...e, actor_name, recorded_by_name }
  })
}
