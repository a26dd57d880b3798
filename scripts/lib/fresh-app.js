// Used by scripts/install-check.js: the fresh Medusa app a developer starts from, with the plugin
// registered as the README's install section shows.
const MEDUSA = "2.21.2"

/**
 * The app's package.json: what Medusa's starter (`create-medusa-app`, medusajs/dtc-starter's
 * apps/backend) gives a 2.21.2 app, at the versions that install together here. Its test tooling
 * (jest, @medusajs/test-utils) is left out: no test runs inside the app.
 */
const APP_PACKAGE = {
  name: "warranty-install-check-app",
  version: "0.0.1",
  private: true,
  scripts: { build: "medusa build", start: "medusa start", dev: "medusa develop" },
  dependencies: {
    "@medusajs/admin-sdk": MEDUSA,
    "@medusajs/admin-shared": MEDUSA,
    "@medusajs/cli": MEDUSA,
    "@medusajs/dashboard": MEDUSA,
    "@medusajs/draft-order": MEDUSA,
    "@medusajs/framework": MEDUSA,
    "@medusajs/medusa": MEDUSA,
  },
  devDependencies: {
    "@swc/core": "1.16.22",
    "@types/node": "20.19.25",
    "@types/react": "18.3.12",
    "@types/react-dom": "18.3.1",
    "prop-types": "15.8.1",
    react: "18.3.1",
    "react-dom": "18.3.1",
    "ts-node": "10.9.2",
    typescript: "5.6.3",
    vite: "7.1.12",
    yalc: "1.0.0-pre.53",
  },
  engines: { node: ">=20" },
}

/** The starter's medusa-config.ts with the plugin registered exactly as the README's install section shows. */
const MEDUSA_CONFIG = `import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [
    {
      resolve: "medusa-plugin-warranty",
      options: {
        shop_name: "Swipe Refurbished",
        default_warranty_months: 24,
        time_zone: "Europe/Bucharest",
      },
    },
  ],
})
`

/** The starter's tsconfig.json. */
const APP_TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    baseUrl: ".",
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

module.exports = { MEDUSA, APP_PACKAGE, APP_TSCONFIG, MEDUSA_CONFIG }
