import { Component, type ErrorInfo, type ReactNode } from "react"
import { BrowserRouter, Route, Routes, useLocation } from "react-router-dom"
import { Layout } from "./components/Layout"
import { ErrorAlert, NotFound, RequireSignIn } from "./components/PageState"
import { Page } from "./components/Page"
import { AccountPage } from "./pages/Account"
import { CartPage } from "./pages/Cart"
import { CataloguePage } from "./pages/Catalogue"
import { CheckoutPage } from "./pages/Checkout"
import { ClaimFormPage } from "./pages/claim/ClaimForm"
import { ClaimPage } from "./pages/claim/ClaimPage"
import { OrderPage } from "./pages/Order"
import { OrderConfirmedPage } from "./pages/OrderConfirmed"
import { ProductPage } from "./pages/Product"
import { WarrantyCheckPage } from "./pages/WarrantyCheck"
import { RegisterPage, SignInPage } from "./pages/SignIn"
import { AcceptCardTransferPage, AcceptOrderTransferPage } from "./pages/transfer/AcceptTransfer"
import { CardPage } from "./pages/transfer/CardPage"
import { useLocale } from "./lib/i18n"

function Crashed({ error }: { error: unknown }) {
  const { t } = useLocale()
  return (
    <Page title={t.storefront.errors.crashedTitle}>
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </Page>
  )
}

/** A bug in a page shows a message in words instead of a blank screen. */
class PageBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown; key: string }> {
  state = { error: undefined as unknown, key: this.props.resetKey }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    return props.resetKey !== state.key ? { error: undefined, key: props.resetKey } : null
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn("storefront page failed", error, info.componentStack)
  }
  render() {
    return this.state.error !== undefined ? <Crashed error={this.state.error} /> : this.props.children
  }
}

function Boundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return <PageBoundary resetKey={pathname}>{children}</PageBoundary>
}

const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>

export function App() {
  return (
    <BrowserRouter>
      <Layout>
        <Boundary>
          <Routes>
            <Route path="/" element={<CataloguePage />} />
            <Route path="/products/:handle" element={<ProductPage />} />
            <Route path="/warranty-check" element={<WarrantyCheckPage />} />
            <Route path="/cart" element={<CartPage />} />
            <Route path="/checkout" element={signedIn(<CheckoutPage />)} />
            <Route path="/order-confirmed/:id" element={signedIn(<OrderConfirmedPage />)} />
            <Route path="/account/login" element={<SignInPage />} />
            <Route path="/account/register" element={<RegisterPage />} />
            <Route path="/account" element={signedIn(<AccountPage />)} />
            <Route path="/account/orders/:id" element={signedIn(<OrderPage />)} />
            <Route path="/account/cards/:id/claim" element={signedIn(<ClaimFormPage />)} />
            <Route path="/account/cards/:id" element={signedIn(<CardPage />)} />
            <Route path="/account/cards/:id/accept" element={signedIn(<AcceptCardTransferPage />)} />
            <Route path="/account/orders/:id/accept" element={<AcceptOrderTransferPage />} />
            <Route path="/account/claims/:id" element={signedIn(<ClaimPage />)} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Boundary>
      </Layout>
    </BrowserRouter>
  )
}
