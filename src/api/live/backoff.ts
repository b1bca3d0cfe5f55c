/** The first wait before reconnecting, doubled after each failed attempt up to `maxReconnectMs`. */
export const firstReconnectMs = 1_000
export const maxReconnectMs = 30_000

/** How long to wait before reconnect attempt `attempt` (0 for the first after a good connection). */
export function reconnectDelay(attempt: number): number {
  return Math.min(maxReconnectMs, firstReconnectMs * 2 ** Math.max(0, Math.min(attempt, 16)))
}
