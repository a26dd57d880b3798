/**
 * The lock one order's cards are issued, started and voided under (Medusa's locking module: in
 * memory in one process, Redis across processes). A second run waits up to `timeout` seconds;
 * `ttl` frees the lock of a process that died holding it (a worker killed mid-issuance) well
 * before a waiter gives up. Issuing one order's cards takes well under a second; should a run
 * ever outlast the ttl, the unique index per unit still stops a second card.
 */
export function orderCardsLock(orderId: string) {
  return { key: `warranty-cards:${orderId}`, timeout: 30, ttl: 20 }
}
