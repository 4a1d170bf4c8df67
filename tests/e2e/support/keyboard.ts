import type { Page } from 'playwright-core';

export interface FocusStop {
  /** A short description of the element: tag, role and accessible text. */
  element: string;
  /** How the focus is drawn: an outline or a box-shadow ring, or '' when nothing shows it. */
  ring: string;
}

export interface TabWalk {
  stops: FocusStop[];
  /** Where focus fell back to the page itself (document.body) in the middle of the walk. */
  lostFocus: string[];
  /** Visible, enabled controls the walk never reached. */
  unreached: string[];
}

/**
 * Presses Tab from the top of the page until focus comes back to where it started (or `limit`
 * presses), recording at each stop whether a focus ring is drawn: a visible outline, or a
 * box-shadow, on the element or (for the inputs Mantine wraps) on its wrapper. Controls of the
 * page that are never reached are listed; of a radio group, one radio is enough.
 *
 * With a `scope` (the selector of an open dialog), the walk starts inside it and must stay there: a
 * modal traps focus, so a Tab that leaves it, or drops focus to the page, is lost focus.
 */
export async function tabWalk(
  page: Page,
  { limit = 400, scope }: { limit?: number; scope?: string } = {},
): Promise<TabWalk> {
  // A probe at the top of the page (or of the dialog) holds focus, so the first Tab lands on the first control.
  await page.evaluate((scope) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const probe = document.createElement('span');
    probe.tabIndex = -1;
    probe.id = 'tab-walk-probe';
    const root = scope ? [...document.querySelectorAll(scope)].at(-1) : document.body;
    if (!root) throw new Error(`no ${scope} to walk`);
    root.prepend(probe);
    probe.focus();
    if (!scope) window.scrollTo(0, 0);
    const state = window as unknown as { __reached: WeakSet<Element>; __first?: Element };
    state.__reached = new WeakSet<Element>();
    delete state.__first;
  }, scope);
  const stops: FocusStop[] = [];
  const lostFocus: string[] = [];
  let atBody = false;
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((scope) => {
      const element = document.activeElement;
      if (!element || element === document.body || element.id === 'tab-walk-probe') return null;
      if (scope && !element.closest(scope)) return null;
      const state = window as unknown as { __reached: WeakSet<Element>; __first?: Element; __firstPath?: string };
      // The path of tags and sibling positions from the body names the first control even when a re-render
      // (a refreshed list, a change event) replaced its node while the walk went through the page.
      const pathOf = (el: Element): string => {
        const steps: string[] = [];
        for (let at: Element | null = el; at && at !== document.body; at = at.parentElement)
          steps.push(
            `${at.tagName}:${at.parentElement ? Array.prototype.indexOf.call(at.parentElement.children, at) : 0}`,
          );
        return steps.join('<');
      };
      if (state.__first === element) return 'cycle';
      if (state.__first && !state.__first.isConnected && state.__firstPath === pathOf(element)) return 'cycle';
      if (!state.__first) {
        state.__first = element;
        state.__firstPath = pathOf(element);
      }
      state.__reached.add(element);
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(
          el.getAttribute('aria-label') ??
          (el as HTMLElement).innerText ??
          el.getAttribute('placeholder') ??
          ''
        )
          .trim()
          .slice(0, 60)}"`;
      const ringOf = (el: Element): string => {
        const style = getComputedStyle(el);
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth}`;
        if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow`;
        return '';
      };
      let ring = ringOf(element);
      // A field inside a box (a multi-select's pills) shows focus on the box; a switch or checkbox on its track.
      for (let el = element.parentElement, depth = 0; !ring && el && depth < 3; el = el.parentElement, depth++) {
        const name = el.className.toString();
        if (/Input-input/.test(name)) ring = ringOf(el);
        else if (/Switch|Checkbox|Radio|Chip/.test(name))
          ring = ringOf(el.querySelector('[class*="track"], [class*="inner"]') ?? el);
      }
      return { element: describe(element), ring };
    }, scope);
    if (stop === 'cycle') break;
    if (!stop) {
      // A dialog traps focus: any Tab that leaves it is lost focus.
      if (scope) {
        lostFocus.push(`after ${stops.at(-1)?.element ?? 'start'}`);
        break;
      }
      // Past the last control the browser's own interface takes focus: that ends the cycle.
      if (atBody || stops.length === 0) break;
      atBody = true;
      continue;
    }
    if (atBody) {
      lostFocus.push(`after ${stops.at(-1)?.element ?? 'start'}`);
      atBody = false;
    }
    stops.push({ element: stop.element, ring: stop.ring });
  }
  const unreached = await page.evaluate((scope) => {
    document.getElementById('tab-walk-probe')?.remove();
    const reached = (window as unknown as { __reached: WeakSet<Element> }).__reached;
    const root = scope ? ([...document.querySelectorAll(scope)].at(-1) ?? document) : document;
    const controls = root.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
    );
    const radioGroups = new Set<string>();
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      if (reached.has(radio)) radioGroups.add(radio.name);
    const missing: string[] = [];
    for (const control of controls) {
      if (reached.has(control) || !control.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        continue;
      if (control.closest('[aria-hidden="true"], [inert]') || control.tabIndex < 0) continue;
      if (control instanceof HTMLInputElement && control.type === 'radio' && radioGroups.has(control.name)) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      missing.push(
        `${control.tagName.toLowerCase()} "${(control.getAttribute('aria-label') ?? control.innerText ?? '').trim().slice(0, 60)}"`,
      );
    }
    return missing;
  }, scope);
  return { stops, lostFocus, unreached };
}
