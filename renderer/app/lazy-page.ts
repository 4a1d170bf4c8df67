import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A section's module: the page, and optionally what to fetch when the app starts on it. */
export type PageModule = { default: ComponentType; prefetch?: () => void };

interface Registered {
  pattern: RegExp;
  preload(): Promise<PageModule>;
}

const registry: Registered[] = [];

/** `/rapat/:id/:tab?` → a regular expression for the whole path (the hash routes have no wildcards). */
export function routePattern(route: string): RegExp {
  const source = route
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (!segment.startsWith(':')) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      return segment.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
    })
    .join('');
  return new RegExp(`^${source}/?$`);
}

/**
 * A section loaded when first opened, like `React.lazy`, that can also be loaded ahead of time:
 * `preloadPageFor(path)` starts the download of the section a start-up address points at while
 * the app still waits for its translations and settings. When the module is already there at the
 * first render, the lazy component gets a thenable that resolves synchronously, which React.lazy
 * takes without suspending. A suspending section shows the loader, and React then holds the
 * revealed page back for up to 300 ms (its fallback throttle): a third of opening the ledger.
 */
export function lazyPage(load: () => Promise<PageModule>, route?: string): LazyExoticComponent<ComponentType> {
  let loaded: PageModule | null = null;
  let loading: Promise<PageModule> | null = null;
  const start = (): Promise<PageModule> => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        loading = null; // a later attempt may succeed
        throw error;
      },
    );
    return loading;
  };
  const page = lazy(() => {
    const module = loaded;
    if (!module) return start();
    // React.lazy only calls `then`; calling back at once marks the component resolved.
    const resolved = { then: (onFulfilled: (value: PageModule) => void) => onFulfilled(module) };
    return resolved as unknown as Promise<PageModule>;
  });
  if (route) registry.push({ pattern: routePattern(route), preload: start });
  return page;
}

/**
 * Starts loading the section registered for `path` (a hash route such as `/komitmen`), if any,
 * and its data (`prefetch`) as soon as the module is there.
 */
export function preloadPageFor(path: string): void {
  const page = registry.find((entry) => entry.pattern.test(path));
  page?.preload().then(
    (module) => module.prefetch?.(),
    () => undefined, // tried again, and the error shown, when the page renders
  );
}

/** The route of an address's hash: `#/komitmen?x=1` → `/komitmen`; no hash → `/`. */
export function currentHashPath(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? path : '/';
}
