// A storage engine for @nanostores/persistent that never throws: when localStorage is blocked (private mode)
// or full, values live in memory for this visit and `onFailure` is told once, so the page can say so.

export type StorageFailure = 'blocked' | 'full';

export function createSafeStorage(getBacking: () => Storage, onFailure: (reason: StorageFailure) => void): Record<string, string> {
  const memory: Record<string, string> = {};
  let failed = false;
  const fail = (reason: StorageFailure) => {
    if (!failed) onFailure(reason);
    failed = true;
  };
  const backing = (): Storage | null => {
    try {
      return getBacking();
    } catch {
      fail('blocked');
      return null;
    }
  };
  return new Proxy(memory, {
    has(target, key) {
      if (typeof key !== 'string') return false;
      if (key in target) return true;
      try {
        return backing()?.getItem(key) != null;
      } catch {
        fail('blocked');
        return false;
      }
    },
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      try {
        return backing()?.getItem(key) ?? undefined;
      } catch {
        fail('blocked');
        return undefined;
      }
    },
    set(target, key, value: string) {
      if (typeof key !== 'string') return false;
      try {
        const store = backing();
        if (!store) throw new Error('blocked');
        store.setItem(key, value);
        delete target[key];
      } catch (error) {
        // Keep the newest value in memory so the page goes on working; say why it is not saved.
        target[key] = value;
        fail(error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'blocked');
      }
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return false;
      delete target[key];
      try {
        backing()?.removeItem(key);
      } catch {
        fail('blocked');
      }
      return true;
    },
  });
}
