import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react"
import { useShop } from "./shop"

type AuthState = {
  signedIn: boolean
  signIn: (email: string, password: string) => Promise<void>
  register: (input: { email: string; password: string; first_name: string; last_name: string }) => Promise<void>
  signOut: () => Promise<void>
  /** A call answered 401: the token expired or was revoked. */
  lost: () => void
}

const AuthContext = createContext<AuthState | null>(null)

/** The shopper's session: a JWT the JS SDK keeps in localStorage and sends on every call. */
export function AuthProvider({ initial, children }: { initial: boolean; children: ReactNode }) {
  const { sdk } = useShop()
  const [signedIn, setSignedIn] = useState(initial)

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await sdk.auth.login("customer", "emailpass", { email, password })
      if (typeof result !== "string") {
        // A redirect (third-party login) or a second factor: not something this form offers.
        throw new Error("This account needs a sign-in method the demo storefront does not offer.")
      }
      setSignedIn(true)
    },
    [sdk]
  )

  const register = useCallback(
    async (input: { email: string; password: string; first_name: string; last_name: string }) => {
      // The registration token may only create the customer; a login then gives the customer's token.
      await sdk.auth.register("customer", "emailpass", { email: input.email, password: input.password })
      await sdk.store.customer.create({ email: input.email, first_name: input.first_name, last_name: input.last_name })
      await signIn(input.email, input.password)
    },
    [sdk, signIn]
  )

  const signOut = useCallback(async () => {
    await sdk.auth.logout().catch(() => undefined)
    await sdk.client.clearToken()
    setSignedIn(false)
  }, [sdk])

  const lost = useCallback(() => {
    void sdk.client.clearToken()
    setSignedIn(false)
  }, [sdk])

  const value = useMemo(() => ({ signedIn, signIn, register, signOut, lost }), [signedIn, signIn, register, signOut, lost])
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext)
  if (!state) {
    throw new Error("useAuth outside AuthProvider")
  }
  return state
}
