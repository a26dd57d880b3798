import { model } from "@medusajs/framework/utils"

export enum IdempotencyKeyStatus {
  RUNNING = "running",
  COMPLETED = "completed",
}

/**
 * One `Idempotency-Key` a shopper sent on a store POST, scoped to the customer and the request
 * path. `request_hash` ties the key to one body; `completed` keeps the first answer to replay;
 * `running` with `locked_until` in the future means the first request is still at work.
 * `record_id` is written in the same transaction as the record the request made, and only while
 * it is empty, so a retry after a crash finds that record instead of making a second one.
 */
export const WarrantyIdempotencyKey = model
  .define("warranty_idempotency_key", {
    id: model.id({ prefix: "widem" }).primaryKey(),
    customer_id: model.text(),
    route: model.text(),
    key: model.text(),
    request_hash: model.text(),
    status: model.enum(IdempotencyKeyStatus).default(IdempotencyKeyStatus.RUNNING),
    attempt: model.number().default(1),
    locked_until: model.dateTime(),
    response_status: model.number().nullable(),
    response_body: model.json().nullable(),
    record_id: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_id", "route", "key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])
