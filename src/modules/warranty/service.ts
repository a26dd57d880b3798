import { Context, Logger } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { BatteryHealthRecord } from "./models/battery-health-record"
import { ClaimActor, ClaimEvent } from "./models/claim-event"
import { ClaimPhoto, ClaimPhotoStage } from "./models/claim-photo"
import { WarrantyCard } from "./models/warranty-card"
import { WarrantyCardCorrection } from "./models/warranty-card-correction"
import { WarrantyCardOwner } from "./models/warranty-card-owner"
import { WarrantyCardTransfer } from "./models/warranty-card-transfer"
import { reassignCardOwner, type CardOwnerChange } from "./card-owners"
import { readShopperCardPage, type ShopperCardPage, type ShopperCardPageInput } from "./shopper-card-rows"
import { markClaimsOverdue, revertClaimsOverdue, type MarkedOverdueClaim, type OverdueSweepInput, type OverdueSweepUndo } from "./overdue-sweep"
import { ClaimStatus, WarrantyClaim } from "./models/warranty-claim"
import { WarrantyIdempotencyKey } from "./models/warranty-idempotency-key"
import { WarrantyInvoice } from "./models/warranty-invoice"
import { WarrantyPolicy } from "./models/warranty-policy"
import { WarrantySequence } from "./models/warranty-sequence"
import { WarrantySetting } from "./models/warranty-setting"
import { WarrantySettingChange } from "./models/warranty-setting-change"
import { readShopSettings, revertShopSettings, saveShopSettings, type ShopSettingsSave, type ShopSettingsSaved, type StoredShopSettings } from "./shop-settings"
import { parseWarrantyOptions, placeholderOptionKeys, unknownOptionKeys, WarrantyOptions } from "./options"
import { dayIn } from "./rules/dates"
import {
  beginIdempotentRequest,
  finishIdempotentRequest,
  forgetIdempotentRecord,
  markIdempotentRecord,
  releaseIdempotentRequest,
  type IdempotencyScope,
  type IdempotencyStart,
} from "./idempotency"

type SqlManager = {
  execute: <T = { value: number | string }>(sql: string, params: unknown[]) => Promise<T[]>
}

export type ClaimMoveWrite = {
  id: string
  move: string
  from_status: string
  to_status: string
  /** The claim's version when the move was planned; a newer one means someone moved it first. */
  expected_version: number
  patch: Record<string, unknown>
  actor: "customer" | "admin" | "system"
  actor_id: string | null
  data: Record<string, unknown>
  visible_to_customer: boolean
}

/** One claim photo's row as the upload writes it (the files are already in the File Module). */
export type ClaimPhotoWrite = {
  claim_id: string
  stage: ClaimPhotoStage
  file_id: string
  thumbnail_file_id: string
  content_type: string
  size: number
  width: number
  height: number
  original_name: string
  actor: ClaimActor
  actor_id: string | null
  visible_to_customer: boolean
}

/** Raised when a claim changed between the read and the move (409 at the API). */
export const CLAIM_MOVED_CONFLICT = "warranty_claim_moved"

