import { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/format"
import { splitFieldErrors, type FieldErrors } from "../lib/field-errors"
import type {
  AdminWarrantyClaimMove as AdminClaimMove,
  AdminWarrantyClaimMoveBodies as ClaimMoveBodies,
} from "../../types"
import { isClaimConflict, useClaimMove } from "./warranty-claims"

/**
 * One claim move sent from a drawer. A 400 stays in the drawer: each problem next to the field it
 * names, the rest in the drawer's body (never a toast over its title). A 409 (someone moved the
 * claim meanwhile) closes the drawer with a toast: the refetched claim shows where it stands.
 */
export function useDrawerMove<M extends AdminClaimMove, F extends string>(
  claimId: string,
  move: M,
  fields: readonly F[],
  { success, onDone }: { success: string; onDone: () => void }
) {
  const mutation = useClaimMove(claimId, move)
  const [errors, setErrors] = useState<FieldErrors<F>>({ fields: {}, general: null })

  const submit = (body: ClaimMoveBodies[M]) => {
    setErrors({ fields: {}, general: null })
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(success)
        onDone()
      },
      onError: (error: Error) => {
        if (isClaimConflict(error)) {
          toast.error(errorMessage(error), { description: "The page now shows the claim's current status." })
          onDone()
          return
        }
        const status = error instanceof FetchError ? error.status : undefined
        setErrors(
          status === 400 ? splitFieldErrors(errorMessage(error), fields) : { fields: {}, general: errorMessage(error) }
        )
      },
    })
  }

  return { submit, isPending: mutation.isPending, errors: errors.fields, generalError: errors.general }
}
