// Used by scripts/demo.js: where the output of the commands it runs goes. With a file, their
// output is written there (colours stripped) and only what a person must see reaches the
// terminal: Medusa's error lines with the lines that follow them, what a command prints on stderr
// (less Node's deprecation warnings), and, once the demo is up, one line per e-mail that Medusa's
// local notification provider "sends". Without a file, everything stays on stdout as it comes.
const fs = require("fs")
const readline = require("readline")

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g
const LEVEL = /^\s*(error|warn|info|http|verbose|debug|silly)\s*:/i
const ERROR = /^\s*error\s*:/i
// Node's deprecation warnings, and `medusa develop`'s spinner ("- Creating server", "✔ Server is ready").
const NOISE = /^\(node:\d+\) .*Warning|^\(Use `node --trace-|^[-✔] /
const EMAIL = /Attempting to send a notification to: '([^']*)' on the channel: '([^']*)' with template: '([^']*)'/
const FOLLOWING_LINES = 20

/**
 * @param {string | null} file the log file (truncated), or null for stdout
 * @param {string} [label] how to name the file on the terminal
 */
function openDemoLog(file, label = file) {
  const stream = file ? fs.createWriteStream(file, { flags: "w" }) : null
  let emails = false
  const last = []

  function write(line) {
    const clean = line.replace(ANSI, "")
    stream.write(`${clean}\n`)
    last.push(clean)
    if (last.length > 200) {
      last.shift()
    }
  }

  return {
    file,
    /** The stdio of a child whose output this log takes. */
    stdio() {
      return file ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"]
    },
    /** Takes a child's output (spawned with stdio()); `stderr: false` keeps its stderr off the terminal too. */
    follow(child, { stderr = true } = {}) {
      if (!file) {
        return
      }
      let following = 0
      readline.createInterface({ input: child.stdout }).on("line", (line) => {
        write(line)
        const clean = line.replace(ANSI, "")
        const email = emails && clean.match(EMAIL)
        if (email && email[2] === "email") {
          console.log(`[e-mail] ${email[3]} to ${email[1]} (in full in ${label})`)
        }
        if (ERROR.test(clean)) {
          following = FOLLOWING_LINES
          console.error(line)
        } else if (LEVEL.test(clean)) {
          following = 0
        } else if (following > 0) {
          following--
          console.error(line)
        }
      })
      readline.createInterface({ input: child.stderr }).on("line", (line) => {
        write(line)
        if (stderr && line.trim() && !NOISE.test(line.replace(ANSI, ""))) {
          console.error(line)
        }
      })
    },
    /** From now on, each e-mail gets a line on the terminal. */
    showEmails() {
      emails = true
    },
    /** The last lines of the log, to quote when a command fails ("" when the output is on the terminal anyway). */
    tail(n = 30) {
      if (!file || !last.length) {
        return ""
      }
      return `; the last lines of ${label}:\n${last.slice(-n).map((l) => `  ${l}`).join("\n")}`
    },
  }
}

module.exports = { openDemoLog }
