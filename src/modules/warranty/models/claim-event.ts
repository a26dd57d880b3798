import { model } from "@medusajs/framework/utils"
import { WarrantyClaim } from "./warranty-claim"

export enum ClaimActor {
  CUSTOMER = "customer",
  ADMIN = "admin",
  SYSTEM = "system",
}

/** The append-only log of a claim: every move, with who made it and what it recorded. */
export const ClaimEvent = model
  .define({ name: "claim_event", tableName: "warranty_claim_event" }, {
    id: model.id({ prefix: "wcev" }).primaryKey(),
    move: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text(),
    actor: model.enum(ClaimActor),
    actor_id: model.text().nullable(),
    data: model.json().nullable(),
    visible_to_customer: model.boolean().default(true),
    claim: model.belongsTo(() => WarrantyClaim, { mappedBy: "events" }),
  })
  .indexes([{ on: ["claim_id", "created_at"], where: "deleted_at IS NULL" }])
