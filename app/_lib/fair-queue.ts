// A queue served round-robin by client: each client's items keep their order, and the clients
// with items waiting take turns, so one client's hundred jobs wait behind everyone else's one.

export interface FairQueue<T> {
  put(client: string, item: T): void;
  /** The next item: the oldest of the client whose turn it is. */
  take(): T | undefined;
  size(): number;
  sizeOf(client: string): number;
}

export function createFairQueue<T>(): FairQueue<T> {
  // A Map keeps insertion order: the first key is the client whose turn it is, and a client
  // re-inserted after its turn goes to the back.
  const waiting = new Map<string, T[]>();
  let total = 0;
  return {
    put(client, item) {
      const items = waiting.get(client);
      if (items) items.push(item);
      else waiting.set(client, [item]);
      total++;
    },
    take() {
      const next = waiting.entries().next();
      if (next.done) return undefined;
      const [client, items] = next.value;
      const item = items.shift();
      waiting.delete(client);
      if (items.length > 0) waiting.set(client, items);
      total--;
      return item;
    },
    size: () => total,
    sizeOf: (client) => waiting.get(client)?.length ?? 0,
  };
}