class WarrantyModuleService extends MedusaService({
  WarrantyPolicy,
  WarrantyCard,
  BatteryHealthRecord,
  WarrantyCardCorrection,
  WarrantySequence,
  WarrantyInvoice,
  WarrantyClaim,
  ClaimEvent,
  WarrantySetting,
  WarrantySettingChange,
  WarrantyCardOwner,
  WarrantyCardTransfer,
  // Keyed so that the methods read `listClaimPhotographs` (the default plural of "photo" is "photoes").
  ClaimPhotograph: ClaimPhoto,
  WarrantyIdempotencyKey,
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
    const placeholders = placeholderOptionKeys(options)
    if (placeholders.length) {
      container.logger?.warn(
        `medusa-plugin-warranty: ${placeholders.join(" and ")} still hold the placeholder (${this.options_.service_address.address_1}, ${this.options_.service_phone}); every parcel label and claim e-mail prints them: set them in the plugin's options or under Settings -> Warranty in the dashboard (R6.5, R6.8)`
      )
    }
  }

  getOptions(): WarrantyOptions {
    return this.options_
  }

  /**
   * The shop's effective settings: the plugin options (the defaults) merged with the overrides
   * staff saved under Settings -> Warranty. Read this, not getOptions(), for any shop setting.
   */
  async getSettings(): Promise<WarrantyOptions> {
    return (await this.readShopSettings()).settings
  }

  /** The settings with what is overridden and the version (Settings -> Warranty reads this); see `shop-settings.ts`. */
  @InjectManager()
  async readShopSettings(@MedusaContext() sharedContext: Context = {}): Promise<StoredShopSettings> {
    return readShopSettings(sharedContext.manager as SqlManager, this.getOptions())
  }

  /** Saves staff's change of the shop settings and its log line; a stale `version` is a 409. */
  @InjectTransactionManager()
  async saveShopSettings(input: ShopSettingsSave, @MedusaContext() sharedContext: Context = {}): Promise<ShopSettingsSaved> {
    return saveShopSettings(sharedContext.transactionManager as SqlManager, this.getOptions(), input)
  }

  @InjectTransactionManager()
  async revertShopSettings(
    undo: Parameters<typeof revertShopSettings>[1],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return revertShopSettings(sharedContext.transactionManager as SqlManager, undo)
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

  /**
   * Writes one planned move and its event in one transaction, holding the claim's row lock: of
   * two moves planned on the same read, the second finds a newer version and is refused, so the
   * log never shows a move that did not happen.
   */
  /** Locks a claim's row for the rest of the transaction and reads its status and version. */
  protected async lockClaim(id: string, sharedContext: Context): Promise<{ status: string; version: number } | null> {
    const manager = sharedContext.transactionManager as SqlManager
    const rows = await manager.execute<{ status: string; version: number }>(
      `SELECT status, version FROM warranty_claim WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [id]
    )
    return rows.length ? { status: rows[0].status, version: Number(rows[0].version) } : null
  }

  /**
   * Undoes a move whose later side effects failed, under the same row lock: only while the claim
   * is still at the version that move wrote. A move made meanwhile is never overwritten; then
   * nothing is undone and `false` says so.
   */
  @InjectTransactionManager()
  async revertClaimMove(
    undo: { id: string; version: number; event_id: string; previous: Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const locked = await this.lockClaim(undo.id, sharedContext)
    if (!locked || locked.version !== undo.version) {
      return false
    }
    await this.updateWarrantyClaims({ id: undo.id, ...undo.previous }, sharedContext)
    await this.deleteClaimEvents(undo.event_id, sharedContext)
    return true
  }

  /**
   * Issue 11: gives a card to a new owner and logs it, only while it still has the owner the
   * caller read (`from`); false when someone changed it first. See `card-owners.ts`.
   */
  @InjectTransactionManager()
  async reassignCardOwner(change: CardOwnerChange, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return reassignCardOwner(sharedContext.transactionManager as SqlManager, change)
  }

  /** Issue 12 (P1): one page of a shopper's cards as plain rows; see `shopper-card-rows.ts`. */
  @InjectManager()
  async listShopperCardRows(input: ShopperCardPageInput, @MedusaContext() sharedContext: Context = {}): Promise<ShopperCardPage> {
    return readShopperCardPage(sharedContext.manager as SqlManager, input)
  }

  @InjectTransactionManager()
  async applyClaimMove(
    move: ClaimMoveWrite,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ event_id: string; version: number }> {
    const locked = await this.lockClaim(move.id, sharedContext)
    if (!locked) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${move.id} was not found`)
    }
    if (locked.status !== move.from_status || locked.version !== move.expected_version) {
      throw new MedusaError(MedusaError.Types.CONFLICT, CLAIM_MOVED_CONFLICT)
    }
    const version = move.expected_version + 1
    await this.updateWarrantyClaims({ id: move.id, ...move.patch, status: move.to_status as ClaimStatus, version }, sharedContext)
    const event = await this.createClaimEvents(
      {
        claim_id: move.id,
        move: move.move,
        from_status: move.from_status,
        to_status: move.to_status,
        actor: move.actor as ClaimActor,
        actor_id: move.actor_id,
        data: move.data,
        visible_to_customer: move.visible_to_customer,
      },
      sharedContext
    )
    return { event_id: event.id, version }
  }

  /** R7.1, R11.2, issue 12 (P4): the overdue sweep as one set-based pass; see `overdue-sweep.ts`. */
  @InjectTransactionManager()
  async markClaimsOverdue(input: OverdueSweepInput, @MedusaContext() sharedContext: Context = {}): Promise<MarkedOverdueClaim[]> {
    return markClaimsOverdue(sharedContext.transactionManager as SqlManager, input)
  }

  /** Undoes a sweep whose later steps failed, claim by claim still at the sweep's version; see `overdue-sweep.ts`. */
  @InjectTransactionManager()
  async revertClaimsOverdue(marked: OverdueSweepUndo[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return revertClaimsOverdue(sharedContext.transactionManager as SqlManager, marked)
  }

  /**
   * R11.4: a claim's new photos and the log line saying who added which, in one transaction (no
   * photo without its line). Not a move: the status stays, so the claim's version does too.
   */
  @InjectTransactionManager()
  async recordClaimPhotos(
    input: { status: string; photos: ClaimPhotoWrite[]; actor: ClaimActor; actor_id: string | null; visible_to_customer: boolean; idempotency_key_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ photo_ids: string[]; event_id: string }> {
    const photos = await this.createClaimPhotographs(input.photos, sharedContext)
    const event = await this.createClaimEvents(
      {
        claim_id: input.photos[0].claim_id,
        move: "add_photos",
        from_status: input.status,
        to_status: input.status,
        actor: input.actor,
        actor_id: input.actor_id,
        data: {
          stage: input.photos[0].stage,
          photos: photos.map((p) => ({ id: p.id, original_name: p.original_name })),
        },
        visible_to_customer: input.visible_to_customer,
      },
      sharedContext
    )
    // The log line names every photo: a retry with the same key answers from it.
    if (input.idempotency_key_id) {
      await markIdempotentRecord(sharedContext.transactionManager as SqlManager, input.idempotency_key_id, event.id)
    }
    return { photo_ids: photos.map((p) => p.id), event_id: event.id }
  }

  /**
   * R6.1: a filed claim and the first line of its log in one transaction, tied to the shopper's
   * `Idempotency-Key` when there is one (no claim without its line; no second claim per key).
   */
  @InjectTransactionManager()
  async recordSubmittedClaim(
    input: { claim: NewClaim; event: Omit<NewClaimEvent, "claim_id">; idempotency_key_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [claim] = await this.createWarrantyClaims([input.claim], sharedContext)
    await this.createClaimEvents({ ...input.event, claim_id: claim.id }, sharedContext)
    if (input.idempotency_key_id) {
      await markIdempotentRecord(sharedContext.transactionManager as SqlManager, input.idempotency_key_id, claim.id)
    }
    return claim
  }

  /** Undoes `recordSubmittedClaim` (compensation): the claim, its log and its key's record go. */
  @InjectTransactionManager()
  async removeSubmittedClaim(id: string, @MedusaContext() sharedContext: Context = {}) {
    await this.deleteWarrantyClaims(id, sharedContext)
    await forgetIdempotentRecord(sharedContext.transactionManager as SqlManager, id)
  }

  /** Store POSTs with an `Idempotency-Key` (src/api/utils/idempotency.ts). */
  @InjectTransactionManager()
  async beginIdempotentRequest(scope: IdempotencyScope, lease_ms: number, @MedusaContext() sharedContext: Context = {}): Promise<IdempotencyStart> {
    return beginIdempotentRequest(sharedContext.transactionManager as SqlManager, scope, lease_ms)
  }

  @InjectTransactionManager()
  async finishIdempotentRequest(run: { id: string; attempt: number }, answer: { status: number; body: unknown }, @MedusaContext() sharedContext: Context = {}) {
    await finishIdempotentRequest(sharedContext.transactionManager as SqlManager, run, answer)
  }

  @InjectTransactionManager()
  async releaseIdempotentRequest(run: { id: string; attempt: number }, @MedusaContext() sharedContext: Context = {}) {
    await releaseIdempotentRequest(sharedContext.transactionManager as SqlManager, run)
  }
}

type OneOf<T> = T extends (infer U)[] ? U : T
type NewClaim = OneOf<Parameters<WarrantyModuleService["createWarrantyClaims"]>[0]>
type NewClaimEvent = OneOf<Parameters<WarrantyModuleService["createClaimEvents"]>[0]>

export default WarrantyModuleService
