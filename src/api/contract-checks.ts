/**
 * Compile-time checks that the API contract (`src/types`) and the server say the same thing: the
 * zod schemas of `validators.ts`, the models' enums, the rules' codes and the JSON the rules write.
 * Type-only (nothing here runs): change one side without the other and `tsc` fails on the line
 * that names the pair. The response shapes themselves are checked where they are written, by the
 * routes' `MedusaResponse<...>`.
 */
import type { z } from "@medusajs/framework/zod"
import type { DefectCode, EligibilityReasonCode, ExclusionReason, ExtensionReason } from "../modules/warranty/codes"
import type { BatteryKind, BatteryReadingSource } from "../modules/warranty/models/battery-health-record"
import type { ClaimActor } from "../modules/warranty/models/claim-event"
import type { ClaimPhotoStage } from "../modules/warranty/models/claim-photo"
import type { DeliveryKind, WarrantyCardStatus } from "../modules/warranty/models/warranty-card"
import type { CardOwnerActor, CardOwnerSource } from "../modules/warranty/models/warranty-card-owner"
import type { CardTransferStatus } from "../modules/warranty/models/warranty-card-transfer"
import type { ClaimCover, ClaimDeliveryMethod, ClaimStatus } from "../modules/warranty/models/warranty-claim"
import type { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"
import type { Cover, Eligibility } from "../modules/warranty/rules/claim-covers"
import type { Address, ClaimContact, Fee, MoveInput, Quote } from "../modules/warranty/rules/claim-moves"
import type { CustomerAnswer } from "../modules/warranty/rules/customer-answers"
import type {
  AnswerChannel,
  ClaimCredit,
  Offer,
  OfferBlock,
  OfferKind,
  OfferOption,
  OfferStatus,
  Resolution,
  TradeInReason,
  ValueBasis,
} from "../modules/warranty/rules/claim-offers"
import type { ClaimMove } from "../modules/warranty/rules/claim-transitions"
import type { PolicyTerms, ResolvedPolicy } from "../modules/warranty/rules/policy"
import type { CardStatus } from "../modules/warranty/rules/status"
import type { ShopSettingChange, ShopSettingKey, ShopSettings } from "../modules/warranty/rules/settings"
import type * as C from "../types"
import type * as V from "./validators"

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Expect<T extends true> = T

/** Compares by value: an enum's members as their strings, intersections flattened. */
type Plain<T> = T extends string
  ? `${T}`
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T
type Same<A, B> = Equal<Plain<A>, Plain<B>>

/** What a schema accepts (a body as the client writes it). */
type In<S extends z.ZodType> = z.input<S>
/** What a route reads after validation. */
type Out<S extends z.ZodType> = z.output<S>

/**
 * A query: the contract names exactly the schema's keys (bar Medusa's `with_deleted`), and every
 * value it allows, the schema accepts.
 */
type QueryAgrees<P, S extends z.ZodType> = Equal<keyof P, Exclude<keyof In<S>, "with_deleted">> extends true
  ? { [K in keyof P]-?: NonNullable<P[K]> extends Plain<In<S>[K & keyof In<S>]> ? true : false }[keyof P] extends true
    ? true
    : false
  : false

// ---------------------------------------------------------------------------------------------
// Enums and codes: the contract's unions are the models' and the rules' values.

export type Checks = [
  Expect<Same<WarrantyCardStatus, C.WarrantyCardStatus>>,
  Expect<Same<CardStatus, C.WarrantyCardStatus>>,
  Expect<Same<WarrantyCoverage, C.WarrantyCoverage>>,
  Expect<Same<ProductKind, C.WarrantyProductKind>>,
  Expect<Same<DeliveryKind, C.WarrantyDeliveryKind>>,
  Expect<Same<BatteryReadingSource, C.BatteryReadingSource>>,
  Expect<Same<BatteryKind, C.BatteryKind>>,
  Expect<Same<ClaimStatus, C.WarrantyClaimStatus>>,
  Expect<Same<ClaimMove, C.WarrantyClaimMove>>,
  Expect<Same<ClaimActor, C.WarrantyClaimActor>>,
  Expect<Same<ClaimCover, C.WarrantyClaimCover>>,
  Expect<Same<ClaimDeliveryMethod, C.WarrantyClaimDeliveryMethod>>,
  Expect<Same<DefectCode, C.WarrantyDefectCode>>,
  Expect<Same<ExclusionReason, C.WarrantyExclusionReason>>,
  Expect<Same<ExtensionReason, C.WarrantyExtensionReason>>,
  Expect<Same<EligibilityReasonCode, C.WarrantyEligibilityReasonCode>>,
  Expect<Same<OfferKind, C.WarrantyOfferKind>>,
  Expect<Same<OfferOption, C.WarrantyOfferOption>>,
  Expect<Same<OfferStatus, C.WarrantyOfferStatus>>,
  Expect<Same<ValueBasis, C.WarrantyValueBasis>>,
  Expect<Same<TradeInReason, C.WarrantyTradeInReason>>,

  // -------------------------------------------------------------------------------------------
  // What the rules write into a claim's JSON columns and answers, as the contract reads it.

  Expect<Same<Cover, C.WarrantyCoverPeriod>>,
  Expect<Same<Eligibility, C.WarrantyEligibility>>,
  Expect<Same<Address, C.WarrantyClaimAddress>>,
  Expect<Same<ClaimContact, C.WarrantyClaimContact>>,
  Expect<Same<Quote, C.WarrantyClaimQuote>>,
  Expect<Same<Fee, C.WarrantyClaimFee>>,
  Expect<Same<Offer, C.WarrantyClaimOffer>>,
  Expect<Same<OfferBlock, C.WarrantyOfferBlock>>,
  Expect<Same<AnswerChannel, C.WarrantyAnswerChannel>>,
  Expect<Same<CustomerAnswer, C.WarrantyCustomerAnswer>>,
  Expect<Same<ClaimCredit, C.WarrantyClaimCredit>>,
  Expect<Same<Resolution, C.WarrantyClaimResolution>>,
  Expect<Same<PolicyTerms, C.WarrantyTerms>>,
  Expect<Same<ResolvedPolicy, C.AdminWarrantyPolicyResponse["warranty_policy"]["effective"]>>,
  Expect<Same<MoveInput["confirm_return_details"], C.StoreWarrantyClaimReturnDetailsBody>>,
  Expect<Same<MoveInput["receive"], C.AdminReceiveWarrantyClaimBody>>,
  Expect<Same<MoveInput["diagnose"], C.AdminDiagnoseWarrantyClaimBody>>,
  Expect<Same<MoveInput["extend"], C.AdminExtendWarrantyClaimBody>>,
  Expect<Same<MoveInput["reject"], C.AdminRejectWarrantyClaimBody>>,
  Expect<C.AdminWarrantyClaimMove extends ClaimMove ? true : false>,

  // -------------------------------------------------------------------------------------------
  // Bodies: exactly what each route's schema accepts.

  Expect<Same<Omit<In<typeof V.StoreCreateWarrantyClaim>, "defects">, Omit<C.StoreCreateWarrantyClaimBody, "defects">>>,
  // The contract names the codes; the schema takes any text and the workflow checks it (R5.1, R5.2).
  Expect<C.StoreCreateWarrantyClaimBody["defects"] extends In<typeof V.StoreCreateWarrantyClaim>["defects"] ? true : false>,
  Expect<Same<In<typeof V.StoreClaimReturnDetails>, C.StoreWarrantyClaimReturnDetailsBody>>,
  Expect<Same<In<typeof V.StoreCancelWarrantyClaim>, C.StoreCancelWarrantyClaimBody>>,
  Expect<Same<In<typeof V.EmptyBody>, C.StoreWarrantyClaimEmptyBody>>,
  Expect<Same<In<typeof V.StoreAcceptOffer>, C.StoreAcceptWarrantyOfferBody>>,
  Expect<Same<In<typeof V.StoreDeclineOffer>, C.StoreDeclineWarrantyOfferBody>>,
  Expect<Same<In<typeof V.StorePayClaimFee>, C.StorePayWarrantyClaimFeeBody>>,
  Expect<Same<In<typeof V.AdminUpdateWarrantyCard>, C.AdminUpdateWarrantyCardBody>>,
  Expect<Same<In<typeof V.AdminRecordBatteryHealth>, C.AdminRecordBatteryHealthBody>>,
  Expect<Same<In<typeof V.AdminVoidWarrantyCard>, C.AdminVoidWarrantyCardBody>>,
  Expect<Same<In<typeof V.AdminUpsertWarrantyPolicy>, C.AdminUpsertWarrantyPolicyBody>>,
  Expect<Same<In<typeof V.AdminRecordWarrantyInvoice>, C.AdminRecordWarrantyInvoiceBody>>,
  Expect<Same<In<typeof V.AdminReceiveClaim>, C.AdminReceiveWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminDiagnoseClaim>, C.AdminDiagnoseWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminQuoteClaim>, C.AdminQuoteWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminClaimNoteOptional>, C.AdminWarrantyClaimNoteOptionalBody>>,
  Expect<Same<In<typeof V.AdminMarkReadyClaim>, C.AdminMarkReadyWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminMarkUnrepairableClaim>, C.AdminMarkUnrepairableWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminExtendClaim>, C.AdminExtendWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminRejectClaim>, C.AdminRejectWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminShipClaimReturn>, C.AdminShipReturnWarrantyClaimBody>>,
  Expect<Same<In<typeof V.AdminClaimNote>, C.AdminWarrantyClaimNoteBody>>,
  Expect<Same<In<typeof V.AdminMakeOffer>, C.AdminMakeWarrantyOfferBody>>,
  Expect<Same<In<typeof V.AdminRecordQuoteAnswer>, C.AdminRecordQuoteAnswerBody>>,
  Expect<Same<In<typeof V.AdminAcceptOffer>, C.AdminAcceptWarrantyOfferBody>>,
  Expect<Same<In<typeof V.AdminDeclineOffer>, C.AdminDeclineWarrantyOfferBody>>,
  Expect<Same<In<typeof V.AdminMarkFeePaid>, C.AdminMarkWarrantyClaimFeePaidBody>>,
  Expect<Same<In<typeof V.AdminWaiveFee>, C.AdminWaiveWarrantyClaimFeeBody>>,

  // -------------------------------------------------------------------------------------------
  // Queries: the same keys, values the schema takes, and the same status and cover values.

  Expect<QueryAgrees<C.StoreWarrantyCardListParams, typeof V.StoreGetWarrantyCardsParams>>,
  Expect<QueryAgrees<C.StoreWarrantyCardParams, typeof V.StoreGetWarrantyCardParams>>,
  Expect<QueryAgrees<C.AdminWarrantyCardListParams, typeof V.AdminGetWarrantyCardsParams>>,
  Expect<QueryAgrees<C.StoreWarrantyClaimListParams, typeof V.StoreGetWarrantyClaimsParams>>,
  Expect<QueryAgrees<C.AdminWarrantyClaimListParams, typeof V.AdminGetWarrantyClaimsParams>>,

  // Settings -> Warranty (issue 11 s.6): the contract's settings are the options' shop keys.
  Expect<Same<ShopSettings, C.WarrantyShopSettings>>,
  Expect<Same<ShopSettingChange["key"], C.WarrantySettingChangeLine["key"]>>,
  Expect<Same<Omit<In<typeof V.AdminUpdateWarrantySettings>, ShopSettingKey>, Pick<C.AdminUpdateWarrantySettingsBody, "version">>>,
  Expect<QueryAgrees<C.WarrantyEligibilityParams, typeof V.GetEligibilityParams>>,
  Expect<Same<C.StoreWarrantyCardListParams["status"], Out<typeof V.StoreGetWarrantyCardsParams>["status"]>>,
  Expect<Same<C.AdminWarrantyCardListParams["status"], Out<typeof V.AdminGetWarrantyCardsParams>["status"]>>,
  Expect<Same<C.StoreWarrantyClaimListParams["status"], Out<typeof V.StoreGetWarrantyClaimsParams>["status"]>>,
  Expect<Same<C.AdminWarrantyClaimListParams["status"], Out<typeof V.AdminGetWarrantyClaimsParams>["status"]>>,
  Expect<Same<C.AdminWarrantyClaimListParams["cover"], Out<typeof V.AdminGetWarrantyClaimsParams>["cover"]>>,

  // Evidence photos (R11.4): the contract's stages are the model's; staff's upload fields the validator's.
  Expect<Same<C.WarrantyClaimPhotoStage, `${ClaimPhotoStage}`>>,
  Expect<Same<C.AdminUploadWarrantyClaimPhotosFields["stage"], In<typeof V.AdminUploadClaimPhotos>["stage"]>>,
  Expect<Same<C.AdminUploadWarrantyClaimPhotosFields["visible_to_customer"], In<typeof V.AdminUploadClaimPhotos>["visible_to_customer"]>>,
  Expect<Same<C.WarrantyClaimPhotoStage | undefined, Out<typeof V.AdminGetClaimPhotosParams>["stage"]>>,

  // Owners and card transfers (issue 11 s.2, s.3): sources, actors and statuses are the models'; bodies the validators'.
  Expect<Same<C.WarrantyCardOwnerSource, `${CardOwnerSource}`>>,
  Expect<Same<C.AdminWarrantyCardOwner["actor"], `${CardOwnerActor}`>>,
  Expect<Same<C.WarrantyCardTransferStatus, `${CardTransferStatus}`>>,
  Expect<Same<In<typeof V.AdminTransferWarrantyCard>, C.AdminTransferWarrantyCardBody>>,
  Expect<Same<In<typeof V.StoreRequestCardTransfer>, C.StoreRequestWarrantyCardTransferBody>>,
  Expect<Same<In<typeof V.StoreAcceptCardTransfer>, C.StoreAcceptWarrantyCardTransferBody>>,
]
