import type { Db } from './connection';

/**
 * One instance of `create` (a repository and its prepared statements) per connection, made on
 * first use and reused by every call, as `repositoriesOf` does for the core repositories.
 */
export function perConnection<T>(create: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let instance = cache.get(db);
    if (instance === undefined) {
      instance = create(db);
      cache.set(db, instance);
    }
    return instance;
  };
}
