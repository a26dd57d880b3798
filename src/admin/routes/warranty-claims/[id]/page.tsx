import { Container, Heading, Text } from "@medusajs/ui"
import { type LoaderFunctionArgs, type UIMatch, useParams } from "react-router-dom"
import { ClaimActions } from "../../../components/claim-actions"
import { ClaimDeviceSection } from "../../../components/claim-device-section"
import { ClaimHeader } from "../../../components/claim-header"
import { ClaimOfferSection } from "../../../components/claim-offer-section"
import { ClaimPhotosSection } from "../../../components/claim-photos-section"
import { ClaimResolutionSection } from "../../../components/claim-resolution-section"
import { ClaimReturnSection } from "../../../components/claim-return-section"
import {
  ClaimDiagnosisSection,
  ClaimExtensionsSection,
  ClaimFeesSection,
  ClaimIntakeSection,
  ClaimQuoteSection,
  ClaimRejectionSection,
  ClaimReportSection,
} from "../../../components/claim-service-sections"
import { ClaimShopperSection } from "../../../components/claim-shopper-section"
import { ClaimTimeline } from "../../../components/claim-timeline"
import { useWarrantyClaim } from "../../../hooks/warranty-claims"
import { errorMessage } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"
import type { AdminWarrantyClaimResponse as WarrantyClaimResponse } from "../../../../types"

/** One claim: what was filed, what the workshop recorded at each stage, and the moves open now. */
const WarrantyClaimPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useWarrantyClaim(id ?? "")
  const claim = data?.warranty_claim

  if (isLoading || isError || !claim) {
    return (
      <Container className="px-6 py-4">
        <Heading>Warranty claim</Heading>
        <Text size="small" className={isError ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {isLoading ? "Loading…" : `Could not load the claim: ${errorMessage(error)}`}
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full flex-col gap-y-3">
        <ClaimHeader claim={claim} />
        <ClaimReportSection claim={claim} />
        <ClaimIntakeSection claim={claim} />
        <ClaimDiagnosisSection claim={claim} />
        <ClaimPhotosSection claim={claim} />
        <ClaimQuoteSection claim={claim} />
        <ClaimRejectionSection claim={claim} />
        <ClaimOfferSection claim={claim} />
        <ClaimResolutionSection claim={claim} />
        <ClaimFeesSection claim={claim} />
        <ClaimExtensionsSection claim={claim} />
        <ClaimReturnSection claim={claim} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <ClaimDeviceSection claim={claim} />
        <ClaimShopperSection claim={claim} />
        <ClaimTimeline events={claim.events ?? []} action={<ClaimActions claim={claim} include={["note"]} />} />
      </div>
    </div>
  )
}

/** Fetched for the breadcrumb only; the page itself reads the claim through react-query. */
export const loader = async ({ params }: LoaderFunctionArgs) =>
  sdk.client.fetch<WarrantyClaimResponse>(`/admin/warranty-claims/${params.id}`)

export const handle = {
  breadcrumb: ({ data }: UIMatch<WarrantyClaimResponse | undefined>) => data?.warranty_claim.ticket_number ?? "Claim",
}

export default WarrantyClaimPage
