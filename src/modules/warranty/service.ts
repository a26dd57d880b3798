import { Context, Logger } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { BatteryHealthRecord } from "./models/battery-health-record"
import { WarrantyCard } from "./models/warranty-card"
import { WarrantyCardCorrection } from "./models/warranty-card-correction"
import { WarrantyInvoice } from "./models/warranty-invoice"
import { WarrantyPolicy } from "./models/warranty-policy"
import { WarrantySequence } from "./models/warranty-sequence"
import { parseWarrantyOptions, unknownOptionKeys, WarrantyOptions } from "./options"
import { dayIn } from "./rules/dates"

type SqlManager = {
  execute: (sql: string, params: unknown[]) => Promise<{ value: number | string }[]>
}

class WarrantyModuleService extends MedusaService({
  WarrantyPolicy,
  WarrantyCard,
  BatteryHealthRecord,
  WarrantyCardCorrection,
  WarrantySequence,
  WarrantyInvoice,
}) {
  protected readonly options_: WarrantyOptions

  constructor(container: { logger?: Logger }, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    // A bad option stops the app at load with a message naming it.
    this.options_ = parseWarrantyOptions(options)
    const unknown = unknownOptionKeys(options)
    if (unknown.length) {
      container.logger?.warn(`medusa-plugin-warranty: ignoring unknown option(s): ${unknown.join(", ")}`)
    }
  }

  getOptions(): WarrantyOptions {
    return this.options_
  }

  /** Today's calendar date in the shop's time zone (R3.4). */
  today(now: Date = new Date()): string {
    return dayIn(now, this.options_.time_zone)
  }

  /**
   * Reserves `count` consecutive numbers of a counter in one atomic statement, so concurrent
   * callers never get the same number. Returns the first one.
   */
  @InjectTransactionManager()
  async reserveSequence(
    scope: string,
    count: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as SqlManager
    const rows = await manager.execute(
      `INSERT INTO warranty_sequence (id, value, created_at, updated_at)
       VALUES (?, ?, now(), now())
       ON CONFLICT (id) DO UPDATE SET value = warranty_sequence.value + EXCLUDED.value, updated_at = now()
       RETURNING value`,
      [scope, count]
    )
    return Number(rows[0].value) - count + 1
  }
}

export default WarrantyModuleService
