const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// `npm test` migrates one template database before Jest starts (scripts/lib/test-db-template.js)
// and names it in WARRANTY_TEST_DB_TEMPLATE. Medusa's integration runner creates each suite's
// database with `createDatabase` and then migrates it; here that database is made as a copy of the
// template instead, so the runner's migrations find nothing left to do. Only the runner's own
// databases (`medusa-<id>-integration-<worker>`) are copied; anything else, and every run without
// the variable (plain `npx jest`), goes through Medusa's function unchanged.
const template = process.env.WARRANTY_TEST_DB_TEMPLATE
if (template) {
  const pgTemplate = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
  const { Client } = require("@medusajs/framework/pg")
  const original = pgTemplate.createDatabase
  const quote = (name) => `"${name.replace(/"/g, '""')}"`
  pgTemplate.createDatabase = async function createDatabaseFromTemplate(options, credentials = {}) {
    if (!/^medusa-.+-integration-\d+$/.test(options.databaseName)) {
      return original(options, credentials)
    }
    const client = new Client({ host: "localhost", port: 5432, user: "postgres", password: "", database: "postgres", ...credentials })
    try {
      await client.connect()
      await client.query(`CREATE DATABASE ${quote(options.databaseName)} TEMPLATE ${quote(template)}`)
    } catch (e) {
      // The template gone (dropped by hand during the run): an empty database, which the runner
      // migrates as it does without a template.
      if (e.code === "3D000") {
        return original(options, credentials)
      }
      // As Medusa's function: a database that already exists is fine unless told otherwise.
      if (options.errorIfExist || e.code !== "42P04") {
        throw e
      }
    } finally {
      await client.end()
    }
  }
}

// A spec that names no timeout when it waits for an event's subscribers
// (`TestEventUtils.waitSubscribersExecution`) gets 60 s instead of test-utils' 15 s: CI runs the
// browser suite and the install check beside Jest on the 2-core machine, and a checkout's
// `order.placed` subscribers took longer than 15 s there while the first dashboard page compiled.
// The wait still fails when the event never comes; a spec's own timeout is kept as it is.
const events = require("@medusajs/test-utils/dist/events")
const waitSubscribersExecution = events.waitSubscribersExecution
events.waitSubscribersExecution = (eventName, eventBus, options = {}) =>
  waitSubscribersExecution(eventName, eventBus, { ...options, timeout: options.timeout ?? 60000 })
