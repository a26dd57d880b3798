import { model } from "@medusajs/framework/utils"

export enum WarrantyCoverage {
  FULL = "full",
  MANUFACTURING_DEFECTS = "manufacturing_defects",
}

export enum ProductKind {
  DEVICE = "device",
  ACCESSORY = "accessory",
}

/**
 * R2.2: a product's (or one variant's) own warranty terms. No row means the plugin default.
 */
export const WarrantyPolicy = model
  .define("warranty_policy", {
    id: model.id({ prefix: "wpol" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    months: model.number(),
    battery_days: model.number(),
    coverage: model.enum(WarrantyCoverage).default(WarrantyCoverage.FULL),
    kind: model.enum(ProductKind).default(ProductKind.DEVICE),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "variant_id IS NULL AND deleted_at IS NULL" },
    { on: ["product_id", "variant_id"], unique: true, where: "variant_id IS NOT NULL AND deleted_at IS NULL" },
  ])
